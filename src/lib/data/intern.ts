/**
 * Hands back one shared instance per distinct string. A million runs repeat a few dozen
 * sweep/model/quant/harness/task names; without this each Run would keep its own copy (and,
 * in V8, a parser substring can pin the whole chunk it was cut from).
 */
export interface Interner {
  /** The canonical instance of `s`. */
  intern(s: string): string;
  /** A small integer, stable for this interner, naming `s` (for compact composite keys). */
  id(s: string): number;
  /** The canonical string of an id returned by `id`. */
  name(id: number): string;
}

export function createInterner(): Interner {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const id = (s: string): number => {
    let n = ids.get(s);
    if (n === undefined) {
      n = strings.length;
      // A fresh flat copy, so the canonical instance does not pin the parser's chunk.
      const own = Buffer.from(s, 'utf8').toString('utf8');
      strings.push(own);
      ids.set(own, n);
    }
    return n;
  };
  const name = (n: number): string => {
    const s = strings[n];
    if (s === undefined) throw new RangeError(`No interned string has id ${n}.`);
    return s;
  };
  return { id, name, intern: (s) => name(id(s)) };
}
