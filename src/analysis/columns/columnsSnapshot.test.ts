import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incident, testPlaces, testReports } from '../../../test/helpers/testRecords';
import { addDays } from '../../model/dayNumber';
import type { Incident } from '../../model/incident';
import type { Report } from '../../model/report';
import { buildGazetteer } from '../gazetteer';
import { encodeColumnsSnapshot } from './columnsSnapshot';
import { decodeColumnsSnapshot } from './columnsSnapshotDecode';
import { fnv1a32, type SnapshotExtras, type SnapshotHeader } from './columnsSnapshotFormat';
import { allIds, type IncidentColumns, type RowIds, toColumns } from './incidentColumns';

/* Records are fictional (generated), not real events. */

const gazetteer = buildGazetteer(testPlaces);
const reports: Report[] = [
  ...testReports,
  { ...(testReports[0] as Report), id: 'R3', attributedTo: ['SOHR', 'SNHR'] },
];
const reportsById = new Map(reports.map((r) => [r.id, r]));
const placeIds = [...testPlaces.map((p) => p.id), 'ZZ01'];
const base = '2024-11-20';
const count = fc.option(fc.integer({ min: 0, max: 999_999_999 }), { nil: null, freq: 3 });

const record = fc
  .record({
    kind: fc.constantFrom<Incident['kind']>('incident', 'incident', 'cumulative'),
    start: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 8 }),
    length: fc.integer({ min: 0, max: 20 }),
    placeId: fc.constantFrom(...placeIds),
    killedMin: count,
    killedMax: count,
    childrenMin: count,
    childrenMax: count,
    // Non-ASCII names exercise the UTF-8 header.
    eventType: fc.option(fc.constantFrom('air strike', 'shelling', 'قصف جوي'), { nil: null }),
    reportIds: fc.subarray(['R1', 'R2', 'R3', 'R9'], { minLength: 1 }),
    attributedTo: fc.oneof(
      fc.constant<string[]>([]),
      fc.subarray(['White Helmets', 'SOHR', 'SNHR', 'Ünïcode monitor'], { minLength: 1 }),
    ),
    coversIds: fc.subarray(['SY07', 'SY02', 'SY0700', 'ZZ01']),
    idSuffix: fc.constantFrom('', '.b', ':c', '-d_e'),
  })
  .map(
    (r): Incident =>
      incident({
        id: `r${r.idSuffix}`,
        kind: r.kind,
        dateStart: r.start === null ? null : addDays(base, r.start),
        dateEnd: r.start === null ? null : addDays(base, r.start + r.length),
        placeId: r.placeId,
        killedMin: r.killedMin,
        killedMax: r.killedMax,
        childrenMin: r.childrenMin,
        childrenMax: r.childrenMax,
        eventType: r.eventType,
        reportIds: r.reportIds,
        attributedTo: r.attributedTo,
        coversIds: r.kind === 'cumulative' ? r.coversIds : [],
      }),
  );

// Past 64 rows so that source bitmaps span several words.
const records = fc
  .array(record, { maxLength: 90 })
  .map((list) => list.map((r, i) => ({ ...r, id: `r${i}${r.id.slice(1)}` })));

/** Arbitrary per-row offsets: fast-check's typed-array arbitraries are slow at this size. */
const filled = (n: number, seed: number): Uint32Array => {
  const out = new Uint32Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x;
  }
  return out;
};

const extrasFor = (n: number) =>
  fc
    .record({
      seed: fc.nat(),
      reportSets: fc.array(
        fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 3 }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      source: fc.record({
        chars: fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        hash: fc.nat({ max: 0xffffffff }),
        rowsRead: fc.nat({ max: 10_000_000 }),
      }),
    })
    .map(
      ({ seed, reportSets, source }): SnapshotExtras => ({
        rowStart: filled(n, seed),
        rowEnd: filled(n, seed + 1),
        rowLine: filled(n, seed + 2),
        reportSetOfRow: filled(n, seed + 3).map((x) => x % reportSets.length),
        reportSets,
        source,
      }),
    );

const columnsAndExtras = records.chain((list) => {
  const columns = toColumns(list, gazetteer, reportsById);
  return extrasFor(columns.length).map((extras): [IncidentColumns, SnapshotExtras] => [
    columns,
    extras,
  ]);
});

const isTyped = (v: unknown): v is ArrayBufferView & ArrayLike<number> =>
  ArrayBuffer.isView(v) && !(v instanceof DataView);

