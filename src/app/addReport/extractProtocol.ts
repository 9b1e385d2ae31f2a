import type { ExtractedRecord } from '../../ingest/extract/extractedRecord';
import type { IsoDay } from '../../model/isoDay';
import type { Place } from '../../model/place';

/** Messages between the Add report page and its extraction worker (extract.worker.ts). */
export interface ExtractRequest {
  id: number;
  text: string;
  published: IsoDay;
  publisher: string | undefined;
  url: string | undefined;
  gazetteer: Place[];
}

export type ExtractResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; records: ExtractedRecord[] }
  | { type: 'error'; id: number; message: string };
