import type { ExtractedRecord } from '../../ingest/extract/extractedRecord';
import type { ExtractRequest, ExtractResponse } from './extractProtocol';

export interface Extraction {
  /** Resolves with the records, or rejects with `ExtractionCancelled` or the worker's error. */
  records: Promise<ExtractedRecord[]>;
  /** Stops the reading at once (the worker is ended; nothing half-done is kept). */
  cancel: () => void;
}

export class ExtractionCancelled extends Error {
  constructor() {
    super('Reading the report was cancelled.');
    this.name = 'ExtractionCancelled';
  }
}

let nextId = 1;

/**
 * Runs the extractor in a module worker of its own, one per reading: cancelling ends the worker,
 * which stops even a long synchronous reading at once.
 */
export const extractInWorker = (
  request: Omit<ExtractRequest, 'id'>,
  onProgress: (done: number, total: number) => void,
): Extraction => {
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  let settle: { resolve: (r: ExtractedRecord[]) => void; reject: (e: Error) => void } | null = null;
  const records = new Promise<ExtractedRecord[]>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = () => {
    worker.terminate();
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
    const message = event.data;
    if (message.id !== id || !settle) return;
    if (message.type === 'progress') onProgress(message.done, message.total);
    else if (message.type === 'done') {
      settle.resolve(message.records);
      finish();
    } else {
      settle.reject(new Error(message.message));
      finish();
    }
  };
  worker.onerror = (event) => {
    settle?.reject(new Error(event.message || 'The extraction worker failed.'));
    finish();
  };
  worker.postMessage({ ...request, id } satisfies ExtractRequest);
  return {
    records,
    cancel: () => {
      settle?.reject(new ExtractionCancelled());
      finish();
    },
  };
};
