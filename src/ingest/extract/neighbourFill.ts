import type { Candidate } from './candidate';
import type { EventFind } from './findEventType';
import type { SentenceReading } from './readSentence';
import type { Context } from './reportContext';

/* What a record's own sentence leaves out, taken from the sentences around it or the headline. */

/** What a record's own sentence does not say (source, event type, perpetrator), from nearby. */
export const fillFromNeighbours = (
  context: Context,
  candidates: Candidate[],
  docSources: string[],
) => {
  const { readings } = context;
  for (const c of candidates) {
    if (c.sources.length === 0)
      c.sources = nearbySources(readings, c) ?? (docSources.length === 1 ? [...docSources] : []);
    if (!c.eventType)
      c.eventType =
        nearbyEvent(readings, c, (e) => e.eventType !== null, context.titleEvent)?.event
          .eventType ?? null;
    if (!c.perpetrator) {
      const found = nearbyEvent(
        readings,
        c,
        (e) => e.perpetrator !== null,
        context.titlePerpetrator,
      );
      c.perpetrator = found?.event.perpetrator ?? null;
      c.perpetratorRank = found?.fromTitle ? 2 : 1;
    }
  }
};

/** A source named in a figure-less sentence next to the record's own. */
const nearbySources = (readings: SentenceReading[], c: Candidate): string[] | null => {
  for (const offset of [1, -1, 2, -2]) {
    for (const i of c.sentences) {
      const r = readings[i + offset];
      const own = readings[i];
      if (!r || !own || r.sentence.paragraph !== own.sentence.paragraph || r.mentions.length > 0)
        continue;
      if (r.sources.length > 0) return r.sources.map((s) => s.name);
    }
  }
  return null;
};

/** The event wording of a neighbouring sentence in the same paragraph, else of the title. */
const nearbyEvent = (
  readings: SentenceReading[],
  c: Candidate,
  wanted: (e: EventFind) => boolean,
  title: EventFind | null,
) => {
  for (const offset of [-1, 1, -2, 2]) {
    for (const i of c.sentences) {
      const r = readings[i + offset];
      const own = readings[i];
      if (r && own && r.sentence.paragraph === own.sentence.paragraph && wanted(r.event))
        return { event: r.event, fromTitle: false };
    }
  }
  return title ? { event: title, fromTitle: true } : null;
};
