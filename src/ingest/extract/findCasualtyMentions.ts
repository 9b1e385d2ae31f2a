import { type Quantity, readQuantity } from './readQuantity';
import type { Token } from './tokenize';

export type CasualtyRole = 'killed' | 'injured';
export type CasualtyGroup = 'all' | 'children' | 'women';
export type VictimClass = 'civilians' | 'combatants' | 'unknown';

/** One figure in a sentence and what it counts. */
export interface CasualtyMention {
  quantity: Quantity;
  role: CasualtyRole;
  group: CasualtyGroup;
  victims: VictimClass;
  /** "including ten children", "ten children among the dead": part of another figure. */
  subset: boolean;
  /** Token range [start, end) of the figure and the words that say what it counts. */
  start: number;
  end: number;
  /** "a woman and her two children": the figure is a sum, and these are its parts. */
  parts?: { children: Quantity | null; women: Quantity | null };
}

const CHILDREN = new Set([
  'children',
  'child',
  'kids',
  'minors',
  'minor',
  'boys',
  'boy',
  'girls',
  'girl',
  'infants',
  'infant',
  'babies',
  'baby',
  'toddlers',
  'schoolchildren',
  'newborns',
  'newborn',
  'teenagers',
  'teenager',
  'students',
  'pupils',
  'schoolboys',
  'schoolgirls',
]);
const WOMEN = new Set(['women', 'woman', 'mothers', 'mother', 'females']);
const CIVILIANS = new Set([
  'civilians',
  'civilian',
  'residents',
  'villagers',
  'farmers',
  'workers',
  'paramedics',
  'rescuers',
  'volunteers',
  'journalists',
  'doctors',
  'nurses',
  'patients',
  'medics',
  'shepherds',
  'worshippers',
  'passengers',
  'refugees',
  'displaced',
  'citizens',
  'staff',
]);
const COMBATANTS = new Set([
  'fighters',
  'fighter',
  'soldiers',
  'soldier',
  'militants',
  'militant',
  'rebels',
  'rebel',
  'troops',
  'combatants',
  'insurgents',
  'insurgent',
  'personnel',
  'officers',
  'officer',
  'gunmen',
  'jihadists',
  'members',
  'servicemen',
  'recruits',
  'conscripts',
  'policemen',
  'terrorists',
  'terrorist',
]);
const PEOPLE = new Set([
  'people',
  'persons',
  'person',
  'individuals',
  'individual',
  'men',
  'man',
  'others',
  'victims',
  'family',
  'relatives',
  'syrians',
  'lives',
  'bodies',
  'dead',
  'more',
  'inhabitants',
  'brothers',
  'brother',
  'sisters',
  'sister',
  'siblings',
  'sons',
  'son',
  'daughters',
  'daughter',
  'cousins',
  'husband',
  'wife',
  'father',
  'fathers',
  'corpses',
  ...CIVILIANS,
  ...COMBATANTS,
]);
/** Words between a number and its noun: "25 more civilians", "dozens of innocent people". */
const MODIFIERS = new Set([
  'of',
  'other',
  'more',
  'additional',
  'further',
  'innocent',
  'unarmed',
  'local',
  'young',
  'elderly',
  'civilian',
  'syrian',
  'government',
  'opposition',
  'rebel',
  'pro',
  '-',
  'army',
  'regime',
  'kurdish',
  'turkish',
  'russian',
  'iranian',
  'displaced',
  'armed',
  'security',
  'hts',
  'sdf',
  'sna',
  'isis',
  'foreign',
  'the',
  'their',
  'his',
  'her',
  'its',
  'same',
  'medical',
  'health',
  'aid',
  'humanitarian',
  'rescue',
  'media',
  'defence',
  'defense',
  'police',
]);
/** Nouns that count the dead by themselves: "14 bodies", "56 deaths", "23 fatalities". */
const DEATH_NOUNS = new Set(['bodies', 'corpses', 'deaths', 'fatalities']);
const KILL_VERBS = new Set(['killed', 'killing', 'kills', 'kill', 'executed', 'executing']);
/** What may stand between the items of a list of victims: "a woman and her two children". */
const LIST_JOINERS = new Set(['and', ',', 'her', 'his', 'their']);
/** Nouns that are counted but are not people. */
const NOT_PEOPLE = new Set([
  'strikes',
  'strike',
  'airstrikes',
  'raids',
  'raid',
  'attacks',
  'attack',
  'rockets',
  'rocket',
  'missiles',
  'missile',
  'shells',
  'shell',
  'bombs',
  'bomb',
  'drones',
  'jets',
  'planes',
  'aircraft',
  'times',
  'days',
  'day',
  'hours',
  'hour',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'minutes',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'percent',
  'per',
  '%',
  'homes',
  'houses',
  'buildings',
  'villages',
  'towns',
  'cities',
  'schools',
  'hospitals',
  'vehicles',
  'cars',
  'trucks',
  'tents',
  'families',
  'dollars',
  'tonnes',
  'tons',
  'points',
  'positions',
  'checkpoints',
  'sites',
  'locations',
  'neighbourhoods',
  'neighborhoods',
  'areas',
  'provinces',
  'governorates',
  'facilities',
  'camps',
  'centres',
  'centers',
  'shelters',
  'mosques',
  'markets',
  'o',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'million',
  'billion',
  'ambulances',
  'incidents',
  'violations',
  'massacres',
  'operations',
  'flights',
  'sorties',
  'shots',
  'rounds',
  'fronts',
  'factions',
  'groups',
  'brigades',
  'countries',
  'states',
  'articles',
  'pages',
]);
/** Words after a figure that say people died or were hurt. */
const DIED_AFTER = new Set([
  'killed',
  'dead',
  'died',
  'die',
  'dies',
  'perished',
  'slain',
  'deaths',
  'fatalities',
  'deceased',
  'martyred',
  'executed',
  'drowned',
  'murdered',
  'massacred',
  'lifeless',
  'assassinated',
]);
const HURT_AFTER = new Set(['injured', 'wounded', 'hurt', 'injuries', 'wounds', 'maimed']);
/** Words before a figure: "killing 12", "the death toll rose to 56", "bodies of 9 people". */
const DIED_BEFORE = new Set([
  'killed',
  'killing',
  'kills',
  'kill',
  'claimed',
  'claiming',
  'lives',
  'deaths',
  'toll',
  'fatalities',
  'bodies',
  'dead',
  'died',
  'casualties',
  'massacre',
  'executed',
  'executing',
  'assassinated',
  'assassinate',
  'assassinating',
  'death',
]);
const HURT_BEFORE = new Set([
  'injuring',
  'injured',
  'wounding',
  'wounded',
  'injure',
  'wound',
  'injuries',
]);
const SUBSET_MARKERS = new Set([
  'including',
  'includes',
  'included',
  'include',
  'whom',
  'them',
  'incl',
]);
const CLAUSE_BREAKS = new Set([';', 'while', 'whereas', 'but', '.', '!', '?', ':']);
/** Person nouns that, after "a" or "an", count one ("a policeman was killed"). */
const SINGULAR = new Set([
  'child',
  'woman',
  'man',
  'civilian',
  'person',
  'boy',
  'girl',
  'baby',
  'fighter',
  'soldier',
  'teenager',
  'paramedic',
  'journalist',
  'rescuer',
  'volunteer',
  'doctor',
  'nurse',
  'infant',
  'policeman',
  'policewoman',
  'officer',
  'colonel',
  'general',
  'commander',
  'official',
  'leader',
  'imam',
  'priest',
  'pastor',
  'activist',
  'photographer',
  'farmer',
  'herder',
  'herdsman',
  'student',
  'pupil',
  'trader',
  'resident',
  'villager',
  'peacekeeper',
  'gendarme',
  'militant',
  'militiaman',
  'guard',
  'driver',
  'teacher',
  'elder',
  'chief',
  'businessman',
  'worker',
  'youth',
  'conscript',
  'recruit',
  'servant',
  'prisoner',
  'detainee',
  'member',
  'landowner',
  'spokesman',
  'mayor',
  'governor',
  'lawmaker',
  'judge',
]);
/** How many words may stand between "a" and its person noun ("a Senegalese MINUSCA peacekeeper"). */
const SINGULAR_REACH = 3;
/** Words that end the search for a person noun after "a": it counts something else. */
const NOT_A_PERSON = new Set(['of', 'and', 'or', 'number', 'few', 'lot', 'group', 'total', 'toll']);

