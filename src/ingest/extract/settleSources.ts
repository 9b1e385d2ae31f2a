import { WEEKDAYS } from './dateWords';
import { KNOWN_SOURCES } from './knownSources';

const CANONICAL = new Set(KNOWN_SOURCES.map((k) => k.canonical));
/** Capitalised words next to "said" that name no one ("on Tuesday said", "the spokesman said"). */
const NOT_SOURCES = new Set([
  ...Object.keys(WEEKDAYS),
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
]);

/**
 * The known source a publisher is ("OCHA (ReliefWeb)" → OCHA, "SNHR"): a statement that names
 * no other source gives its author's figures. Null for news outlets, which relay others.
 */
export const publisherSource = (publisher: string | undefined): string | null => {
  const name = publisher?.replace(/\s*\(.*\)\s*$/, '').trim();
  if (!name) return null;
  const found = KNOWN_SOURCES.find(
    (k) => !k.where && (k.canonical === name || k.names.includes(name)),
  );
  return found?.canonical ?? null;
};

/**
 * Who a record is attributed to, as data/ groups it: a person quoted beside a known source
 * ("Khost provincial governor spokesman Talib Mangal") is that source's voice, not a second
 * source, so once a known source is there, names outside knownSources.ts are dropped.
 */
export const settleSources = (sources: readonly string[], publisher: string | null): string[] => {
  let kept = sources.filter((s) => !NOT_SOURCES.has(s.toLowerCase()));
  if (kept.some((s) => CANONICAL.has(s))) kept = kept.filter((s) => CANONICAL.has(s));
  if (kept.length === 0 && publisher) return [publisher];
  return kept;
};
