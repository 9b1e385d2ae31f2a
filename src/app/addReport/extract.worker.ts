import { extractRecords } from '../../ingest/extract/extractRecords';
import type { ExtractRequest, ExtractResponse } from './extractProtocol';

/**
 * Reads a report off the page's thread: the page stays responsive on long texts, shows how far
 * the reading is, and can stop it (by ending this worker).
 */
const scope = self as unknown as {
  postMessage: (message: ExtractResponse) => void;
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const { id, text, published, publisher, url, gazetteer } = event.data;
  try {
    const records = extractRecords(text, {
      published,
      publisher,
      url,
      gazetteer,
      onProgress: (done, total) => scope.postMessage({ type: 'progress', id, done, total }),
    });
    scope.postMessage({ type: 'done', id, records });
  } catch (e) {
    scope.postMessage({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
  }
};