const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'confirmed',
  'added',
  'reported',
  'stated',
  'announced',
]);

/** A count of one person, read from the word at `start` ("a", "an", or the noun itself). */
const one = (start: number): Quantity => ({
  min: 1,
  max: 1,
  wording: 'exact',
  approximate: false,
  vague: null,
  magnitude: 1,
  start,
  end: start + 1,
  yearLike: false,
});

/** "a policeman", "an army colonel": the token after the person noun, or -1. */
const singularEnd = (tokens: Token[], i: number): number => {
  for (let k = i + 1; k <= i + SINGULAR_REACH + 1 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.type !== 'word' || NOT_A_PERSON.has(t.lower)) return -1;
    if (SINGULAR.has(t.lower)) return k + 1;
  }
  return -1;
};
const BLOCKING_BEFORE = new Set([
  'aged',
  'age',
  'no',
  'number',
  'route',
  'brigade',
  'division',
  'resolution',
  'page',
  'article',
  'highway',
  'chapter',
  'section',
  '$',
  '#',
  '£',
  '€',
  'resolution',
  'flight',
  'gate',
]);

const groupOf = (word: string): CasualtyGroup =>
  CHILDREN.has(word) ? 'children' : WOMEN.has(word) ? 'women' : 'all';
const victimsOf = (word: string): VictimClass =>
  CIVILIANS.has(word) || CHILDREN.has(word) || WOMEN.has(word)
    ? 'civilians'
    : COMBATANTS.has(word)
      ? 'combatants'
      : 'unknown';

