import { type RefObject, useEffect } from 'react';

/**
 * The chart as one named tab stop. Recharts draws its z-index layers into React portals, and
 * Chromium makes an SVG `<g>` that React listens on focusable: eight unnamed stops in the Tab
 * order. They are taken out of it (tabindex -1); the chart's surface keeps its own stop, where
 * the arrow keys move between dates (Recharts' accessibility layer), and gets a name.
 */
export const useOneTabStop = (area: RefObject<HTMLElement | null>, label: string) => {
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const apply = () => {
      const surfaces = element.querySelectorAll('svg.recharts-surface');
      for (const g of element.querySelectorAll('svg g:not([tabindex])'))
        g.setAttribute('tabindex', '-1');
      surfaces.forEach((svg, i) => {
        if (svg.getAttribute('aria-label') !== label) svg.setAttribute('aria-label', label);
        // A chart with a legend drawn as its own svg keeps only the first surface as a stop.
        if (i > 0) svg.setAttribute('tabindex', '-1');
      });
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [area, label]);
};
