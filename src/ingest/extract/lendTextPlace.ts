import type { Candidate } from './candidate';
import { normalisePlaceName } from './placeIndex';
import type { SentenceReading } from './readSentence';

/** How far (in sentences) a named town, village or camp may be lent to a record. */
const LEND_NEAR = 2;

/**
 * "Five civilians have been killed in Ethiopia's Amhara region … in the Wogel Tena town": an
 * incident placed no finer than a province takes the one town, village, camp or township that
 * the sentences around it name by kind (a place no gazetteer holds), unless another record
 * already has that name. Running and daily totals keep their region.
 */
export const lendTextPlaces = (readings: SentenceReading[], records: Candidate[]): void => {
  const taken = new Set(
    records.flatMap((c) => (c.placeText ? [normalisePlaceName(c.placeText)] : [])),
  );
  for (const c of records) {
    if (c.kind !== 'incident' || c.placeText || (c.place && c.place.level > 1)) continue;
    const names = new Map<string, string>();
    for (const i of c.sentences) {
      const own = readings[i];
      if (!own) continue;
      for (let k = i - LEND_NEAR; k <= i + LEND_NEAR; k++) {
        const r = readings[k];
        if (!r || r.sentence.paragraph !== own.sentence.paragraph) continue;
        // Two names are already too many: stop (a sentence naming many places stays linear).
        for (const t of r.textPlaces) {
          const key = normalisePlaceName(t.name);
          if (!taken.has(key)) names.set(key, t.name);
          if (names.size > 1) break;
        }
        if (names.size > 1) break;
      }
    }
    if (names.size !== 1) continue;
    const [key, name] = [...names.entries()][0] as [string, string];
    c.placeText = name;
    c.placeStated = true;
    taken.add(key);
  }
};
