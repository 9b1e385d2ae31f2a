import type { ExtractedRecord } from '../../ingest/extract/extractedRecord';
import { extractedToIncident } from '../../ingest/extract/extractedToIncident';
import type { Candidate } from './workspaceSchema';

/** Extractor output as records under review, each with a stable key and its evidence. */
export const toCandidates = (records: readonly ExtractedRecord[], keyPrefix: string): Candidate[] =>
  records.map((record, i) => ({
    key: `${keyPrefix}-${i + 1}`,
    status: 'pending',
    record: extractedToIncident(record, `${keyPrefix}-${i + 1}`, 'draft'),
    evidence: record.evidence.map((e) => ({ ...e, supports: [...e.supports] })),
    vague: Object.fromEntries(
      Object.entries(record.vague).filter((e): e is [string, string] => e[1] !== undefined),
    ),
    confidence: record.confidence,
  }));
