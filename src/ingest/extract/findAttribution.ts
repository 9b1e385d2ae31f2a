import { KNOWN_SOURCES } from './knownSources';
import { type Token, tokenize } from './tokenize';

/**
 * Sources named or described in a sentence, looked up in knownSources.ts by their words. A name
 * that means one source everywhere gives its canonical name; a description that depends on the
 * war ("the civil defence") gives `@source:<words>`, resolved by `resolveSource` once the report's
 * country is known. Anything else is kept as written.
 */
const SOURCE_MARK = '@source:';
const lookup = new Map<string, { canonical: string; where?: string[] }[]>();
/** Names in capitals ("WHO", "SANA", "AA") are matched only in capitals: they are also words. */
const CASE_SENSITIVE = new Set<string>();
const firstWords = new Set<string>();
let longestKnown = 1;
const keyOf = (tokens: Token[]) => tokens.map((t) => t.lower).join(' ');
for (const source of KNOWN_SOURCES) {
  for (const name of source.names) {
    const tokens = tokenize(name);
    const key = keyOf(tokens);
    const entries = lookup.get(key) ?? [];
    entries.push({ canonical: source.canonical, ...(source.where ? { where: source.where } : {}) });
    lookup.set(key, entries);
    if (/^[A-Z]{2,5}$/.test(name)) CASE_SENSITIVE.add(key);
    firstWords.add(tokens[0]?.lower ?? '');
    longestKnown = Math.max(longestKnown, tokens.length);
  }
}
const KNOWN_CANONICAL = new Set(KNOWN_SOURCES.map((k) => k.canonical));
/** Every word-prefix of a known name ("the", "the health", "the health ministry"). */
const knownPrefixes = new Set<string>();
for (const key of lookup.keys()) {
  const words = key.split(' ');
  for (let n = 1; n <= words.length; n++) knownPrefixes.add(words.slice(0, n).join(' '));
}

const nameFor = (key: string): string => {
  const entries = lookup.get(key) ?? [];
  const first = entries[0];
  if (first && !first.where && entries.every((e) => e.canonical === first.canonical && !e.where))
    return first.canonical;
  return `${SOURCE_MARK}${key}`;
};

/**
 * The source a description stands for in a report about `region` (a country code, or PS-GAZA /
 * PS-WB): the entry for that region, else the one valid anywhere, else none (null).
 */
export const resolveSource = (name: string, region: string | null): string | null => {
  if (!name.startsWith(SOURCE_MARK)) return name;
  const entries = lookup.get(name.slice(SOURCE_MARK.length)) ?? [];
  const local = entries.find((e) => region !== null && e.where?.includes(region));
  return (local ?? entries.find((e) => !e.where))?.canonical ?? null;
};

const PHRASE_TOKENS = new Set(['-', '.', "'", '’']);
const NEWS_AGENCIES = new Set([
  'AFP',
  'Reuters',
  'AP',
  'Associated Press',
  'Xinhua',
  'Anadolu',
  'Anadolu Agency',
  'QNA',
  'IANS',
  'UPI',
  'dpa',
  'NAN',
  'TASS',
  'CNN',
  'BBC',
  'Al Jazeera',
]);

/** Words that say a figure comes from someone. */
const CUES = new Set([
  'according',
  'said',
  'says',
  'say',
  'reported',
  'reports',
  'report',
  'confirmed',
  'confirms',
  'told',
  'announced',
  'documented',
  'documents',
  'stated',
  'recorded',
  'counted',
  'tallied',
  'citing',
  'cited',
  'per',
  'estimated',
  'estimates',
  'put',
  'puts',
  'tally',
  'figures',
  'toll',
  'added',
  'noted',
  'claimed',
  'statement',
]);
const STOP_AFTER_SOURCE = new Set([
  'said',
  'says',
  'reported',
  'reports',
  'told',
  'confirmed',
  'announced',
  'in',
  'on',
  'at',
  'that',
  'which',
  'who',
  'and',
  'as',
  'with',
  'while',
  'for',
  'from',
  'to',
  'after',
  'when',
]);