interface Head {
  noun: string | null;
  end: number;
}

/** The noun a figure counts, or undefined when it counts something that is not people. */
const headOf = (tokens: Token[], q: Quantity): Head | undefined => {
  const after = tokens[q.end];
  // "25th", "10km", "12-year-old", "07:40": glued words and units are not counts of people.
  if (after && !after.spaceBefore && after.type === 'word') return undefined;
  // "07:40", "on 20/06": clock times and day/month dates are not counts.
  if ((after?.text === ':' || after?.text === '/') && tokens[q.end + 1]?.type === 'number')
    return undefined;
  if (
    after?.text === '-' &&
    ['year', 'month', 'day', 'hour', 'week', 'storey', 'km'].includes(
      tokens[q.end + 1]?.lower ?? '',
    )
  )
    return undefined;
  if (after?.text === '%') return undefined;
  let k = q.end;
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const w = tokens[k]?.lower ?? '';
    if (NOT_PEOPLE.has(w)) return undefined;
    if (CHILDREN.has(w) || WOMEN.has(w) || PEOPLE.has(w)) {
      // "ten women and children": neither figure can be split out, so none is taken.
      if (
        WOMEN.has(w) &&
        tokens[k + 1]?.lower === 'and' &&
        CHILDREN.has(tokens[k + 2]?.lower ?? '')
      )
        return undefined;
      return { noun: w, end: k + 1 };
    }
    if (!MODIFIERS.has(w)) break;
  }
  return { noun: null, end: q.end };
};

/** Token positions where a scan for a figure's casualty word stops (another figure starts). */
type Stops = { has(k: number): boolean };

/** Scans for a casualty word after the figure, skipping "including ten children" clauses. */
const roleAfter = (
  tokens: Token[],
  from: number,
  stops: Stops,
  reach = 10,
): CasualtyRole | null => {
  for (let k = from; k < tokens.length && k < from + reach; k++) {
    if (stops.has(k)) return null;
    const w = tokens[k]?.lower ?? '';
    if (CLAUSE_BREAKS.has(w)) return null;
    if (DIED_AFTER.has(w)) return 'killed';
    if (HURT_AFTER.has(w)) return 'injured';
    // "lost their lives"
    if (w === 'lost' && ['lives', 'life'].includes(tokens[k + 2]?.lower ?? '')) return 'killed';
    if (w === 'shot' && tokens[k + 1]?.lower === 'dead') return 'killed';
    if (w === 'succumbed') return 'killed';
  }
  return null;
};

