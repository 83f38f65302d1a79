// Types only: see react-jsx.d.ts. This file lets `import '@support-kit/elements/react-jsx'`
// resolve at run time too; it does nothing.
export {};
