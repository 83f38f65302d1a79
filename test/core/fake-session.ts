export const domError = (name: string) => new DOMException(`injected ${name}`, name);

/** sessionStorage as a Map, that can be told to fail: each tab of a test gets its own. */
export class FakeSession implements Storage {
  readonly data = new Map<string, string>();
  failWrites: string | null = null;
  failReads: string | null = null;
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.failReads) throw domError(this.failReads);
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw domError(this.failWrites);
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}
