import { useState } from 'react';
import type { ExtractedRecord } from '../../ingest/extract/extractedRecord';
import type { Place } from '../../model/place';
import { ExtractionCancelled, extractInWorker } from './extractInWorker';
import { toCandidates } from './toCandidates';
import type { Candidate, Draft } from './workspaceSchema';

export interface Reading {
  cancel: () => void;
  done: number;
  total: number;
}

/**
 * Proposes records from the draft's text in a worker (loaded on demand): the page stays
 * responsive, shows how far the reading is and can stop it. `onCandidates` receives the
 * proposals; `status` says what happened.
 */
export const useProposeRecords = (
  places: readonly Place[],
  onCandidates: (candidates: Candidate[]) => void,
) => {
  const [status, setStatus] = useState('');
  const [reading, setReading] = useState<Reading | null>(null);
  const propose = async (draft: Draft) => {
    if (!draft.published) {
      setStatus('Give the publication date first: relative dates ("on Sunday") are read from it.');
      return;
    }
    setStatus('Reading the report…');
    const job = extractInWorker(
      {
        text: draft.text,
        published: draft.published,
        publisher: draft.publisher || undefined,
        url: draft.url || undefined,
        gazetteer: [...places],
      },
      (done, total) => setReading((r) => (r ? { ...r, done, total } : r)),
    );
    setReading({ cancel: job.cancel, done: 0, total: 0 });
    let records: ExtractedRecord[];
    try {
      records = await job.records;
    } catch (e) {
      setStatus(
        e instanceof ExtractionCancelled
          ? e.message
          : `The report could not be read: ${(e as Error).message}`,
      );
      return;
    } finally {
      setReading(null);
    }
    onCandidates(toCandidates(records, `c${Date.now().toString(36)}`));
    setStatus(
      records.length === 0
        ? 'No casualty figures found in this text.'
        : `${records.length} records proposed.`,
    );
  };
  return { propose, reading, status };
};
