/**
 * A binary snapshot of `IncidentColumns` (plus the per-row extras a loader keeps), so a Web Worker
 * can fetch one ArrayBuffer and have its columns back in milliseconds instead of parsing the CSV.
 *
 * Layout (all integers little-endian):
 *
 *   bytes 0–7    magic `TTCOLS01` (ASCII)
 *   bytes 8–11   u32 H: byte length of the header
 *   bytes 12…    the header: UTF-8 JSON, padded with spaces so that sections can start at once
 *   then         the sections, each starting at a multiple of 8 from the start of the buffer
 *                (zero bytes between them), in the order the header lists them
 *
 * The header (`SnapshotHeader`) holds everything small: `version` (1), `length` (rows), the
 * dictionaries (`places` with `parent`/`level`/`known`/`region` as plain arrays, `regions`,
 * `districts`, `eventTypes`, `sources`, `reportSets`), `source` (which CSV text the columns came
 * from) and `sections`: `{ name, type, byteOffset, length }` with `byteOffset` from the start of the
 * buffer and `length` in elements (`type` Uint8/Uint16/Uint32/Int32), or in bytes for `utf8`.
 *
 * Sections:
 *   ids                          utf8    the row ids joined by '\n' (an id cannot hold one)
 *   inputIndex, place            Uint32  one per row
 *   kind                         Uint8   one per row
 *   dayStart, dayEnd             Int32   one per row
 *   killedMin … childrenMax      Int32   one per row; -1 for unknown, as in memory (counts are
 *                                        whole numbers 0…999,999,999)
 *   region, district, eventType  Uint16  one per row
 *   sourceRows                   Uint32  every source's bitmap words, source after source
 *                                        (ceil(rows / 32) words each)
 *   regionOffsets, maxSpan, cumulativeRows, coversOffsets, coversPlaces   as in IncidentColumns
 *   rowStart, rowEnd, rowLine, reportSetOfRow                             Uint32, one per row
 *
 * Alignment to 8 lets decoding wrap sections in typed-array views on the fetched buffer instead
 * of copying them; only the ids are decoded (UTF-8 → one string, read per row on demand).
 * The decoded columns therefore keep the whole buffer alive, and transferring that buffer
 * elsewhere would detach them.
 */
export interface SnapshotExtras {
  /** Per row (in the columns' stored row order): char offsets of the record in the CSV text, and its report-set index. */
  rowStart: Uint32Array;
  rowEnd: Uint32Array;
  rowLine: Uint32Array;
  reportSetOfRow: Uint32Array;
  reportSets: string[][];
  /** The CSV the columns were built from: its length in UTF-16 code units and its fnv1a32, so a stale snapshot is detected. */
  source: { chars: number; hash: number; rowsRead: number };
}

export const MAGIC = 'TTCOLS01';
export const VERSION = 1;
/** Where the header starts: magic + its u32 length. */
export const PREFIX_BYTES = 12;
export const MAX_COUNT = 999_999_999;

export type SectionType = 'utf8' | 'Uint8' | 'Uint16' | 'Uint32' | 'Int32';
export const BYTES_PER_ELEMENT: Record<SectionType, number> = {
  utf8: 1,
  Uint8: 1,
  Uint16: 2,
  Uint32: 4,
  Int32: 4,
};

export interface SectionEntry {
  name: string;
  type: SectionType;
  byteOffset: number;
  length: number;
}

/** The JSON header, as written. */
export interface SnapshotHeader {
  version: number;
  length: number;
  places: { ids: string[]; parent: number[]; level: number[]; known: number[]; region: number[] };
  regions: { ids: string[]; names: string[] };
  districts: { ids: string[] };
  eventTypes: string[];
  sources: string[];
  reportSets: string[][];
  source: SnapshotExtras['source'];
  sections: SectionEntry[];
}

export const COUNT_COLUMNS = ['killedMin', 'killedMax', 'childrenMin', 'childrenMax'] as const;
export const EXTRA_ROW_COLUMNS = ['rowStart', 'rowEnd', 'rowLine', 'reportSetOfRow'] as const;

/** Every section in file order, with its type; the decoder accepts exactly these. */
export const SECTION_TYPES: ReadonlyMap<string, SectionType> = new Map<string, SectionType>([
  ['ids', 'utf8'],
  ['inputIndex', 'Uint32'],
  ['kind', 'Uint8'],
  ['dayStart', 'Int32'],
  ['dayEnd', 'Int32'],
  ['killedMin', 'Int32'],
  ['killedMax', 'Int32'],
  ['childrenMin', 'Int32'],
  ['childrenMax', 'Int32'],
  ['place', 'Uint32'],
  ['region', 'Uint16'],
  ['district', 'Uint16'],
  ['eventType', 'Uint16'],
  ['sourceRows', 'Uint32'],
  ['regionOffsets', 'Uint32'],
  ['maxSpan', 'Int32'],
  ['cumulativeRows', 'Uint32'],
  ['coversOffsets', 'Uint32'],
  ['coversPlaces', 'Uint32'],
  ['rowStart', 'Uint32'],
  ['rowEnd', 'Uint32'],
  ['rowLine', 'Uint32'],
  ['reportSetOfRow', 'Uint32'],
]);
/** Sections with one element per row (`ids` is checked after splitting). */
export const PER_ROW = new Set([
  'inputIndex',
  'kind',
  'dayStart',
  'dayEnd',
  ...COUNT_COLUMNS,
  'place',
  'region',
  'district',
  'eventType',
  ...EXTRA_ROW_COLUMNS,
]);

// Typed arrays use the host's byte order; every engine Tolltrack runs on is little-endian, and a
// byte-swapping path that no test machine could exercise would be worse than a clear refusal.
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
export const requireLittleEndian = (): void => {
  if (!littleEndian) throw new Error('columns snapshots need a little-endian host');
};

export const align8 = (n: number): number => Math.ceil(n / 8) * 8;

export const bytesOf = (a: ArrayBufferView): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * FNV-1a 32-bit over the string's UTF-16 code units (charCodeAt), as an unsigned 32-bit number.
 * For ASCII text this is the usual byte-wise FNV-1a. Math.imul keeps the multiply in int32, which
 * is what makes 90M chars take tens of milliseconds rather than seconds.
 */
export const fnv1a32 = (text: string): number => {
  let h = 0x811c9dc5;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};
