import type { DatePrecision, RecordKind, TotalType, Victims } from '../../model/incident';
import type { IsoDay } from '../../model/isoDay';

/** Where a figure was read: the sentence (offsets into the report text) and what it supports. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
  /** Which fields this sentence gave a value for. */
  supports: EvidenceField[];
}
export type EvidenceField = 'killed' | 'injured' | 'children' | 'women';

/**
 * A candidate record for a reviewer: the fields of `Incident` that a report can state, plus
 * what a reviewer needs to check them. Unknown is null, never 0.
 */
export interface ExtractedRecord {
  kind: RecordKind;
  dateStart: IsoDay | null;
  dateEnd: IsoDay | null;
  periodStart: IsoDay | null;
  datePrecision: DatePrecision;
  totalType: TotalType | null;
  place: string | null;
  placeId: string | null;
  admin1: string | null;
  admin2: string | null;
  country: string | null;
  /** Governorates a country-wide or multi-place figure spans. */
  coversIds: string[];
  killedMin: number | null;
  killedMax: number | null;
  childrenMin: number | null;
  childrenMax: number | null;
  womenMin: number | null;
  womenMax: number | null;
  injuredMin: number | null;
  injuredMax: number | null;
  /** Vague words kept instead of numbers ("dozens"): the field stays null, the word is here. */
  vague: Partial<Record<EvidenceField, string>>;
  /** The figure was worded approximately ("about", "nearly") and coded as a lower bound. */
  approximate: boolean;
  attributedTo: string[];
  eventType: string | null;
  perpetrator: string | null;
  victims: Victims;
  evidence: Evidence[];
  /** 0–1: how much of the record the text stated directly (source, place, date, exact figure). */
  confidence: number;
}
