/** `#dev` under the `production` condition (see dev.ts): warnings without their explanation. */
export const DEV: boolean = false;
