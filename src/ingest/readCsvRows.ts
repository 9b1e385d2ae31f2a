import Papa from 'papaparse';

/** One parsed CSV record with the physical line it starts on (header = line 1). */
export interface CsvRow {
  line: number;
  cells: string[];
  /**
   * Where the record lies in the text given to readCsvRows: its first character, and just past
   * its last (before its line break). A record can be read again from the header and this slice.
   */
  start: number;
  end: number;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Structural problems (unclosed quotes …), with the line they occur on. */
  errors: { line: number; message: string }[];
}

/** Line breaks in text[from, to): LF (also ending CRLF), or CR when the file uses CR alone. */
const countNewlines = (text: string, from: number, to: number, crOnly: boolean): number => {
  const mark = crOnly ? 13 : 10;
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === mark) n++;
  return n;
};

/**
 * Reads CSV text into rows that remember their line numbers, so that every message can say
 * `file:row:column`. Records may span several lines (quoted newlines), so lines are counted
 * from papaparse's cursor rather than assumed to be one per record.
 */
export const readCsvRows = (rawText: string): CsvTable => {
  const bom = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const withoutBom = bom === 1 ? rawText.slice(1) : rawText;
  // Exports carry `# …` lines above the header that say what the file holds; skip them
  // (only there: a '#' further down is data) and keep counting lines from the real start.
  let line = 1;
  let offset = 0;
  // A comment that holds a comma or quote is written as one quoted cell: `"# …"`.
  while (withoutBom.startsWith('#', offset) || withoutBom.startsWith('"#', offset)) {
    const end = withoutBom.indexOf('\n', offset);
    if (end === -1) {
      offset = withoutBom.length;
      break;
    }
    offset = end + 1;
    line++;
  }
  const text = withoutBom.slice(offset);
  // papaparse strips one more BOM, and its cursors count from after it.
  const secondBom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const base = bom + offset + secondBom;
  const parsed = secondBom === 1 ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const errors: CsvTable['errors'] = [];
  let header: string[] | null = null;
  let previousCursor = 0;
  Papa.parse<string[]>(text, {
    header: false,
    // Never let papaparse guess: a short file whose notes contain ';' would be split on them.
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      // The cursor points just past this record's line break, so the record starts on `line`.
      const recordLine = line;
      const cells = result.data;
      const cursor = result.meta.cursor;
      for (const error of result.errors) errors.push({ line: recordLine, message: error.message });
      const blank = cells.length === 1 && cells[0] === '';
      if (!blank) {
        if (header === null) header = cells.map((c) => c.trim());
        else {
          const linebreak = result.meta.linebreak;
          const breakAt = base + cursor - linebreak.length;
          const end =
            breakAt >= base + previousCursor && rawText.startsWith(linebreak, breakAt)
              ? breakAt
              : base + cursor;
          rows.push({ line: recordLine, cells, start: base + previousCursor, end });
        }
      }
      // papaparse splits on the one line ending it detected; lines are counted by the same.
      line += countNewlines(parsed, previousCursor, cursor, result.meta.linebreak === '\r');
      previousCursor = cursor;
    },
  });
  return { header: header ?? [], rows, errors };
};
