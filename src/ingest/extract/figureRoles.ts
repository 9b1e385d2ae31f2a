import {
  CHILDREN,
  DEATH_NOUNS,
  DIED_AFTER,
  HURT_AFTER,
  KILL_VERBS,
  LIST_JOINERS,
  SINGULAR,
  SUBSET_MARKERS,
  WOMEN,
} from './casualtyWords';
import { type Figure, roleAfter, roleBefore } from './figureHeads';
import type { CasualtyRole } from './findCasualtyMentions';
import type { Token } from './tokenize';

/*
 * The roles of a sentence's figures (killed, injured, or neither), worked out in steps over one
 * shared scan: parts first, then main figures, then parts from their wholes, then breakdowns.
 */
/** One sentence's figures while their roles are worked out. */
export interface FigureScan {
  tokens: Token[];
  quantities: Figure[];
  /** undefined: a main figure; null: a part whose role comes from its whole; else its own. */
  subsetRole: (CasualtyRole | null | undefined)[];
  roles: (CasualtyRole | null)[];
  /** Where main figures start: each stops the others' scans for a casualty word. */
  mainStarts: Set<number>;
}

/**
 * Which figures are parts of another: after "including", "among them", "of whom" (and any
 * figure joined to such a one by "and"), or followed by "among the dead".
 */
const BE = new Set(['was', 'were', 'is', 'are']);

export const markParts = (scan: FigureScan) => {
  const { tokens, quantities, subsetRole } = scan;
  quantities.forEach(({ q, head }, n) => {
    for (let k = q.start - 1; k >= 0 && k >= q.start - 4; k--) {
      const w = tokens[k]?.lower ?? '';
      if (SUBSET_MARKERS.has(w)) {
        subsetRole[n] = null;
        break;
      }
      if (w === 'among') {
        // "a child was among three people killed": the figure after "among" is the whole, and
        // the one before it its part.
        const prev = quantities[n - 1];
        if (
          k === q.start - 1 &&
          prev &&
          BE.has(tokens[k - 1]?.lower ?? '') &&
          prev.head.end === k - 1
        ) {
          subsetRole[n - 1] = null;
          break;
        }
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
};

/** A main figure's role from the nearest casualty word (see findCasualtyMentions). */
const findRole = (scan: FigureScan, n: number): CasualtyRole | null => {
  const { tokens, quantities, subsetRole, mainStarts } = scan;
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

/** Main figures first; a figure listed after another ("… and three in Binnish") shares its verb. */
export const mainRoles = (scan: FigureScan) => {
  const { tokens, quantities, subsetRole, roles } = scan;
  quantities.forEach(({ q, head }, n) => {
    if (subsetRole[n] !== undefined) return;
    roles[n] = findRole(scan, n);
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
};

/**
 * A part takes its whole's role unless it says its own ("among the injured"). Its whole is the
 * nearest main figure with a role before it, else after it; both are found in one pass each way
 * so that long lists stay linear.
 */
export const partRoles = (scan: FigureScan) => {
  const { quantities, subsetRole, roles } = scan;
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
    roles[n] =
      subsetRole[n] ?? (parent >= 0 ? (roles[parent] ?? null) : findRole(scan, n)) ?? 'killed';
  });
};

/**
 * "Five people, three staff and two patients, died": the list after the comma breaks the first
 * figure down, so the first figure takes the list's verb.
 */
export const listBreakdown = (scan: FigureScan) => {
  const { tokens, quantities, subsetRole, roles } = scan;
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
};
