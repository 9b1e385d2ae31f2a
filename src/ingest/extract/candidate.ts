import type { DatePrecision, RecordKind, TotalType, Victims } from '../../model/incident';
import type { IsoDay } from '../../model/isoDay';
import type { Evidence } from './extractedRecord';
import type { GazetteerPlace as Place } from './gazetteer/worldGazetteer';
import type { Quantity } from './readQuantity';

/** A record while it is being assembled: figures still carry their wording. */
export interface Candidate {
  kind: RecordKind;
  killed: Quantity | null;
  children: Quantity | null;
  women: Quantity | null;
  injured: Quantity | null;
  dateStart: IsoDay | null;
  dateEnd: IsoDay | null;
  periodStart: IsoDay | null;
  precision: DatePrecision;
  totalType: TotalType | null;
  /** Whether the date was read from the record's own sentence (not inherited). */
  dateStated: boolean;
  place: Place | null;
  coversIds: string[];
  placeStated: boolean;
  /** A place the text names that the gazetteer does not know (more precise than `place`). */
  placeText: string | null;
  sources: string[];
  eventType: string | null;
  perpetrator: string | null;
  /** 0 said in the record's own body sentence, 1 in a neighbouring one, 2 in a title. */
  perpetratorRank: number;
  victims: Victims;
  evidence: Evidence[];
  sentences: number[];
  /** Only titles, bullets and captions support it so far. */
  headline: boolean;
}
