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
import {
  type IncidentColumns,
  NO_REGION,
  type PlaceDictionary,
  type RowIds,
  UNKNOWN_COUNT,
} from './incidentColumns';

/** The ids of a snapshot, read from their '\n'-joined text only when asked for. */
const idsView = (text: string, starts: Uint32Array): RowIds => {
  const n = starts.length;
  return {
    length: n,
    at: (index: number) => {
      const row = index < 0 ? index + n : index;
      if (row < 0 || row >= n) return undefined;
      const end = row + 1 < n ? (starts[row + 1] ?? 0) - 1 : text.length;
      return text.slice(starts[row] ?? 0, end);
    },
  };
};

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

const MAGIC = 'TTCOLS01';
const VERSION = 1;
/** Where the header starts: magic + its u32 length. */
const PREFIX_BYTES = 12;
const MAX_COUNT = 999_999_999;

type SectionType = 'utf8' | 'Uint8' | 'Uint16' | 'Uint32' | 'Int32';
const BYTES_PER_ELEMENT: Record<SectionType, number> = {
  utf8: 1,
  Uint8: 1,
  Uint16: 2,
  Uint32: 4,
  Int32: 4,
};

interface SectionEntry {
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

const COUNT_COLUMNS = ['killedMin', 'killedMax', 'childrenMin', 'childrenMax'] as const;
const EXTRA_ROW_COLUMNS = ['rowStart', 'rowEnd', 'rowLine', 'reportSetOfRow'] as const;

/** Every section in file order, with its type; the decoder accepts exactly these. */
const SECTION_TYPES: ReadonlyMap<string, SectionType> = new Map<string, SectionType>([
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
const PER_ROW = new Set([
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
const requireLittleEndian = (): void => {
  if (!littleEndian) throw new Error('columns snapshots need a little-endian host');
};

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

const bytesOf = (a: ArrayBufferView): Uint8Array =>
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

interface PendingSection {
  name: string;
  type: SectionType;
  length: number;
  write: (target: Uint8Array) => void;
}

const copied = (name: string, type: SectionType, array: ArrayBufferView): PendingSection => {
  const bytes = bytesOf(array);
  return {
    name,
    type,
    length: bytes.byteLength / BYTES_PER_ELEMENT[type],
    write: (target) => target.set(bytes),
  };
};

const countSection = (name: string, values: Int32Array): PendingSection => ({
  name,
  type: 'Int32',
  length: values.length,
  write: (target) => {
    for (let i = 0; i < values.length; i++) {
      const v = values[i] ?? UNKNOWN_COUNT;
      if (v < UNKNOWN_COUNT || v > MAX_COUNT)
        throw new RangeError(
          `${name}[${i}] is ${v}: a snapshot stores counts as whole numbers 0…${MAX_COUNT}, or −1 for unknown`,
        );
    }
    new Int32Array(target.buffer, target.byteOffset, values.length).set(values);
  },
});

const encodeIds = (ids: RowIds): Uint8Array => {
  const joined = Array.from({ length: ids.length }, (_, i) => ids.at(i) ?? '').join('\n');
  // More separators than ids − 1 means an id holds '\n' and would split into two on decode.
  let breaks = 0;
  for (let i = joined.indexOf('\n'); i !== -1; i = joined.indexOf('\n', i + 1)) breaks++;
  if (ids.length > 0 && breaks !== ids.length - 1)
    throw new Error('an id contains a line break; a columns snapshot cannot store it');
  return new TextEncoder().encode(joined);
};

/** The snapshot bytes; their `.buffer` holds exactly the snapshot, ready to store or post. */
export const encodeColumnsSnapshot = (
  columns: IncidentColumns,
  extras: SnapshotExtras,
): Uint8Array => {
  requireLittleEndian();
  const n = columns.length;
  // The decoder rejects these, so refuse to write a snapshot that could not be read back.
  const perRow: [string, { length: number }][] = [
    ['ids', columns.ids],
    ['inputIndex', columns.inputIndex],
    ['kind', columns.kind],
    ['dayStart', columns.dayStart],
    ['dayEnd', columns.dayEnd],
    ...COUNT_COLUMNS.map((name): [string, { length: number }] => [name, columns[name]]),
    ['place', columns.place],
    ['region', columns.region],
    ['district', columns.district],
    ['eventType', columns.eventType],
    ...EXTRA_ROW_COLUMNS.map((name): [string, { length: number }] => [name, extras[name]]),
  ];
  for (const [name, array] of perRow)
    if (array.length !== n) throw new Error(`${name} has ${array.length} rows, columns have ${n}`);
  for (const [name, value] of Object.entries(extras.source))
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`source.${name} is ${value}, not a whole number`);
  if (extras.source.hash > 0xffffffff)
    throw new RangeError(`source.hash is ${extras.source.hash}, not an unsigned 32-bit number`);
  const words = Math.ceil(n / 32);
  columns.sourceRows.forEach((w, s) => {
    if (w.length !== words)
      throw new Error(`sourceRows[${s}] has ${w.length} words, ${n} rows need ${words}`);
  });
  if (columns.sourceRows.length !== columns.sources.length)
    throw new Error(
      `${columns.sourceRows.length} source bitmaps for ${columns.sources.length} sources`,
    );

  const idBytes = encodeIds(columns.ids);
  const pending: PendingSection[] = [
    { name: 'ids', type: 'utf8', length: idBytes.byteLength, write: (t) => t.set(idBytes) },
    copied('inputIndex', 'Uint32', columns.inputIndex),
    copied('kind', 'Uint8', columns.kind),
    copied('dayStart', 'Int32', columns.dayStart),
    copied('dayEnd', 'Int32', columns.dayEnd),
    ...COUNT_COLUMNS.map((name) => countSection(name, columns[name])),
    copied('place', 'Uint32', columns.place),
    copied('region', 'Uint16', columns.region),
    copied('district', 'Uint16', columns.district),
    copied('eventType', 'Uint16', columns.eventType),
    {
      name: 'sourceRows',
      type: 'Uint32',
      length: words * columns.sourceRows.length,
      write: (target) => {
        let at = 0;
        for (const w of columns.sourceRows) {
          target.set(bytesOf(w), at);
          at += w.byteLength;
        }
      },
    },
    copied('regionOffsets', 'Uint32', columns.regionOffsets),
    copied('maxSpan', 'Int32', columns.maxSpan),
    copied('cumulativeRows', 'Uint32', columns.cumulativeRows),
    copied('coversOffsets', 'Uint32', columns.coversOffsets),
    copied('coversPlaces', 'Uint32', columns.coversPlaces),
    ...EXTRA_ROW_COLUMNS.map((name) => copied(name, 'Uint32', extras[name])),
  ];

  const header = (dataStart: number): SnapshotHeader => {
    let at = dataStart;
    const sections = pending.map(({ name, type, length }) => {
      const entry = { name, type, byteOffset: at, length };
      at = align8(at + length * BYTES_PER_ELEMENT[type]);
      return entry;
    });
    const { places } = columns;
    return {
      version: VERSION,
      length: n,
      places: {
        ids: places.ids,
        parent: Array.from(places.parent),
        level: Array.from(places.level),
        known: Array.from(places.known),
        region: Array.from(places.region),
      },
      regions: { ids: columns.regions.ids, names: columns.regions.names },
      districts: { ids: columns.districts.ids },
      eventTypes: columns.eventTypes,
      sources: columns.sources,
      reportSets: extras.reportSets,
      source: {
        chars: extras.source.chars,
        hash: extras.source.hash,
        rowsRead: extras.source.rowsRead,
      },
      sections,
    };
  };
  // Offsets are written inside the header, so its length depends on them: grow the guess for
  // where data starts until the header fits in front of it (two or three rounds at most).
  const encoder = new TextEncoder();
  let dataStart = PREFIX_BYTES;
  let json = encoder.encode(JSON.stringify(header(dataStart)));
  while (PREFIX_BYTES + json.byteLength > dataStart) {
    dataStart = align8(PREFIX_BYTES + json.byteLength);
    json = encoder.encode(JSON.stringify(header(dataStart)));
  }
  const { sections } = header(dataStart);
  const last = sections.at(-1);
  const total = last ? align8(last.byteOffset + last.length * BYTES_PER_ELEMENT[last.type]) : 0;

  const out = new Uint8Array(total);
  out.set(encoder.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, dataStart - PREFIX_BYTES, true);
  out.fill(0x20, PREFIX_BYTES, dataStart);
  out.set(json, PREFIX_BYTES);
  pending.forEach((section, k) => {
    const entry = sections[k];
    if (!entry) return;
    const bytes = section.length * BYTES_PER_ELEMENT[section.type];
    section.write(out.subarray(entry.byteOffset, entry.byteOffset + bytes));
  });
  return out;
};

// ---------------------------------------------------------------- decoding

/** Thrown for anything wrong with a snapshot; the message names the snapshot. */
const failure = (label: string, what: string): Error => new Error(`${label}: ${what}`);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a header that JSON.parse returned, field by field, so a wrong shape says where. */
const headerReader = (label: string) => {
  const bad = (path: string, expected: string) =>
    failure(label, `header field ${path} is not ${expected}`);
  const object = (v: unknown, path: string): Record<string, unknown> => {
    if (!isRecord(v)) throw bad(path, 'an object');
    return v;
  };
  const whole = (v: unknown, path: string, min = 0, max = 0xffffffff): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      throw bad(path, `a whole number ${min}…${max}`);
    return v;
  };
  const strings = (v: unknown, path: string): string[] => {
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
      throw bad(path, 'a list of strings');
    return v;
  };
  const wholes = (v: unknown, path: string, min: number, max: number): number[] => {
    if (
      !Array.isArray(v) ||
      !v.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max)
    )
      throw bad(path, `a list of whole numbers ${min}…${max}`);
    return v;
  };
  return { object, whole, strings, wholes, bad };
};

const readHeader = (label: string, buffer: ArrayBuffer): SnapshotHeader => {
  const size = buffer.byteLength;
  const head = new Uint8Array(buffer, 0, Math.min(8, size));
  const magic = String.fromCharCode(...head);
  if (magic !== MAGIC) {
    if (size < 8 && MAGIC.startsWith(magic))
      throw failure(label, `truncated: ${size} bytes, shorter than the magic`);
    if (magic.startsWith('TTCOLS'))
      throw failure(label, `unknown snapshot format ${magic} (this build reads ${MAGIC})`);
    throw new Error(`${label} is not a Tolltrack columns snapshot (it does not start ${MAGIC})`);
  }
  if (size < PREFIX_BYTES) throw failure(label, `truncated: ${size} bytes, no header length`);
  const headerBytes = new DataView(buffer).getUint32(8, true);
  if (PREFIX_BYTES + headerBytes > size)
    throw failure(
      label,
      `truncated: the header ends at byte ${PREFIX_BYTES + headerBytes} but the buffer has ${size} bytes`,
    );
  let parsed: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      new Uint8Array(buffer, PREFIX_BYTES, headerBytes),
    );
    parsed = JSON.parse(text);
  } catch (error) {
    throw failure(
      label,
      `header JSON is not parseable (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const r = headerReader(label);
  const h = r.object(parsed, '(header)');
  if (h.version !== VERSION)
    throw failure(
      label,
      `unknown snapshot version ${JSON.stringify(h.version)} (this build reads version ${VERSION})`,
    );
  const length = r.whole(h.length, 'length');
  const places = r.object(h.places, 'places');
  const placeIds = r.strings(places.ids, 'places.ids');
  const p = placeIds.length;
  const placeField = (name: string, min: number, max: number): number[] => {
    const values = r.wholes(places[name], `places.${name}`, min, max);
    if (values.length !== p) throw r.bad(`places.${name}`, `one value per place (${p})`);
    return values;
  };
  const regions = r.object(h.regions, 'regions');
  const regionIds = r.strings(regions.ids, 'regions.ids');
  const regionNames = r.strings(regions.names, 'regions.names');
  if (regionNames.length !== regionIds.length) throw r.bad('regions.names', 'one name per region');
  const districts = r.object(h.districts, 'districts');
  const districtIds = r.strings(districts.ids, 'districts.ids');
  const reportSets = h.reportSets;
  if (!Array.isArray(reportSets)) throw r.bad('reportSets', 'a list of lists of strings');
  reportSets.forEach((set, i) => {
    r.strings(set, `reportSets[${i}]`);
  });
  const source = r.object(h.source, 'source');
  if (!Array.isArray(h.sections)) throw r.bad('sections', 'a list');
  const sections = h.sections.map((v, i): SectionEntry => {
    const s = r.object(v, `sections[${i}]`);
    const name = s.name;
    const type = typeof name === 'string' ? SECTION_TYPES.get(name) : undefined;
    if (typeof name !== 'string' || type === undefined)
      throw failure(label, `unknown section ${JSON.stringify(name)}`);
    if (s.type !== type)
      throw failure(label, `section ${name} has type ${JSON.stringify(s.type)}, expected ${type}`);
    return {
      name,
      type,
      byteOffset: r.whole(s.byteOffset, `sections[${i}].byteOffset`, 0, Number.MAX_SAFE_INTEGER),
      length: r.whole(s.length, `sections[${i}].length`, 0, Number.MAX_SAFE_INTEGER),
    };
  });
  return {
    version: VERSION,
    length,
    places: {
      ids: placeIds,
      parent: placeField('parent', -1, p - 1),
      level: placeField('level', 0, 255),
      known: placeField('known', 0, 1),
      region: placeField('region', 0, 0xffff).map((g) => {
        if (g >= regionIds.length && g !== NO_REGION) throw r.bad('places.region', 'region codes');
        return g;
      }),
    },
    regions: { ids: regionIds, names: regionNames },
    districts: { ids: districtIds },
    eventTypes: r.strings(h.eventTypes, 'eventTypes'),
    sources: r.strings(h.sources, 'sources'),
    reportSets: reportSets as string[][],
    source: {
      chars: r.whole(source.chars, 'source.chars', 0, Number.MAX_SAFE_INTEGER),
      hash: r.whole(source.hash, 'source.hash'),
      rowsRead: r.whole(source.rowsRead, 'source.rowsRead', 0, Number.MAX_SAFE_INTEGER),
    },
    sections,
  };
};

// The largest value (-1 when empty), for range checks. One function per array type: a shared
// one sees three element kinds and V8's polymorphic access made it several times slower.
const maxU8 = (a: Uint8Array): number => {
  let max = -1;
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) > max) max = a[i] ?? 0;
  return max;
};
const maxU16 = (a: Uint16Array): number => {
  let max = -1;
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) > max) max = a[i] ?? 0;
  return max;
};
const maxU32 = (a: Uint32Array): number => {
  let max = -1;
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) > max) max = a[i] ?? 0;
  return max;
};

const nonDecreasing = (a: Uint32Array): boolean => {
  for (let i = 1; i < a.length; i++) if ((a[i] ?? 0) < (a[i - 1] ?? 0)) return false;
  return true;
};

/**
 * Columns and extras from a snapshot made by `encodeColumnsSnapshot`; the snapshot must start at
 * byte 0 of `buffer` (as `Response.arrayBuffer()` or the encoder's `.buffer` give it). Typed
 * arrays are views on `buffer` (no copy). Throws an Error naming `label` if the buffer is not a
 * whole, consistent snapshot of this version.
 */
export const decodeColumnsSnapshot = (
  buffer: ArrayBuffer,
  label: string,
): { columns: IncidentColumns; extras: SnapshotExtras } => {
  requireLittleEndian();
  const header = readHeader(label, buffer);
  const n = header.length;
  const size = buffer.byteLength;
  const headerEnd = PREFIX_BYTES + new DataView(buffer).getUint32(8, true);

  const byName = new Map<string, SectionEntry>();
  let previousEnd = headerEnd;
  for (const s of [...header.sections].sort((a, b) => a.byteOffset - b.byteOffset)) {
    if (byName.has(s.name)) throw failure(label, `section ${s.name} is listed twice`);
    byName.set(s.name, s);
    const end = s.byteOffset + s.length * BYTES_PER_ELEMENT[s.type];
    if (end > size)
      throw failure(
        label,
        `truncated: section ${s.name} ends at byte ${end} but the buffer has ${size} bytes`,
      );
    if (s.byteOffset % 8 !== 0)
      throw failure(label, `section ${s.name} starts at byte ${s.byteOffset}, not a multiple of 8`);
    if (s.byteOffset < previousEnd)
      throw failure(label, `section ${s.name} overlaps the header or another section`);
    previousEnd = end;
    if (PER_ROW.has(s.name) && s.length !== n)
      throw failure(label, `section ${s.name} has ${s.length} values, expected one per row (${n})`);
  }
  for (const name of SECTION_TYPES.keys())
    if (!byName.has(name)) throw failure(label, `section ${name} is missing`);

  const section = (name: string): SectionEntry => {
    const s = byName.get(name);
    if (!s) throw failure(label, `section ${name} is missing`);
    return s;
  };
  const u8 = (name: string) => {
    const s = section(name);
    return new Uint8Array(buffer, s.byteOffset, s.length);
  };
  const u16 = (name: string) => {
    const s = section(name);
    return new Uint16Array(buffer, s.byteOffset, s.length);
  };
  const u32 = (name: string) => {
    const s = section(name);
    return new Uint32Array(buffer, s.byteOffset, s.length);
  };
  const i32 = (name: string) => {
    const s = section(name);
    return new Int32Array(buffer, s.byteOffset, s.length);
  };
  const counts = (name: string): Int32Array => {
    const stored = i32(name);
    let bad = -1;
    for (let i = 0; i < n; i++) if ((stored[i] ?? 0) < UNKNOWN_COUNT) bad = i;
    if (bad !== -1) throw failure(label, `${name}[${bad}] is ${stored[bad]}, not a count or -1`);
    return stored;
  };
  const below = (name: string, max: number, limit: number, what: string): void => {
    if (max >= limit) throw failure(label, `section ${name} refers past ${what}`);
  };

  const idText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let text: string;
  try {
    text = idText.decode(u8('ids'));
  } catch {
    throw failure(label, 'section ids is not valid UTF-8');
  }
  // Where each id starts (and one past the last): '' is no ids for no rows, but one empty id
  // for one row.
  const starts: number[] = n === 0 && text === '' ? [] : [0];
  for (let i = text.indexOf('\n'); i !== -1 && starts.length <= n; i = text.indexOf('\n', i + 1))
    starts.push(i + 1);
  if (starts.length !== n) {
    const count = text === '' ? 0 : text.split('\n').length;
    throw failure(label, `section ids holds ${count} ids, expected one per row (${n})`);
  }
  const idStart = Uint32Array.from(starts);
  const ids = idsView(text, idStart);

  const slots = header.regions.ids.length + 1;
  const words = Math.ceil(n / 32);
  const sourceWords = u32('sourceRows');
  if (sourceWords.length !== words * header.sources.length)
    throw failure(
      label,
      `section sourceRows has ${sourceWords.length} words, expected ${words} per source × ${header.sources.length}`,
    );
  const regionOffsets = u32('regionOffsets');
  if (
    regionOffsets.length !== slots + 1 ||
    regionOffsets[0] !== 0 ||
    regionOffsets[slots] !== n ||
    !nonDecreasing(regionOffsets)
  )
    throw failure(label, 'section regionOffsets does not split the rows into region slots');
  const maxSpan = i32('maxSpan');
  if (maxSpan.length !== slots)
    throw failure(label, `section maxSpan has ${maxSpan.length} values, expected ${slots}`);
  const cumulativeRows = u32('cumulativeRows');
  const coversOffsets = u32('coversOffsets');
  const coversPlaces = u32('coversPlaces');
  if (
    coversOffsets.length !== cumulativeRows.length + 1 ||
    coversOffsets[0] !== 0 ||
    coversOffsets[cumulativeRows.length] !== coversPlaces.length ||
    !nonDecreasing(coversOffsets)
  )
    throw failure(label, 'sections cumulativeRows, coversOffsets and coversPlaces disagree');

  const placeCount = header.places.ids.length;
  const inputIndex = u32('inputIndex');
  const kind = u8('kind');
  const place = u32('place');
  const region = u16('region');
  const district = u16('district');
  const eventType = u16('eventType');
  const reportSetOfRow = u32('reportSetOfRow');
  below('inputIndex', maxU32(inputIndex), n, 'the rows');
  below('kind', maxU8(kind), 2, 'the kinds');
  below('place', maxU32(place), placeCount, 'the places');
  below('eventType', maxU16(eventType), header.eventTypes.length, 'the event types');
  below('cumulativeRows', maxU32(cumulativeRows), n, 'the rows');
  below('coversPlaces', maxU32(coversPlaces), placeCount, 'the places');
  below('reportSetOfRow', maxU32(reportSetOfRow), header.reportSets.length, 'the report sets');
  // NO_REGION is the one code allowed past the dictionary.
  const codes = (name: string, values: Uint16Array, count: number): void => {
    for (let i = 0; i < values.length; i++) {
      const v = values[i] ?? 0;
      if (v >= count && v !== NO_REGION)
        throw failure(label, `section ${name} refers past ${name}s`);
    }
  };
  codes('region', region, header.regions.ids.length);
  codes('district', district, header.districts.ids.length);

  const places: PlaceDictionary = {
    ids: header.places.ids,
    parent: Int32Array.from(header.places.parent),
    level: Uint8Array.from(header.places.level),
    known: Uint8Array.from(header.places.known),
    region: Uint16Array.from(header.places.region),
  };
  const columns: IncidentColumns = {
    length: n,
    ids,
    inputIndex,
    kind,
    dayStart: i32('dayStart'),
    dayEnd: i32('dayEnd'),
    killedMin: counts('killedMin'),
    killedMax: counts('killedMax'),
    childrenMin: counts('childrenMin'),
    childrenMax: counts('childrenMax'),
    place,
    region,
    district,
    eventType,
    places,
    regions: header.regions,
    districts: header.districts,
    eventTypes: header.eventTypes,
    sources: header.sources,
    sourceRows: header.sources.map((_, s) => sourceWords.subarray(s * words, (s + 1) * words)),
    regionOffsets,
    maxSpan,
    cumulativeRows,
    coversOffsets,
    coversPlaces,
  };
  const extras: SnapshotExtras = {
    rowStart: u32('rowStart'),
    rowEnd: u32('rowEnd'),
    rowLine: u32('rowLine'),
    reportSetOfRow,
    reportSets: header.reportSets,
    source: header.source,
  };
  return { columns, extras };
};
