import { groupOf, victimsOf } from './casualtyWords';
import { countsPeople, type Figure, headOf, personFigure } from './figureHeads';
import { type FigureScan, listBreakdown, mainRoles, markParts, partRoles } from './figureRoles';
import { type Quantity, readQuantity } from './readQuantity';
import { sumLists } from './sumLists';
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
  const quantities = readFigures(tokens, masked);
  const scan: FigureScan = {
    tokens,
    quantities,
    subsetRole: quantities.map(() => undefined),
    roles: quantities.map(() => null),
    mainStarts: new Set(),
  };
  markParts(scan);
  for (const [n, { q }] of quantities.entries())
    if (scan.subsetRole[n] === undefined) scan.mainStarts.add(q.start);
  mainRoles(scan);
  partRoles(scan);
  listBreakdown(scan);
  return sumLists(tokens, toMentions(scan));
};

/** The counts in a sentence, each with the noun it counts (dates in `masked` are not counts). */
const readFigures = (tokens: Token[], masked: ReadonlySet<number>): Figure[] => {
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (masked.has(i)) {
      i++;
      continue;
    }
    const person = personFigure(tokens, i);
    if (person) {
      figures.push(person);
      i = person.head.end;
      continue;
    }
    const q = readQuantity(tokens, i);
    if (!q || [...Array(q.end - q.start).keys()].some((d) => masked.has(q.start + d))) {
      i++;
      continue;
    }
    const head = headOf(tokens, q);
    if (head && countsPeople(tokens, q, head)) figures.push({ q, head });
    i = q.end;
  }
  return figures;
};

const toMentions = (scan: FigureScan): CasualtyMention[] => {
  const { quantities, subsetRole, roles } = scan;
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
  return mentions;
};
