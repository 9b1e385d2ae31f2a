import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { inlineSvgStyles } from './inlineSvgStyles';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Renders a chart at a fixed size outside the visible page and returns a standalone copy of
 * its SVG: the export never depends on the window's size, and no tooltip or hover state of the
 * on-screen chart can leak into it.
 */
export const renderChartSvg = async (
  chart: ReactElement,
  width: number,
): Promise<SVGSVGElement> => {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.position = 'fixed';
  container.style.left = '-100000px';
  container.style.top = '0';
  container.style.width = `${width}px`;
  document.body.append(container);
  const root = createRoot(container);
  try {
    flushSync(() => root.render(chart));
    // Recharts measures and lays out over a couple of frames.
    for (let i = 0; i < 3; i++) await nextFrame();
    const svg = container.querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) throw new Error('the chart did not render an SVG');
    const copy = svg.cloneNode(true) as SVGSVGElement;
    inlineSvgStyles(svg, copy);
    return copy;
  } finally {
    root.unmount();
    container.remove();
  }
};
