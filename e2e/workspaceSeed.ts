import type { Page } from '@playwright/test';
import { incident } from '../test/helpers/testRecords';

/** An Add-report record as the workspace stores it (the record schema's fields). */
export const workspaceRecord = (
  id: string,
  overrides: { killedMin: number; killedMax: number; placeId: string; day: string },
) =>
  incident({
    id,
    reportIds: ['R-w'],
    dateStart: overrides.day,
    dateEnd: overrides.day,
    placeId: overrides.placeId,
    killedMin: overrides.killedMin,
    killedMax: overrides.killedMax,
  });

/**
 * Puts records into this browser's Add report workspace (IndexedDB "tolltrack"), as accepting
 * them on Add report would; the page must have opened the app once (it creates the store).
 */
export const seedWorkspace = async (page: Page, incidents: unknown[]) => {
  const stored = {
    version: 1,
    savedAt: 1,
    reports: [
      {
        id: 'R-w',
        publisher: 'Test',
        attributedTo: ['White Helmets'],
        url: 'https://example.org/w',
        published: '2024-12-02',
        title: null,
        language: 'en',
      },
    ],
    incidents,
    draft: { text: '', publisher: '', published: '', url: '', attributedTo: '', candidates: [] },
  };
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tolltrack');
        open.onsuccess = () => {
          const tx = open.result.transaction('workspace', 'readwrite');
          tx.objectStore('workspace').put(value, 'workspace');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    stored,
  );
};
