/**
 * A CSV text too long for one JavaScript string (V8's limit is 2^29 − 24 characters, 512 MiB),
 * held as pieces that each end at a record boundary: `starts[k]` is where piece k begins in the
 * whole text, so offsets into the whole text stay valid.
 */
export interface TextPieces {
  pieces: readonly string[];
  starts: readonly number[];
  length: number;
}

export const piecesOfText = (text: string): TextPieces => ({
  pieces: [text],
  starts: [0],
  length: text.length,
});

/** The text in [start, end) of the whole, which may run across pieces. */
export const sliceOfPieces = (text: TextPieces, start: number, end: number): string => {
  const { pieces, starts } = text;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= start) lo = mid;
    else hi = mid - 1;
  }
  let out = '';
  for (let k = lo; k < pieces.length && (starts[k] as number) < end; k++) {
    const base = starts[k] as number;
    out += (pieces[k] as string).slice(Math.max(0, start - base), end - base);
  }
  return out;
};

/** Pieces of about this many characters: far below the string limit, few enough to scan. */
export const PIECE_CHARS = 64 * 1024 * 1024;

/**
 * Cuts text arriving in chunks into pieces of at least `minChars` that end just after a line
 * feed outside quotes (an even number of '"' before it): in well-formed CSV that is a record
 * boundary, since a quoted cell's own quotes come in pairs. A file with a stray quote may be cut
 * inside a record; its rows then get errors with their lines, as the schema's path gives them.
 */
export const createPieceCutter = (minChars: number = PIECE_CHARS) => {
  const pieces: string[] = [];
  const starts: number[] = [];
  let length = 0;
  // Chunks not yet in a piece, their length, and the last boundary in them (−1: none), as an
  // offset from their start.
  let held: string[] = [];
  let heldLength = 0;
  let boundary = -1;
  let quotes = 0;

  /** Counts the chunk's quotes and notes its last line feed outside quotes. */
  const scan = (chunk: string, base: number): void => {
    let q = chunk.indexOf('"');
    for (let n = chunk.indexOf('\n'); n !== -1; n = chunk.indexOf('\n', n + 1)) {
      for (; q !== -1 && q < n; q = chunk.indexOf('"', q + 1)) quotes++;
      if (quotes % 2 === 0) boundary = base + n;
    }
    for (; q !== -1; q = chunk.indexOf('"', q + 1)) quotes++;
  };

  const emit = (end: number): void => {
    const text = held.join('');
    starts.push(length);
    pieces.push(text.slice(0, end));
    length += end;
    const rest = text.slice(end);
    held = rest === '' ? [] : [rest];
    heldLength = rest.length;
    boundary = -1;
  };

  return {
    push: (text: string): void => {
      scan(text, heldLength);
      held.push(text);
      heldLength += text.length;
      if (heldLength >= minChars && boundary !== -1) emit(boundary + 1);
    },
    end: (): TextPieces => {
      if (heldLength > 0 || pieces.length === 0) emit(heldLength);
      return { pieces, starts, length };
    },
  };
};
