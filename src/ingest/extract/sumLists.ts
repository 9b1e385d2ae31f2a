import { LIST_JOINERS } from './casualtyWords';
import type { CasualtyGroup, CasualtyMention } from './findCasualtyMentions';
import type { Quantity } from './readQuantity';
import type { Token } from './tokenize';

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

export const sumLists = (tokens: Token[], mentions: CasualtyMention[]): CasualtyMention[] => {
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
