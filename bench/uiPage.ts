/*
 * What the UI bench does in the page: heap after GC, CPU profiles, one change (a click or a
 * typed date) timed until the watched parts are painted, the map's changes, a file imported.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { say } from './say';
/**
 * The main thread's heap after a GC, and the worker's, through CDP: the worker is reached by
 * auto-attaching to the page's targets (non-flattened sessions, messages wrapped).
 */
export const heapUsage = async (
  cdp: CDPSession,
): Promise<{ pageMb: number; workerMb: number | null }> => {
  await cdp.send('HeapProfiler.collectGarbage');
  const page = await cdp.send('Runtime.getHeapUsage');
  let workerMb: number | null = null;
  try {
    const sessions: string[] = [];
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') sessions.push(e.sessionId);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    await new Promise((r) => setTimeout(r, 500));
    let total = 0;
    for (const sessionId of sessions) {
      const answer = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no answer from the worker')), 10_000);
        const onMessage = (e: { sessionId?: string; message: string }) => {
          if (e.sessionId !== sessionId) return;
          const message = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
          if (message.id === 2 && message.result) {
            clearTimeout(timer);
            cdp.off('Target.receivedMessageFromTarget', onMessage);
            resolve(message.result.usedSize);
          }
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
      });
      for (const [id, method] of [
        [1, 'HeapProfiler.collectGarbage'],
        [2, 'Runtime.getHeapUsage'],
      ] as const) {
        await cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method }),
        });
      }
      total += await answer;
    }
    if (sessions.length > 0) workerMb = total / 1024 / 1024;
  } catch (error) {
    say(`  (worker heap not measured: ${(error as Error).message})`);
  }
  return { pageMb: page.usedSize / 1024 / 1024, workerMb };
};

/** Starts the CPU profile and the trace; the function returned writes them to `dir`. */
export const startProfile = async (cdp: CDPSession) => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const chunks: unknown[] = [];
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  return async (dir: string) => {
    const { profile } = await cdp.send('Profiler.stop');
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'map.cpuprofile'), JSON.stringify(profile));
    writeFileSync(path.join(dir, 'map.trace.json'), JSON.stringify({ traceEvents: chunks }));
    say(`  profile and trace of the map's changes written to ${dir}`);
  };
};

export const GOVERNORATE_BOXES = '.region-list > li > label > input[type=checkbox]';
export const EVENT_TYPE_BOXES = 'input[type=checkbox][name=type]';
export const MAP_AREAS = '[data-testid=map] path.map-area';
export const MAP_FIGURE = '[data-testid=map] figure';

/** A click on element `index` of `selector`, or a value typed into the input `selector`. */
export type Change = { selector: string; index: number } | { selector: string; value: string };

/**
 * Makes `change` and resolves with, for each of `watched`, the time until it was busy (its
 * aria-busy true) and no longer is, and the next frame is painted: side by side, in one change.
 */
export const timeChange = (
  page: Page,
  change: Change,
  watched: readonly string[],
): Promise<number[]> =>
  page.evaluate(
    ([what, watchSelectors]) =>
      new Promise<number[]>((resolve, reject) => {
        const box = document.querySelectorAll<Element>(what.selector)[
          'index' in what ? what.index : 0
        ];
        const targets = watchSelectors.map((w) => document.querySelector(w));
        if (!box || targets.some((t) => t === null)) {
          reject(new Error(`no ${what.selector} or no ${watchSelectors.join(', ')}`));
          return;
        }
        const t0 = performance.now();
        const times: (number | null)[] = targets.map(() => null);
        const timer = setTimeout(() => reject(new Error('no new figures within 180 s')), 180_000);
        // The figures are new when the element was busy (new figures were asked of the worker)
        // and is not any more: React commits the new figures in that same render.
        targets.forEach((target, k) => {
          let sawBusy = false;
          const observer = new MutationObserver(() => {
            const busy = target?.getAttribute('aria-busy') === 'true';
            if (busy) sawBusy = true;
            else if (sawBusy) {
              observer.disconnect();
              // After the next frame's rendering steps: the frame with the new figures is painted.
              requestAnimationFrame(() =>
                setTimeout(() => {
                  times[k] = performance.now() - t0;
                  if (times.every((t) => t !== null)) {
                    clearTimeout(timer);
                    resolve(times as number[]);
                  }
                }, 0),
              );
            }
          });
          if (target)
            observer.observe(target, { attributes: true, attributeFilter: ['aria-busy'] });
        });
        if ('value' in what) {
          // As typing does: React reads the value through the input's own setter.
          const input = box as HTMLInputElement;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
            input,
            what.value,
          );
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else box.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      }),
    [change, watched] as const,
  );

