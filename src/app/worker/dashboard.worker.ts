// zod is configured jitless where the schemas load (engineWork.ts), before any is built.
import { createDashboardEngine } from './dashboardEngine';
import type { WorkerRequest, WorkerResponse } from './protocol';

/**
 * One dataset per worker: it is loaded (or imported) and parsed here, kept here, and every
 * query is answered here, so the page never parses, filters or sums.
 */
const scope = self as unknown as {
  postMessage: (message: WorkerResponse) => void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
const engine = createDashboardEngine((message) => scope.postMessage(message));
scope.onmessage = (event) => {
  void engine.handle(event.data);
};
