/* Reads a columns snapshot back (its layout: columnsSnapshotFormat.ts). */

import {
  BYTES_PER_ELEMENT,
  MAGIC,
  PER_ROW,
  PREFIX_BYTES,
  requireLittleEndian,
  SECTION_TYPES,
  type SectionEntry,
  type SnapshotExtras,
  type SnapshotHeader,
  VERSION,
} from './columnsSnapshotFormat';
import {
  emptyDerived,
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
    derived: emptyDerived(),
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
