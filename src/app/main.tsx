import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { datasetQuery } from './data/datasetQuery';
import { viewFromSearch } from './url/viewState';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// React Query tells components in a microtask rather than a later task (setTimeout): an answer
// from the worker is drawn one task sooner.
notifyManager.setScheduler(queueMicrotask);
const queryClient = new QueryClient();
// The dataset's worker starts while React boots: a large folder's first answer is a few
// kilobytes the build made (model/dataset.ts FIRST_VIEW_FILE), so it is ready by the first render.
void queryClient.prefetchQuery(datasetQuery(viewFromSearch(window.location.search).dataset));

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
