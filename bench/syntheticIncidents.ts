/**
 * SYNTHETIC incident data for benchmarks. Nothing here describes real events: ids start with
 * `SYN`, reports and sources are named "SYNTHETIC …", and every figure comes from a seeded PRNG.
 * Only the place structure (governorates and districts from data/places.csv) is real, so that
 * lookups, regions and row widths look like a real folder.
 */
import { fromDayNumber, toDayNumber } from '../src/model/dayNumber';
import type { Place } from '../src/model/place';
import type { Report } from '../src/model/report';

/** mulberry32: small, fast, deterministic. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const SYNTHETIC_FIRST_DAY = '2020-01-01';
export const SYNTHETIC_LAST_DAY = '2023-12-31';
export const SYNTHETIC_SOURCES = [
  'SYNTHETIC monitor A',
  'SYNTHETIC monitor B',
  'SYNTHETIC civil defence C',
  'SYNTHETIC UN agency D',
  'SYNTHETIC wire E',
  'SYNTHETIC NGO F',
];
const EVENT_TYPES = ['air strike', 'shelling', 'ground clash', 'explosion', 'attack'];

/** 40 SYNTHETIC reports; some attribute figures to two sources. */
export const syntheticReports = (): Report[] =>
  Array.from({ length: 40 }, (_, i) => ({
    id: `RSYN${String(i).padStart(2, '0')}`,
    publisher: 'SYNTHETIC publisher',
    attributedTo:
      i % 7 === 0
        ? [SYNTHETIC_SOURCES[i % 6] ?? '', SYNTHETIC_SOURCES[(i + 1) % 6] ?? '']
        : [SYNTHETIC_SOURCES[i % 6] ?? ''],
    url: `https://example.org/synthetic/${i}`,
    published: null,
    title: 'SYNTHETIC report',
    language: 'en',
  }));

export const SYNTHETIC_REPORTS_CSV = (reports: Report[]): string =>
  [
    'id,publisher,attributed_to,url,published,title,language',
    ...reports.map(
      (r) => `${r.id},${r.publisher},${r.attributedTo.join('|')},${r.url},,${r.title ?? ''},en`,
    ),
  ].join('\n');

/** The incidents.csv header the generator writes (optional columns left out but covers_ids). */
export const SYNTHETIC_HEADER =
  'id,report_ids,kind,date_start,date_end,period_start,country,admin1,admin2,place,place_id,killed_min,killed_max,children_min,children_max,women_min,women_max,injured_min,injured_max,event_type,perpetrator,note,covers_ids';

/**
 * `n` SYNTHETIC records as incidents.csv text, in date order (as the bundled files are).
 * Shape: 14 governorates with skewed (Zipf-like) weights, four years with waves of intensity,
 * killed 0–50 from a heavy-tailed distribution, 30% open-ended "at least" figures, 5% with no
 * killed figure, 10% spanning a date range of 1–30 days, 1% at country level, 0.5% stated totals.
 */
export const syntheticIncidentsCsv = (n: number, places: readonly Place[], seed = 6): string => {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const governorates = places.filter((p) => p.level === 1);
  const districtsOf = new Map(
    governorates.map((g) => [g.id, places.filter((p) => p.level === 2 && p.parentId === g.id)]),
  );
  // Zipf-like weights in a shuffled order, so the busiest governorate is not simply the first.
  const weights = governorates.map((_, i) => 1 / (1 + i) ** 1.1);
  for (let i = weights.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [weights[i], weights[j]] = [weights[j] ?? 0, weights[i] ?? 0];
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulativeWeight: number[] = [];
  let acc = 0;
  for (const w of weights) {
    acc += w / total;
    cumulativeWeight.push(acc);
  }
  const governorate = (): Place => {
    const u = random();
    const i = cumulativeWeight.findIndex((c) => u < c);
    return governorates[i === -1 ? governorates.length - 1 : i] as Place;
  };
  // Records per day follow waves: a slow cycle and a few flare-ups.
  const first = toDayNumber(SYNTHETIC_FIRST_DAY);
  const last = toDayNumber(SYNTHETIC_LAST_DAY);
  const days = last - first + 1;
  const intensity = Array.from({ length: days }, (_, d) => {
    const wave = 1 + 0.6 * Math.sin((2 * Math.PI * d) / 365);
    const flare = d % 300 < 20 ? 3 : 1;
    return wave * flare * (0.5 + random());
  });
  const intensityTotal = intensity.reduce((a, b) => a + b, 0);
  const reports = syntheticReports();
  const lines: string[] = [SYNTHETIC_HEADER];
  let row = 0;
  let expected = 0;
  for (let d = 0; d < days; d++) {
    expected += ((intensity[d] ?? 0) / intensityTotal) * n;
    const until = d === days - 1 ? n : Math.min(n, Math.round(expected));
    const day = fromDayNumber(first + d);
    for (; row < until; row++) {
      const id = `SYN${String(row).padStart(7, '0')}`;
      const report = pick(reports).id;
      const eventType = pick(EVENT_TYPES);
      // Heavy tail: Pareto-like, cut at 50.
      const killed = Math.max(0, Math.min(50, Math.floor(1 / (random() ** 0.9 + 0.02)) - 1));
      const u = random();
      let killedMin = String(killed);
      let killedMax = '';
      if (u < 0.05) killedMin = '';
      else if (u < 0.35)
        killedMax = ''; // open-ended "at least"
      else if (u < 0.45) killedMax = String(killed + Math.floor(random() * 10));
      else killedMax = String(killed);
      const children =
        killedMin !== '' && random() < 0.3 ? String(Math.floor(random() * (killed + 1))) : '';
      if (random() < 0.005) {
        // A SYNTHETIC stated total at country level, covering two governorates.
        const a = governorate().id;
        const b = governorate().id;
        const covers = a === b ? a : `${a}|${b}`;
        const total = String(killed * 40);
        lines.push(
          `${id},${report},cumulative,,${day},,Syria,,,,SY,${total},${total},,,,,,,${eventType},,,${covers}`,
        );
        continue;
      }
      const spans = random() < 0.1;
      const start = spans
        ? fromDayNumber(first + Math.max(0, d - 1 - Math.floor(random() * 30)))
        : day;
      let placeId: string;
      const where = random();
      if (where < 0.01) placeId = 'SY';
      else {
        const g = governorate();
        const districts = districtsOf.get(g.id) ?? [];
        placeId = where < 0.15 || districts.length === 0 ? g.id : pick(districts).id;
      }
      lines.push(
        `${id},${report},incident,${start},${day},,Syria,,,,${placeId},${killedMin},${killedMax},${children},${children},,,,,${eventType},,,`,
      );
    }
  }
  return lines.join('\n');
};
