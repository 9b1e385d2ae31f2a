import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { datasetQuery, type LoadedDataset } from '../data/datasetQuery';

/**
 * A dataset opened from its build-time snapshot shows figures before its CSV has arrived. When
 * the worker has checked the CSV (and has the records, or re-read everything from the CSV), the
 * dataset's base is replaced and every view is asked for again.
 */
export const useRecordsReady = (datasetId: string, loaded: LoadedDataset): Error | null => {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    const ready = loaded.handle.recordsReady;
    if (!ready) return;
    let live = true;
    ready.then(
      (base) => {
        if (!live) return;
        const handle = { ...loaded.handle, base, recordsReady: null };
        queryClient.setQueryData(datasetQuery(datasetId).queryKey, { ...loaded, handle });
        void queryClient.invalidateQueries({ queryKey: ['dataset', datasetId, 'view'] });
      },
      (error: unknown) => {
        // The CSV failed where the snapshot had not: the figures shown cannot be trusted.
        if (live) setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      live = false;
    };
  }, [datasetId, loaded, queryClient]);
  return failure;
};