/** Deep equality that also checks each typed array's type and where its NaNs are. */
const expectSame = (actual: unknown, expected: unknown, path: string): void => {
  if (path === 'columns.ids') {
    // Decoded ids are read from one string on demand: compared id by id, with the bounds.
    const [a, e] = [actual as RowIds, expected as RowIds];
    expect(allIds(a), path).toEqual(allIds(e));
    expect(a.at(a.length), `${path} past the end`).toBeUndefined();
    if (e.length > 0) expect(a.at(-1), `${path}.at(-1)`).toBe(e.at(-1));
    return;
  }
  if (isTyped(expected)) {
    expect(isTyped(actual), path).toBe(true);
    const a = actual as ArrayBufferView & ArrayLike<number>;
    expect(a.constructor.name, path).toBe(expected.constructor.name);
    expect(Array.from(a, Number.isNaN), `${path} NaN positions`).toEqual(
      Array.from(expected, Number.isNaN),
    );
    expect(Array.from(a), path).toEqual(Array.from(expected));
    return;
  }
  if (Array.isArray(expected) && expected.every((v) => typeof v !== 'object')) {
    // One comparison for a list of strings or numbers (ids): per-element expects are slow.
    expect(actual, path).toEqual(expected);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((v, i) => {
      expectSame((actual as unknown[])[i], v, `${path}[${i}]`);
    });
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    const a = actual as Record<string, unknown>;
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expectSame(a[k], v, `${path}.${k}`);
    return;
  }
  expect(actual, path).toBe(expected);
};

const bufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

const emptyExtras = (n: number): SnapshotExtras => ({
  rowStart: new Uint32Array(n),
  rowEnd: new Uint32Array(n),
  rowLine: new Uint32Array(n),
  reportSetOfRow: new Uint32Array(n),
  reportSets: [['R1']],
  source: { chars: 0, hash: fnv1a32(''), rowsRead: n },
});

describe('columns snapshot round trip', () => {
  it('gives back every field of random columns and extras', () => {
    fc.assert(
      fc.property(columnsAndExtras, ([columns, extras]) => {
        const bytes = encodeColumnsSnapshot(columns, extras);
        const buffer = bufferOf(bytes);
        const decoded = decodeColumnsSnapshot(buffer, 'random.snapshot');
        expectSame(decoded.columns, columns, 'columns');
        expectSame(decoded.extras, extras, 'extras');
        // Encoding what was decoded gives the same bytes: the format has one spelling.
        const again = encodeColumnsSnapshot(decoded.columns, decoded.extras);
        expect(again.byteLength).toBe(bytes.byteLength);
        expect(again.findIndex((b, i) => b !== bytes[i])).toBe(-1);
      }),
      { numRuns: 150, seed: 61 },
    );
    // 150 random tables take about 2 s alone; a shared 2-core machine under load, up to 6.
  }, 20_000);

  it('wraps sections in aligned views on the buffer instead of copying them', () => {
    const list = Array.from({ length: 70 }, (_, i) =>
      incident({ id: `v${i}`, killedMin: i, attributedTo: i % 2 ? ['SOHR'] : ['SNHR'] }),
    );
    const columns = toColumns(list, gazetteer, reportsById);
    const buffer = bufferOf(encodeColumnsSnapshot(columns, emptyExtras(columns.length)));
    const { columns: c, extras } = decodeColumnsSnapshot(buffer, 'views');
    const views = [
      c.inputIndex,
      c.kind,
      c.dayStart,
      c.killedMin,
      c.childrenMax,
      c.place,
      c.region,
      c.eventType,
      c.regionOffsets,
      c.maxSpan,
      extras.rowStart,
      ...c.sourceRows,
    ];
    for (const view of views) expect(view.buffer).toBe(buffer);
    for (const view of views.slice(0, -c.sourceRows.length)) expect(view.byteOffset % 8).toBe(0);
    expect(c.sourceRows.map((w) => w.length)).toEqual([3, 3]);
  });

  it('keeps unknown counts (−1) apart from zero counts', () => {
    const list = [
      incident({ id: 'zero', killedMin: 0, killedMax: 0, childrenMin: 0, childrenMax: 0 }),
      incident({ id: 'unknown', killedMin: null, killedMax: null }),
      incident({ id: 'some', killedMin: 3, killedMax: 999_999_999, childrenMin: 1 }),
    ];
    const columns = toColumns(list, gazetteer);
    const { columns: c } = decodeColumnsSnapshot(
      bufferOf(encodeColumnsSnapshot(columns, emptyExtras(3))),
      'counts',
    );
    const byId = (id: string) => allIds(c.ids).indexOf(id);
    expect(c.killedMin[byId('zero')]).toBe(0);
    expect(c.childrenMax[byId('zero')]).toBe(0);
    expect(c.killedMin[byId('unknown')]).toBe(-1);
    expect(c.killedMax[byId('unknown')]).toBe(-1);
    expect(c.childrenMin[byId('unknown')]).toBe(-1);
    expect(c.killedMax[byId('some')]).toBe(999_999_999);
    expect(c.childrenMax[byId('some')]).toBe(-1);
  });

  it('round-trips empty columns', () => {
    const columns = toColumns([], gazetteer);
    const extras = emptyExtras(0);
    const decoded = decodeColumnsSnapshot(
      bufferOf(encodeColumnsSnapshot(columns, extras)),
      'empty',
    );
    expectSame(decoded.columns, columns, 'columns');
    expectSame(decoded.extras, extras, 'extras');
    expect(allIds(decoded.columns.ids)).toEqual([]);
    expect(decoded.columns.length).toBe(0);
  });
});

