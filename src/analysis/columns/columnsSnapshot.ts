/* Writes a columns snapshot (its layout: columnsSnapshotFormat.ts). */

import {
  align8,
  BYTES_PER_ELEMENT,
  bytesOf,
  COUNT_COLUMNS,
  EXTRA_ROW_COLUMNS,
  MAGIC,
  MAX_COUNT,
  PREFIX_BYTES,
  requireLittleEndian,
  type SectionType,
  type SnapshotExtras,
  type SnapshotHeader,
  VERSION,
} from './columnsSnapshotFormat';
import { type IncidentColumns, type RowIds, UNKNOWN_COUNT } from './incidentColumns';

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
