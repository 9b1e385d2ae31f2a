import Papa from 'papaparse';
import { countChars } from './countChars';

/** One CSV record read from chunks: its cells, the physical line it starts on, its CSV errors. */
export interface ChunkedCsvRow {
  line: number;
  cells: string[];
  /** papaparse's structural messages for this record (unclosed quote …). */
  errors: string[];
}

/** Feeds text (or UTF-8 bytes) in pieces of any size; `end` flushes the last record. */
export interface CsvChunkReader {
  push: (text: string) => void;
  end: () => void;
}

/**
 * papaparse's ParserHandle, which its file streamers drive chunk by chunk (exported as
 * Papa.ParserHandle, not in its type declarations): parse one piece, holding back the unfinished
 * last record when `ignoreLastRow`.
 */
interface ChunkParser {
  parse: (input: string, baseIndex: number, ignoreLastRow: boolean) => Papa.ParseResult<string[]>;
  guessLineEndings: (input: string, quoteChar: string) => '\n' | '\r\n' | '\r';
}
const { ParserHandle } = Papa as unknown as {
  ParserHandle: new (config: Papa.ParseConfig<string[]>) => ChunkParser;
};

/** papaparse guesses the line ending from the first MiB: wait for that much before parsing. */
const GUESS_SPAN = 1024 * 1024;

/**
 * Strips what readCsvRows strips before papaparse sees the text: one BOM, then `# …` comment
 * lines above the header (or `"# …"`, a comment holding a comma). Returns null while the text
 * could still be a comment line that has not ended.
 */
const stripPrelude = (text: string, final: boolean): { rest: string; lines: number } | null => {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let offset = bom;
  let lines = 0;
  while (text.startsWith('#', offset) || text.startsWith('"#', offset)) {
    const end = text.indexOf('\n', offset);
    if (end === -1) {
      if (!final) return null;
      offset = text.length;
      break;
    }
    offset = end + 1;
    lines++;
  }
  if (!final && offset === text.length) return null;
  let rest = text.slice(offset);
  // papaparse strips one more BOM.
  if (rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
  return { rest, lines };
};

/**
 * readCsvRows for text that arrives in pieces, so that a file larger than a JavaScript string
 * (512 MiB) can be read: the same records with the same line numbers and errors, whatever the
 * chunk boundaries (inside a quoted field, between CR and LF). Uses papaparse's own parser the
 * way its file streamer does: each piece is parsed with the unfinished last record held back
 * and prepended to the next.
 */
export const createCsvChunkReader = (onRow: (row: ChunkedCsvRow) => void): CsvChunkReader => {
  let pending = '';
  let started = false;
  let line = 1;
  let newline: '\n' | '\r\n' | '\r' = '\n';
  let handle: ChunkParser | null = null;
  // The unparsed tail and where it starts, in papaparse's cursor (from after the prelude).
  let partial = '';
  let base = 0;
  let aggregate = '';
  let previousCursor = 0;

  const step = (result: Papa.ParseStepResult<string[]>): void => {
    const cells = result.data;
    const cursor = result.meta.cursor;
    const recordLine = line;
    const blank = cells.length === 1 && cells[0] === '';
    if (!blank) {
      const errors = result.errors.map((e) => e.message);
      onRow({ line: recordLine, cells, errors });
    }
    // papaparse splits on the one line ending it detected; lines are counted by the same.
    const mark = newline === '\r' ? '\r' : '\n';
    line += countChars(aggregate, mark, previousCursor - base, cursor - base);
    previousCursor = cursor;
  };

  const parse = (text: string, last: boolean): void => {
    if (handle === null) {
      newline = new ParserHandle({}).guessLineEndings(text, '"');
      handle = new ParserHandle({ delimiter: ',', newline, skipEmptyLines: false, step });
    }
    aggregate = partial + text;
    const parser = handle as unknown as {
      parse: (
        input: string,
        baseIndex: number,
        ignoreLastRow: boolean,
      ) => Papa.ParseResult<string[]>;
    };
    const result = parser.parse(aggregate, base, !last);
    if (!last) {
      const cursor = result.meta.cursor;
      partial = aggregate.substring(cursor - base);
      base = cursor;
      previousCursor = cursor;
    }
    aggregate = '';
  };

  const start = (final: boolean): void => {
    const prelude = stripPrelude(pending, final);
    if (prelude === null) return;
    started = true;
    line += prelude.lines;
    pending = '';
    parse(prelude.rest, final);
  };

  return {
    push: (text) => {
      if (started) {
        parse(text, false);
        return;
      }
      pending += text;
      if (pending.length >= GUESS_SPAN) start(false);
    },
    end: () => {
      if (!started) start(true);
      else parse('', true);
    },
  };
};

/**
 * Decodes UTF-8 bytes in pieces (a character split between pieces stays whole) into a reader of
 * text pieces: a CsvChunkReader, or anything built on one.
 */
export const createUtf8Feeder = <T>(reader: { push: (text: string) => void; end: () => T }) => {
  // Not fatal: invalid UTF-8 becomes U+FFFD, which the readers report with its line. The BOM is
  // kept, as readFileSync keeps it: the reader strips it.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return {
    push: (bytes: Uint8Array): void => reader.push(decoder.decode(bytes, { stream: true })),
    end: (): T => {
      const rest = decoder.decode();
      if (rest !== '') reader.push(rest);
      return reader.end();
    },
  };
};