const roleBefore = (
  tokens: Token[],
  from: number,
  reach: number,
  stops: Stops,
): CasualtyRole | null => {
  for (let k = from - 1; k >= 0 && k >= from - reach; k--) {
    if (stops.has(k)) return null;
    const w = tokens[k]?.lower ?? '';
    if (CLAUSE_BREAKS.has(w)) return null;
    if (HURT_BEFORE.has(w)) return 'injured';
    if (DIED_BEFORE.has(w)) return 'killed';
  }
  return null;
};

/**
 * Finds the casualty figures in one sentence. `masked` marks tokens already read as dates, so
 * "27" in "since November 27" is not a count. Each figure gets a role from the nearest casualty
 * word: first a verb right before it ("killing 12"), then one after it ("12 were killed"), then
 * a toll noun further back ("the number of casualties … has reached 56").
 */
export const findCasualtyMentions = (
  tokens: Token[],
  masked: ReadonlySet<number>,
): CasualtyMention[] => {
  const quantities: { q: Quantity; head: Head }[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (masked.has(i)) {
      i++;
      continue;
    }
    const t = tokens[i];
    // "a child was killed": an article before a singular person noun is a count of one.
    // "a policeman", and with no article after a killing verb: "kill NISS officer", "killed the
    // commander", or opening a sentence: "Farmer killed in Selea".
    const article = t?.lower === 'a' || t?.lower === 'an';
    const bare =
      (KILL_VERBS.has(t?.lower ?? '') || t?.lower === 'assassinate') &&
      !['a', 'an'].includes(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 1]?.type === 'word';
    const opening =
      i === 0 && SINGULAR.has(t?.lower ?? '') && KILL_VERBS.has(tokens[1]?.lower ?? '');
    let personEnd = opening ? 1 : article || bare ? singularEnd(tokens, i) : -1;
    // "a local official confirmed …": the one who speaks is not a victim.
    if (personEnd > 0 && SPEECH_VERBS.has(tokens[personEnd]?.lower ?? '')) personEnd = -1;
    if (bare && personEnd > 0) {
      // the verb itself is the role word read before the figure: the figure starts after it
      const word = tokens[personEnd - 1]?.lower ?? '';
      const from = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
      quantities.push({ q: one(from), head: { noun: word, end: personEnd } });
      i = personEnd;
      continue;
    }
    if (personEnd > 0) {
      const word = tokens[personEnd - 1]?.lower ?? '';
      quantities.push({ q: one(i), head: { noun: word, end: personEnd } });
      i = personEnd;
      continue;
    }
    const q = readQuantity(tokens, i);
    if (!q || [...Array(q.end - q.start).keys()].some((d) => masked.has(q.start + d))) {
      i++;
      continue;
    }
    const before = tokens[q.start - 1]?.lower ?? '';
    const numberWord = tokens[q.end - 1]?.lower;
    const head = headOf(tokens, q);
    // "on 20/06": the month after the slash is not a count either.
    const blocked =
      BLOCKING_BEFORE.has(before) || (before === '/' && tokens[q.start - 2]?.type === 'number');
    const loneOne =
      numberWord === 'one' &&
      (tokens[q.end]?.lower === 'of' ||
        ['no', 'every', 'any', 'each', 'the', 'this', 'that'].includes(before));
    // "the Deir Ezzor 24 network", "Brigade 25": a number inside a name counts nothing.
    const prevToken = tokens[q.start - 1];
    const inName =
      head?.noun === null &&
      q.start > 1 &&
      prevToken?.type === 'word' &&
      /^\p{Lu}/u.test(prevToken.text) &&
      !/^\p{Lu}/u.test(tokens[q.end]?.text ?? 'x') &&
      tokens[q.end]?.type === 'word';
    if (head && !blocked && !loneOne && !inName && !(q.yearLike && head.noun === null))
      quantities.push({ q, head });
    i = q.end;
  }

  // Which figures are parts of another: after "including", "among them", "of whom" (and any
  // figure joined to such a one by "and"), or followed by "among the dead".
  const subsetRole: (CasualtyRole | null | undefined)[] = quantities.map(() => undefined);
  quantities.forEach(({ q, head }, n) => {
    for (let k = q.start - 1; k >= 0 && k >= q.start - 4; k--) {
      const w = tokens[k]?.lower ?? '';
      if (SUBSET_MARKERS.has(w)) {
        subsetRole[n] = null;
        break;
      }
      if (w === 'among') {
        subsetRole[n] = roleAfter(tokens, k + 1, new Set([q.start]));
        break;
      }
      if (tokens[k]?.type === 'number') break;
    }
    const prev = quantities[n - 1];
    if (subsetRole[n] === undefined && prev && subsetRole[n - 1] !== undefined) {
      const between = tokens.slice(prev.head.end, q.start).map((t) => t.lower);
      if (
        between.length <= 3 &&
        between.every((w) => ['and', ',', 'her', 'his', 'their'].includes(w))
      )
        subsetRole[n] = subsetRole[n - 1];
    }
    // "27 people, eight of them children": a part, named after "of them".
    if (
      subsetRole[n] === undefined &&
      tokens[q.end]?.lower === 'of' &&
      ['them', 'whom', 'those'].includes(tokens[q.end + 1]?.lower ?? '')
    ) {
      let k = q.end + 2;
      if (['were', 'are', 'was', 'being'].includes(tokens[k]?.lower ?? '')) k++;
      const noun = tokens[k]?.lower ?? '';
      subsetRole[n] = null;
      if (CHILDREN.has(noun) || WOMEN.has(noun)) quantities[n] = { q, head: { noun, end: k + 1 } };
    }
    // "seven of the dead were children"
    const verb = tokens[head.end]?.lower ?? '';
    const what = tokens[head.end + 1]?.lower ?? '';
    if (
      subsetRole[n] === undefined &&
      ['dead', 'victims', 'deceased', 'killed'].includes(head.noun ?? '') &&
      ['were', 'are', 'was'].includes(verb) &&
      (CHILDREN.has(what) || WOMEN.has(what))
    ) {
      subsetRole[n] = 'killed';
      quantities[n] = { q, head: { noun: what, end: head.end + 2 } };
    }
    const w1 = tokens[head.end]?.lower;
    const w2 = tokens[head.end + 1]?.lower;
    // "ten children among the dead", but not "149 civilians, among them 35 children".
    const amongAt = w1 === 'among' ? head.end : w2 === 'among' ? head.end + 1 : -1;
    const amongWhat = tokens[amongAt + 1]?.lower ?? '';
    if (
      subsetRole[n] === undefined &&
      amongAt >= 0 &&
      (amongWhat === 'the' || amongWhat === 'those')
    ) {
      const role = roleAfter(tokens, amongAt + 1, new Set(), 3);
      if (role !== null) subsetRole[n] = role;
    }
  });

  const mainStarts = new Set(
    quantities.filter((_, n) => subsetRole[n] === undefined).map(({ q }) => q.start),
  );
  const roles: (CasualtyRole | null)[] = quantities.map(() => null);
  const findRole = (n: number): CasualtyRole | null => {
    const entry = quantities[n];
    if (!entry) return null;
    const { q, head } = entry;
    if (
      DEATH_NOUNS.has(head.noun ?? '') ||
      head.noun === 'dead' ||
      DEATH_NOUNS.has(tokens[head.end]?.lower ?? '')
    )
      return 'killed';
    // "killed four soldiers and wounded nine": the verb right before the figure is its own,
    // not the "wounded" of the next clause.
    if (
      KILL_VERBS.has(tokens[q.start - 1]?.lower ?? '') &&
      [',', 'and'].includes(tokens[head.end]?.lower ?? '')
    )
      return 'killed';
    // Every other main figure stops the scan (a Set per figure would make long lists quadratic).
    const stops = { has: (k: number) => k !== q.start && mainStarts.has(k) };
    // skip ", including five children," so that the verb after it is found
    let after = head.end;
    for (let k = head.end; k < head.end + 3; k++) {
      // "Four people killed, including one soldier": the verb before "including" is the figure's.
      const w = tokens[k]?.lower ?? '';
      if (DIED_AFTER.has(w) || HURT_AFTER.has(w)) break;
      if (!SUBSET_MARKERS.has(w)) continue;
      let inner = -1;
      for (let m = n + 1; m < quantities.length && inner < 0; m++)
        if ((quantities[m]?.q.start ?? 0) > k && subsetRole[m] !== undefined) inner = m;
      let last = inner;
      while (last >= 0 && subsetRole[last + 1] !== undefined && quantities[last + 1]) last++;
      if (last >= 0) after = quantities[last]?.head.end ?? after;
      break;
    }
    // "23 wounded" / "were killed" right after the figure beats "killed and 23" before it.
    const single = q.start === q.end - 1 && q.vague === null && q.min === 1 && q.max === 1;
    if (single && head.noun !== null && SINGULAR.has(head.noun))
      return (
        roleAfter(tokens, after, stops, 4) ??
        roleBefore(tokens, q.start, 2, stops) ??
        roleAfter(tokens, after, stops)
      );
    return (
      roleAfter(tokens, after, stops, 3) ??
      roleBefore(tokens, q.start, 3, stops) ??
      roleAfter(tokens, after, stops) ??
      roleBefore(tokens, q.start, 14, stops)
    );
  };
  // Main figures first; a part takes its whole's role unless it says its own ("among the injured").
  quantities.forEach(({ q, head }, n) => {
    if (subsetRole[n] !== undefined) return;
    roles[n] = findRole(n);
    // "killed five people in Saraqeb and three in Binnish": the verb covers both figures.
    const joiner = tokens[q.start - 1]?.lower;
    // "killing a woman and her two children": a list of victims shares the verb too.
    const prevMain = quantities[n - 1];
    const listed =
      head.noun !== null &&
      prevMain !== undefined &&
      subsetRole[n - 1] === undefined &&
      prevMain.head.end < q.start &&
      tokens.slice(prevMain.head.end, q.start).some((t) => t.lower === 'and') &&
      tokens.slice(prevMain.head.end, q.start).every((t) => LIST_JOINERS.has(t.lower));
    if (
      roles[n] === null &&
      (listed || (head.noun === null && q.end - q.start >= 1)) &&
      (joiner === 'and' || joiner === ',' || listed)
    ) {
      for (let m = n - 1; m >= 0; m--)
        if (subsetRole[m] === undefined) {
          roles[n] = roles[m] ?? null;
          break;
        }
    }
  });
  // A part's whole is the nearest main figure with a role before it, else after it; both are
  // found in one pass each way so that long lists stay linear.
  const isWhole = (m: number) => subsetRole[m] === undefined && roles[m] !== null;
  const wholeBefore: number[] = [];
  const wholeAfter: number[] = [];
  for (let m = 0, last = -1; m < quantities.length; m++) {
    wholeBefore[m] = last;
    if (isWhole(m)) last = m;
  }
  for (let m = quantities.length - 1, next = -1; m >= 0; m--) {
    wholeAfter[m] = next;
    if (isWhole(m)) next = m;
  }
  quantities.forEach((_, n) => {
    if (subsetRole[n] === undefined) return;
    const before = wholeBefore[n] ?? -1;
    const parent = before >= 0 ? before : (wholeAfter[n] ?? -1);
    roles[n] = subsetRole[n] ?? (parent >= 0 ? (roles[parent] ?? null) : findRole(n)) ?? 'killed';
  });
  // "Five people, three staff and two patients, died": the list after the comma breaks the
  // first figure down, so the first figure takes the list's verb.
  quantities.forEach(({ q, head }, n) => {
    if (roles[n] !== null || subsetRole[n] !== undefined || head.noun === null) return;
    if (tokens[head.end]?.text !== ',' || quantities[n + 1]?.q.start !== head.end + 1) return;
    let sum = 0;
    let m = n + 1;
    for (; m < quantities.length; m++) {
      const item = quantities[m];
      if (!item || item.q.max === null || subsetRole[m] !== undefined) break;
      sum += item.q.max;
      if (sum > (q.min ?? 0)) break;
      const gap = tokens.slice(item.head.end, quantities[m + 1]?.q.start ?? item.head.end);
      if (gap.length === 0 || !gap.every((t) => LIST_JOINERS.has(t.lower))) break;
    }
    const role = roles[Math.min(m, quantities.length - 1)] ?? null;
    if (sum !== q.min || q.max !== q.min || role === null) return;
    roles[n] = role;
    for (let k = n + 1; k <= m && k < quantities.length; k++) {
      subsetRole[k] = role;
      roles[k] = role;
    }
  });
  const mentions: CasualtyMention[] = [];
  quantities.forEach(({ q, head }, n) => {
    const role = roles[n];
    if (role === null || role === undefined) return;
    mentions.push({
      quantity: q,
      role,
      group: groupOf(head.noun ?? ''),
      victims: victimsOf(head.noun ?? ''),
      subset: subsetRole[n] !== undefined,
      start: q.start,
      end: head.end,
    });
  });
  return sumLists(tokens, mentions);
};

