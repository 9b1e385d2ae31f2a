import type { Candidate } from './candidate';
import type { Evidence, ExtractedRecord } from './extractedRecord';
import type { GazetteerPlace as Place } from './gazetteer/worldGazetteer';
import { ancestorsOf, type PlaceIndex } from './placeIndex';
import type { Quantity } from './readQuantity';
import { settleSources } from './settleSources';

/* A candidate as the record the extractor returns: figures, place names, evidence, confidence. */

export const figure = (q: Quantity | null) => ({
  min: q === null || q.vague !== null ? null : q.min,
  max: q === null || q.vague !== null ? null : q.max,
});

export const finish = (
  index: PlaceIndex,
  text: string,
  c: Candidate,
  country: Place | null,
  publisher: string | null,
): ExtractedRecord => {
  const killed = figure(c.killed);
  let children = figure(c.children);
  let women = figure(c.women);
  const injured = figure(c.injured);
  // A part never exceeds its whole; when the whole is only a vague word, the part is its floor.
  const withinWhole = (part: { min: number | null; max: number | null }) => {
    if (part.min === null) return part;
    const ceiling = killed.max ?? killed.min;
    if (ceiling !== null && part.min > ceiling) return { min: null, max: null };
    if (killed.max !== null && part.max !== null && part.max > killed.max)
      return { min: part.min, max: killed.max };
    return part;
  };
  children = withinWhole(children);
  women = withinWhole(women);
  if (killed.min === null && killed.max === null) {
    const floor = Math.max(children.min ?? -1, women.min ?? -1);
    if (floor >= 0) killed.min = floor;
  }
  const vague: ExtractedRecord['vague'] = {};
  if (c.killed?.vague) vague.killed = c.killed.vague;
  if (c.injured?.vague) vague.injured = c.injured.vague;
  if (c.children?.vague) vague.children = c.children.vague;
  if (c.women?.vague) vague.women = c.women.vague;
  const place = c.place;
  const chain = place ? ancestorsOf(index, place) : [];
  const countryPlace = chain.find((p) => p.level === 0) ?? country;
  const shortName = (p: Place) =>
    [p.name, ...p.altNames].sort((a, b) => a.length - b.length)[0] ?? p.name;
  const evidence: Evidence[] = [...c.evidence]
    .sort((a, b) => a.start - b.start)
    .map((e) => ({ ...e, text: text.slice(e.start, e.end) }));
  const exactFigure = c.killed !== null && c.killed.vague === null && !c.killed.approximate;
  const confidence =
    0.4 +
    (c.sources.length > 0 ? 0.2 : 0) +
    (c.placeStated ? 0.15 : 0) +
    (c.dateStated ? 0.15 : 0) +
    (exactFigure ? 0.1 : 0);
  return {
    kind: c.kind,
    dateStart: c.dateStart,
    dateEnd: c.dateEnd,
    periodStart: c.kind === 'cumulative' ? c.periodStart : null,
    datePrecision: c.precision,
    totalType: c.kind === 'cumulative' ? (c.totalType ?? 'running') : null,
    // A figure placed only in a country names no place (the country has its own column).
    place: c.placeText ?? (place && place.level > 0 ? place.name : null),
    placeId: c.placeText ? null : (place?.id ?? null),
    // A territory-wide area ("Gaza Strip", id "PS:…") is not a division.
    admin1: chain.find((p) => p.level === 1 && !/^[A-Z]{2}:/.test(p.id))?.name ?? null,
    admin2: chain.find((p) => p.level === 2)?.name ?? null,
    country: countryPlace ? shortName(countryPlace) : null,
    coversIds: c.coversIds,
    killedMin: killed.min,
    killedMax: killed.max,
    childrenMin: children.min,
    childrenMax: children.max,
    womenMin: women.min,
    womenMax: women.max,
    injuredMin: injured.min,
    injuredMax: injured.max,
    vague,
    approximate: c.killed?.approximate === true && c.killed.vague === null,
    attributedTo: settleSources(c.sources, publisher),
    eventType: c.eventType,
    perpetrator: c.perpetrator,
    victims: c.victims,
    evidence,
    confidence: Math.round(confidence * 100) / 100,
  };
};
