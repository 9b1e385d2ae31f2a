/**
 * Splits CSV text into records and cells as papaparse does for well-formed CSV (plain and quoted
 * cells, LF or CRLF line ends), without making strings: each cell is a pair of offsets into the
 * text. The state of the last record read lives in the fields; the cell arrays may be replaced
 * when a record has more cells than they hold, so read them after each readRecord().
 */
export class IncidentRecordTokenizer {
  /** Where the next record starts. */
  pos: number;
  /** Cells of the record read: content offsets (inside quotes) and whether "" needs undoubling. */
  cs = new Int32Array(64);
  ce = new Int32Array(64);
  esc = new Uint8Array(64);
  /** Cells in the record read. */
  n = 0;
  /** Just past the record's last character, before its line break. */
  recordEnd = 0;
  /** Where the record after it starts. */
  next = 0;
  /** Line feeds inside the record (readCsvRows counts them as lines). */
  newlines = 0;
  private capacity = 64;

  constructor(
    readonly text: string,
    /** Records end with CRLF (else LF), as papaparse guessed for the text. */
    private readonly crlf: boolean,
    start: number,
  ) {
    this.pos = start;
  }

  private grow(): void {
    this.capacity *= 2;
    const cs = new Int32Array(this.capacity);
    cs.set(this.cs);
    this.cs = cs;
    const ce = new Int32Array(this.capacity);
    ce.set(this.ce);
    this.ce = ce;
    const esc = new Uint8Array(this.capacity);
    esc.set(this.esc);
    this.esc = esc;
  }

  /** Whether the record read is a blank line. */
  blank(): boolean {
    return this.n === 1 && this.cs[0] === this.ce[0];
  }

  /** Cell k of the record read, as papaparse gives it. */
  value(k: number): string {
    const s = this.text.slice(this.cs[k], this.ce[k]);
    return this.esc[k] === 1 ? s.replace(/""/g, '"') : s;
  }

  /**
   * Tokenizes the record at `pos` as papaparse would; false when papaparse would report an error
   * or drop characters (text between a closing quote and the next delimiter), which this does
   * not mimic. Hot: state lives in locals and is written back once per record.
   */
  readRecord(): boolean {
    const t = this.text;
    const size = t.length;
    const cr = this.crlf;
    let starts = this.cs;
    let ends = this.ce;
    let escapes = this.esc;
    let k = 0;
    let lf = 0;
    let i = this.pos;
    for (;;) {
      if (k === this.capacity) {
        this.grow();
        starts = this.cs;
        ends = this.ce;
        escapes = this.esc;
      }
      if (t.charCodeAt(i) === 34) {
        let j = i + 1;
        let escaped = 0;
        for (;;) {
          const q = t.indexOf('"', j);
          if (q === -1) return false;
          for (let p = j; p < q; p++) if (t.charCodeAt(p) === 10) lf++;
          if (q === size - 1) {
            starts[k] = i + 1;
            ends[k] = q;
            escapes[k++] = escaped;
            return this.ended(k, lf, size, size);
          }
          const d = t.charCodeAt(q + 1);
          if (d === 34) {
            escaped = 1;
            j = q + 2;
            continue;
          }
          starts[k] = i + 1;
          ends[k] = q;
          escapes[k++] = escaped;
          if (d === 44) {
            i = q + 2;
            break;
          }
          if ((!cr && d === 10) || (cr && d === 13 && t.charCodeAt(q + 2) === 10))
            return this.ended(k, lf, q + 1, q + 1 + (cr ? 2 : 1));
          return false;
        }
        continue;
      }
      let j = i;
      for (; j < size; j++) {
        const c = t.charCodeAt(j);
        if (c === 44) break;
        if (c === 10) {
          if (!cr) break;
          // A lone LF in a CRLF file is cell text, but readCsvRows still counts it as a line.
          lf++;
        } else if (c === 13 && cr && t.charCodeAt(j + 1) === 10) break;
      }
      starts[k] = i;
      ends[k] = j;
      escapes[k++] = 0;
      if (j < size && t.charCodeAt(j) === 44) {
        i = j + 1;
        continue;
      }
      return this.ended(k, lf, j, j < size ? j + (cr ? 2 : 1) : size);
    }
  }

  private ended(cells: number, lineFeeds: number, end: number, next: number): true {
    this.n = cells;
    this.newlines = lineFeeds;
    this.recordEnd = end;
    this.next = next;
    return true;
  }
}