const exactSum = (items: CasualtyMention[]): Quantity | null => {
  let min = 0;
  let max = 0;
  for (const m of items) {
    const q = m.quantity;
    if (q.vague !== null || q.max === null || q.min === null || q.wording !== 'exact') return null;
    min += q.min;
    max += q.max;
  }
  const first = items[0]?.quantity;
  const last = items[items.length - 1]?.quantity;
  if (!first || !last) return null;
  return { ...first, min, max, magnitude: max, end: last.end };
};

/**
 * "killing a woman and her two children", "two men and a child were killed": a list of victims
 * joined by "and" is one figure, their sum, with the children and women in it as its parts.
 * A list right after a figure that adds up to it ("five people, three staff and two patients,
 * died") only breaks that figure down.
 */
const MAX_LIST = 40;

const sumLists = (tokens: Token[], mentions: CasualtyMention[]): CasualtyMention[] => {
  const out: CasualtyMention[] = [];
  for (let i = 0; i < mentions.length; ) {
    const first = mentions[i];
    if (!first) break;
    let j = i + 1;
    // A list of victims is short: the cap keeps a sentence of thousands of figures linear.
    while (j < mentions.length && j - i < MAX_LIST) {
      const prev = mentions[j - 1];
      const next = mentions[j];
      if (!prev || !next || next.subset !== first.subset || next.role !== first.role) break;
      let joined = next.start > prev.end;
      let sawAnd = false;
      for (let k = prev.end; k < next.start && joined; k++) {
        const w = tokens[k]?.lower ?? '';
        if (!LIST_JOINERS.has(w)) joined = false;
        if (w === 'and') sawAnd = true;
      }
      // A list of people, not "five people in Saraqeb and three in Binnish".
      if (!joined || !sawAnd || tokens[next.end - 1]?.type !== 'word') break;
      j++;
    }
    const items = mentions.slice(i, j);
    const sum = items.length > 1 && !first.subset ? exactSum(items) : null;
    const nouns = new Set(items.map((m) => tokens[m.end - 1]?.lower ?? ''));
    if (!sum || nouns.size < 2 || items.some((m) => m.end <= m.quantity.end)) {
      out.push(first);
      i++;
      continue;
    }
    const partOf = (group: CasualtyGroup) => {
      const members = items.filter((m) => m.group === group);
      return members.length > 0 ? exactSum(members) : null;
    };
    const whole = out[out.length - 1];
    const between = whole ? tokens.slice(whole.end, first.start).map((t) => t.lower) : [];
    const breaksDown =
      whole &&
      !whole.subset &&
      whole.group === 'all' &&
      whole.quantity.min === sum.min &&
      between.length > 0 &&
      between.every((w) => [',', '-', '—', '–', '('].includes(w));
    if (breaksDown && whole) {
      whole.parts = { children: partOf('children'), women: partOf('women') };
    } else {
      const victims = new Set(items.map((m) => m.victims));
      out.push({
        quantity: sum,
        role: first.role,
        group: 'all',
        victims: victims.size === 1 ? first.victims : 'civilians',
        subset: false,
        start: first.start,
        end: items[items.length - 1]?.end ?? first.end,
        parts: { children: partOf('children'), women: partOf('women') },
      });
    }
    i = j;
  }
  return out;
};
