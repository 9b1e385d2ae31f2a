/**
 * A fixed-size set of row indexes: a `Uint32Array` behind get/set/count/next (after arquero's
 * `src/table/BitSet.js`). The words are plain data, so a set can cross to a Web Worker (or be
 * stored in `IncidentColumns`) as its `words` and be wrapped again with `new BitSet(size, words)`.
 */
export class BitSet {
  readonly size: number;
  readonly words: Uint32Array;

  constructor(size: number, words?: Uint32Array) {
    this.size = size;
    this.words = words ?? new Uint32Array(Math.ceil(size / 32));
  }

  get(i: number): boolean {
    return ((this.words[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
  }

  set(i: number): void {
    const w = i >>> 5;
    this.words[w] = (this.words[w] ?? 0) | (1 << (i & 31));
  }

  /** Adds every member of `other` (same size) to this set. */
  or(other: BitSet): void {
    const a = this.words;
    const b = other.words;
    for (let w = 0; w < a.length; w++) a[w] = (a[w] ?? 0) | (b[w] ?? 0);
  }

  count(): number {
    let n = 0;
    for (const word of this.words) {
      // Population count of a 32-bit word (Hacker's Delight 5-2).
      let v = word - ((word >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }

  /** The first member ≥ i, or -1. */
  next(i: number): number {
    let w = i >>> 5;
    let word = (this.words[w] ?? 0) & (0xffffffff << (i & 31));
    while (word === 0) {
      w++;
      if (w >= this.words.length) return -1;
      word = this.words[w] ?? 0;
    }
    const found = (w << 5) + (31 - Math.clz32(word & -word));
    return found < this.size ? found : -1;
  }

  /** The members in ascending order. */
  toIndexes(): Uint32Array {
    const out = new Uint32Array(this.count());
    let k = 0;
    for (let i = this.next(0); i !== -1; i = this.next(i + 1)) out[k++] = i;
    return out;
  }
}