describe('encodeColumnsSnapshot refuses what it cannot store', () => {
  const columns = toColumns(
    [incident({ id: 'a', killedMin: 1 }), incident({ id: 'b' })],
    gazetteer,
    reportsById,
  );
  it('rejects counts that are not whole numbers 0…999,999,999 (or −1, unknown)', () => {
    for (const bad of [-2, 1_000_000_000, -2_000_000_000]) {
      const killedMax = Int32Array.from(columns.killedMax);
      killedMax[1] = bad;
      expect(() => encodeColumnsSnapshot({ ...columns, killedMax }, emptyExtras(2))).toThrow(
        /killedMax\[1\]/,
      );
    }
  });
  it('rejects an id with a line break and extras of the wrong length', () => {
    expect(() => encodeColumnsSnapshot({ ...columns, ids: ['a\nb', 'c'] }, emptyExtras(2))).toThrow(
      /line break/,
    );
    expect(() => encodeColumnsSnapshot(columns, emptyExtras(3))).toThrow(/rowStart has 3 rows/);
  });
});

describe('decodeColumnsSnapshot rejects a bad buffer', () => {
  const list = Array.from({ length: 40 }, (_, i) => incident({ id: `e${i}`, killedMin: i }));
  const columns = toColumns(list, gazetteer, reportsById);
  const good = encodeColumnsSnapshot(columns, emptyExtras(columns.length));

  /** A copy of the snapshot with its header edited in place (it must not grow). */
  const withHeader = (edit: (header: SnapshotHeader) => void): ArrayBuffer => {
    const copy = good.slice();
    const length = new DataView(copy.buffer).getUint32(8, true);
    const header = JSON.parse(
      new TextDecoder().decode(copy.subarray(12, 12 + length)),
    ) as SnapshotHeader;
    edit(header);
    const json = new TextEncoder().encode(JSON.stringify(header));
    if (json.byteLength > length) throw new Error('the edited header does not fit');
    copy.fill(0x20, 12, 12 + length);
    copy.set(json, 12);
    return copy.buffer;
  };

  it('accepts the unedited snapshot', () => {
    expect(
      decodeColumnsSnapshot(
        withHeader(() => {}),
        'ok.bin',
      ).columns.length,
    ).toBe(40);
  });

  it('names a buffer that is not a snapshot', () => {
    const csv = new TextEncoder().encode('id,report_ids,kind\n');
    expect(() => decodeColumnsSnapshot(bufferOf(csv), 'incidents.bin')).toThrow(
      'incidents.bin is not a Tolltrack columns snapshot',
    );
    expect(() => decodeColumnsSnapshot(new ArrayBuffer(0), 'empty.bin')).toThrow(
      /empty\.bin.*truncated/,
    );
    const other = good.slice();
    other.set(new TextEncoder().encode('TTCOLS02'), 0);
    expect(() => decodeColumnsSnapshot(other.buffer, 'future.bin')).toThrow(
      /future\.bin: unknown snapshot format TTCOLS02/,
    );
  });

  it('rejects an unknown version', () => {
    const buffer = withHeader((h) => {
      h.version = 2;
    });
    expect(() => decodeColumnsSnapshot(buffer, 'v2.bin')).toThrow(
      'v2.bin: unknown snapshot version 2',
    );
  });

  it('rejects a truncated buffer', () => {
    const cut = (bytes: number) => bufferOf(good.subarray(0, bytes));
    expect(() => decodeColumnsSnapshot(cut(good.byteLength - 8), 'cut.bin')).toThrow(
      /cut\.bin: truncated: section reportSetOfRow ends at byte \d+ but the buffer has \d+ bytes/,
    );
    expect(() => decodeColumnsSnapshot(cut(10), 'cut.bin')).toThrow(/cut\.bin: truncated/);
    expect(() => decodeColumnsSnapshot(cut(40), 'cut.bin')).toThrow(
      /cut\.bin: truncated: the header ends/,
    );
  });

  it('rejects a header that is not JSON', () => {
    const broken = good.slice();
    broken[12] = 0x78; // 'x' where '{' was
    expect(() => decodeColumnsSnapshot(broken.buffer, 'broken.bin')).toThrow(
      /broken\.bin: header JSON is not parseable/,
    );
    const notUtf8 = good.slice();
    notUtf8[13] = 0xff;
    expect(() => decodeColumnsSnapshot(notUtf8.buffer, 'bytes.bin')).toThrow(
      /bytes\.bin: header JSON is not parseable/,
    );
  });

  it('rejects a per-row section whose length is not the row count', () => {
    const shortSection = withHeader((h) => {
      const s = h.sections.find((x) => x.name === 'dayEnd');
      if (s) s.length = 39;
    });
    expect(() => decodeColumnsSnapshot(shortSection, 'rows.bin')).toThrow(
      'rows.bin: section dayEnd has 39 values, expected one per row (40)',
    );
    const moreRows = withHeader((h) => {
      h.length = 41;
    });
    expect(() => decodeColumnsSnapshot(moreRows, 'rows.bin')).toThrow(
      /rows\.bin: section \w+ has 40 values, expected one per row \(41\)/,
    );
  });

  it('rejects ids that do not split into one per row', () => {
    const copy = good.slice();
    const ids = JSON.parse(
      new TextDecoder().decode(
        copy.subarray(12, 12 + new DataView(copy.buffer).getUint32(8, true)),
      ),
    ).sections[0] as SnapshotHeader['sections'][number];
    expect(ids.name).toBe('ids');
    copy[ids.byteOffset + 1] = 0x0a; // 'e0' → 'e\n': one id too many
    expect(() => decodeColumnsSnapshot(copy.buffer, 'ids.bin')).toThrow(
      'ids.bin: section ids holds 41 ids, expected one per row (40)',
    );
  });

  it('rejects malformed header fields, unknown or missing sections and bad values', () => {
    const cases: [string, (h: SnapshotHeader) => void, RegExp][] = [
      [
        'places',
        (h) => {
          h.places.parent = [];
        },
        /x: header field places\.parent is not one value per place/,
      ],
      [
        'source',
        (h) => {
          (h.source as unknown as Record<string, unknown>).hash = 'abc';
        },
        /x: header field source\.hash/,
      ],
      [
        'unknown',
        (h) => {
          (h.sections[1] as { name: string }).name = 'nope';
        },
        /x: unknown section "nope"/,
      ],
      [
        'missing',
        (h) => {
          h.sections.pop();
        },
        /x: section reportSetOfRow is missing/,
      ],
      [
        'misaligned',
        (h) => {
          const last = h.sections.at(-1);
          if (last) last.byteOffset -= 4;
        },
        /x: section reportSetOfRow starts at byte \d+, not a multiple of 8/,
      ],
      [
        'event types',
        (h) => {
          h.eventTypes = [];
        },
        /x: section eventType refers past the event types/,
      ],
    ];
    for (const [, edit, message] of cases)
      expect(() => decodeColumnsSnapshot(withHeader(edit), 'x')).toThrow(message);
  });

  it('rejects a count that is neither a number of people nor -1', () => {
    const copy = good.slice();
    const header = JSON.parse(
      new TextDecoder().decode(
        copy.subarray(12, 12 + new DataView(copy.buffer).getUint32(8, true)),
      ),
    ) as SnapshotHeader;
    const killedMax = header.sections.find((s) => s.name === 'killedMax');
    if (!killedMax) throw new Error('no killedMax section');
    new DataView(copy.buffer).setInt32(killedMax.byteOffset + 8, -5, true);
    expect(() => decodeColumnsSnapshot(copy.buffer, 'neg.bin')).toThrow(
      'neg.bin: killedMax[2] is -5, not a count or -1',
    );
  });
});

describe('fnv1a32', () => {
  /** FNV-1a over UTF-16 code units with BigInt arithmetic: slow, obviously right. */
  const reference = (text: string): number => {
    let h = 0x811c9dc5n;
    for (let i = 0; i < text.length; i++) {
      h ^= BigInt(text.charCodeAt(i));
      h = (h * 0x01000193n) & 0xffffffffn;
    }
    return Number(h);
  };

  it('matches the published FNV-1a 32-bit values for ASCII', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes UTF-16 code units of non-ASCII text, unsigned', () => {
    expect(fnv1a32('Idleb — إدلب')).toBe(0xab59ec79);
    expect(fnv1a32('😀')).toBe(0xcb31c4b8);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const h = fnv1a32(text);
        expect(h).toBe(reference(text));
        expect(h >= 0 && h <= 0xffffffff).toBe(true);
      }),
      { numRuns: 300, seed: 62 },
    );
  });
});