/** Unnamed sources ("Witnesses said"): not an organisation to attribute a figure to. */
const GENERIC_SOURCES = new Set([
  'witnesses',
  'residents',
  'activists',
  'rescuers',
  'medics',
  'officials',
  'sources',
  'doctors',
  'locals',
  'survivors',
  'paramedics',
  'relatives',
  'monitors',
  'analysts',
  'reporters',
]);

/** "the group added", "it said": the source named last before this sentence. */
export const PREVIOUS_SOURCE = '@previous';
/** Nouns that, after "the", refer back to a source already named: "the group added". */
const ANAPHORIC_NOUNS = new Set([
  'group',
  'organisation',
  'organization',
  'monitor',
  'network',
  'agency',
  'charity',
  'service',
  'ngo',
  'watchdog',
  'body',
  'rescuers',
  'ministry',
  'directorate',
  'office',
  'committee',
  'council',
  'outlet',
]);
const SPEECH = ['said', 'reported', 'announced', 'documented', 'stated', 'confirmed', 'told'];
const LATER_SPEECH = [...SPEECH, 'added', 'noted', 'says', 'reports', 'adds', 'wrote'];
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

export interface Attribution {
  name: string;
  start: number;
  end: number;
}

const isCap = (t: Token | undefined): boolean => {
  const c = t?.text[0] ?? '';
  return c !== '' && c !== c.toLowerCase();
};

/**
 * Sources named in one sentence: known organisations wherever a cue word is present, plus
 * "according to X" / "confirmed by X" phrases naming someone we do not know.
 */