/** Indexes 0, then 1 and 0, then 2 and 1 …: clicked in turn, every filter state is new. */
export const clickOrder = (count: number): number[] => {
  const clicks: number[] = [];
  for (let g = 0; g < count; g++) {
    clicks.push(g);
    if (g > 0) clicks.push(g - 1);
  }
  return clicks;
};

/** Times each change, letting the page settle between them: one row of times per change. */
export const timeChanges = async (
  page: Page,
  changes: readonly Change[],
  watched: readonly string[],
): Promise<number[][]> => {
  const times: number[][] = [];
  for (const change of changes) {
    times.push(await timeChange(page, change, watched));
    await page.waitForTimeout(200);
  }
  return times;
};

export const clicksOf = (selector: string, count: number): Change[] =>
  clickOrder(count).map((index) => ({ selector, index }));

/**
 * The map (issue 18): opened, then event types toggled (the map's figures recomputed) and
 * governorates clicked on the map (the filter set, the map's outline and the headline redrawn).
 */
export const timeMap = async (page: Page) => {
  // Back to no filter, then the map, through its switch (its chunk and boundaries load now).
  await page.locator('.region-list input[type=checkbox]:checked').evaluateAll((boxes) => {
    for (const b of boxes) (b as HTMLInputElement).click();
  });
  await page.waitForSelector('.dashboard[aria-busy=false]');
  const opened = performance.now();
  await page.locator('.map-switch button').click();
  await page.waitForSelector(`${MAP_FIGURE}[aria-busy=false]`, { timeout: 600_000 });
  const openMs = performance.now() - opened;
  // Dates: a new From day each time (whole governorates: the region × day index answers). The
  // dashboard's own figures are timed in the same change, side by side.
  const both = ['.dashboard', MAP_FIGURE];
  const dates = Array.from({ length: 12 }, (_, m) => ({
    selector: 'input[name=from]',
    value: `2021-${String(m + 1).padStart(2, '0')}-01`,
  }));
  const dateRows = await timeChanges(page, dates, both);
  const types = Math.min(5, await page.locator(EVENT_TYPE_BOXES).count());
  const typeRows = await timeChanges(page, clicksOf(EVENT_TYPE_BOXES, types), both);
  // Each map click sets the filter to one governorate; clicking the next one replaces it.
  const areas = await page.locator(MAP_AREAS).count();
  const clicks = Array.from({ length: areas }, (_, index) => ({ selector: MAP_AREAS, index }));
  const clickRows = await timeChanges(page, clicks, ['.dashboard']);
  const column = (rows: number[][], k: number) => rows.map((r) => r[k] ?? NaN);
  return {
    openMs,
    dateTimes: column(dateRows, 1),
    dateDashboardTimes: column(dateRows, 0),
    filterTimes: column(typeRows, 1),
    filterDashboardTimes: column(typeRows, 0),
    clickTimes: column(clickRows, 0),
  };
};

/**
 * Picks `file` in the header's import input and resolves with the time until the imported
 * dataset's chart is painted (its banner names the file, the dashboard is no longer busy).
 */
export const importInPage = async (page: Page, file: string): Promise<number> => {
  const name = path.basename(file);
  const started = performance.now();
  await page.setInputFiles('[data-testid=import-input]', file);
  await page.waitForFunction(
    (fileName) =>
      (document.querySelector('[data-testid=dataset-banner]')?.textContent ?? '').includes(
        fileName,
      ) &&
      document.querySelector(
        '.dashboard[aria-busy=false] [data-testid=chart] .recharts-surface',
      ) !== null,
    name,
    { timeout: 900_000, polling: 50 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return performance.now() - started;
};