export const findAttribution = (tokens: Token[]): Attribution[] => {
  // "The White Helmets: Our teams recovered …": a statement under its author's name.
  const colon = tokens.findIndex((t, k) => t.text === ':' && k < 8);
  const hasCue = tokens.some((t) => CUES.has(t.lower));
  if (!hasCue && colon < 0) return [];
  const found: Attribution[] = [];
  const covered = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!firstWords.has(tokens[i]?.lower ?? '')) continue;
    // Known names starting here, longest first; the key grows word by word and stops as soon as
    // no known name starts with it, so a common first word ("the") costs a lookup or two.
    const keys: { n: number; key: string }[] = [];
    let key = '';
    for (let n = 1; n <= longestKnown && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1] as Token;
      if (t.type === 'punct' && !PHRASE_TOKENS.has(t.text)) break;
      key = n === 1 ? t.lower : `${key} ${t.lower}`;
      if (!knownPrefixes.has(key)) break;
      if (lookup.has(key)) keys.unshift({ n, key });
    }
    for (const { n, key } of keys) {
      const words = tokens.slice(i, i + n);
      if (CASE_SENSITIVE.has(key) && words.some((t) => t.text !== t.text.toUpperCase())) continue;
      // "civil defence" inside "Syrian Civil Defence" was matched by the longer name already.
      const speaker = colon >= 0 && i + n === colon && i <= 1;
      if (!hasCue && !speaker) continue;
      found.push({ name: nameFor(key), start: i, end: i + n });
      for (let k = i; k < i + n; k++) covered.add(k);
      i += n - 1;
      break;
    }
  }
  // "according to medical sources in the town", "as confirmed by Hama Health Directorate"
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.lower;
    const next = tokens[i + 1]?.lower;
    let from = -1;
    if (w === 'according' && next === 'to') from = i + 2;
    else if (
      (w === 'confirmed' || w === 'reported' || w === 'documented' || w === 'recorded') &&
      next === 'by'
    )
      from = i + 2;
    else if (w === 'citing') from = i + 1;
    if (from < 0 || covered.has(from) || covered.has(from + 1)) continue;
    let j = from;
    if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an') j++;
    const start = j;
    while (j < tokens.length && j - start < 7) {
      const t = tokens[j];
      if (t?.type !== 'word' || covered.has(j)) break;
      if (STOP_AFTER_SOURCE.has(t.lower) && j > start) break;
      if (t.lower === 'of' && !isCap(tokens[j + 1])) break;
      j++;
    }
    if (j > start) {
      const text = tokens
        .slice(start, j)
        .map((t) => t.text)
        .join(' ');
      if (!found.some((f) => f.name === text)) found.push({ name: text, start, end: j });
    }
  }
  // "the group added", "it said": refers back to the source named before.
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]?.lower ?? '';
    if (!LATER_SPEECH.includes(w)) continue;
    const prev = tokens[i - 1]?.lower ?? '';
    const anaphoric =
      (prev === 'it' && (i === 1 || tokens[i - 2]?.text === ',')) ||
      (ANAPHORIC_NOUNS.has(prev) && tokens[i - 2]?.lower === 'the');
    if (anaphoric && !covered.has(i - 1) && !found.some((f) => f.end === i))
      found.push({ name: PREVIOUS_SOURCE, start: i - 1, end: i });
    // "the Deir Ezzor 24 network reported": the name before the generic noun.
    if (ANAPHORIC_NOUNS.has(prev) && tokens[i - 2]?.lower !== 'the') {
      let j = i - 1;
      while (
        j > 0 &&
        i - 1 - j < 5 &&
        (isCap(tokens[j - 1]) || tokens[j - 1]?.type === 'number') &&
        !covered.has(j - 1)
      )
        j--;
      if (j < i - 1 && isCap(tokens[j]) && tokens[j - 1]?.lower === 'the') {
        const text = tokens
          .slice(j, i - 1)
          .map((t) => t.text)
          .join(' ');
        if (!found.some((f) => f.name === text)) found.push({ name: text, start: j, end: i - 1 });
      }
    }
  }
  // "SOHR said", "The Hama Health Directorate reported": a capitalised source before the verb.
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]?.lower ?? '';
    if (!SPEECH.includes(w)) continue;
    if (covered.has(i - 1) || found.some((f) => f.end === i)) continue;
    let j = i;
    while (
      j > 0 &&
      i - j < 6 &&
      tokens[j - 1]?.type === 'word' &&
      (isCap(tokens[j - 1]) || tokens[j - 1]?.lower === 'of')
    )
      j--;
    if (tokens[j]?.lower === 'of') j++;
    if (
      j < i &&
      isCap(tokens[j]) &&
      !(j === 0 && i - j === 1 && /^(he|she|it|they|the)$/i.test(tokens[j]?.text ?? ''))
    ) {
      const text = tokens
        .slice(j, i)
        .map((t) => t.text)
        .join(' ');
      if (!/^(The|He|She|It|They|We|I)$/.test(text) && !GENERIC_SOURCES.has(text.toLowerCase()))
        found.push({ name: text.replace(/^The /, ''), start: j, end: i });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const knownHere = found.some(
    (f) => KNOWN_CANONICAL.has(f.name) || f.name.startsWith(SOURCE_MARK),
  );
  const names = new Set<string>();
  return found.filter((f) => {
    if (names.has(f.name)) return false;
    names.add(f.name);
    // "according to its monthly report": the subject already named.
    if (POSSESSIVES.has(f.name.split(' ')[0]?.toLowerCase() ?? '')) return false;
    // "OCHA said, citing health partners": an unnamed source beside a named one adds nothing,
    // and neither does a spokesperson's name beside the body they speak for.
    if (knownHere && !KNOWN_CANONICAL.has(f.name) && !f.name.startsWith(SOURCE_MARK)) return false;
    // "told AFP", "Xinhua reported": the agency carries the figure, it does not give it.
    if (NEWS_AGENCIES.has(f.name)) return false;
    return true;
  });
};
