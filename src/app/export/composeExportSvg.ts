import { theme } from '../theme';
import type { ExportMeta } from './exportMeta';

export interface LegendItem {
  label: string;
  color: string;
  shape: 'line' | 'band' | 'dashed' | 'circle';
}

export interface ExportImage {
  svg: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 24;

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** Greedy word wrap by an estimated character width (the export has no layout engine). */
export const wrapText = (text: string, maxChars: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
};

const text = (
  x: number,
  y: number,
  content: string,
  size: number,
  attrs = '',
  fill: string = theme.text,
) =>
  `<text x="${x}" y="${y}" font-family="${escapeXml(theme.fontFamily)}" font-size="${size}" fill="${fill}" ${attrs}>${escapeXml(content)}</text>`;

const swatch = (item: LegendItem, x: number, y: number): string => {
  switch (item.shape) {
    case 'band':
      return `<rect x="${x}" y="${y - 9}" width="18" height="10" fill="${item.color}"/>`;
    case 'circle':
      return `<circle cx="${x + 9}" cy="${y - 4}" r="5" fill="#ffffff" stroke="${item.color}" stroke-width="2"/>`;
    case 'dashed':
      return `<line x1="${x}" y1="${y - 4}" x2="${x + 18}" y2="${y - 4}" stroke="${item.color}" stroke-width="2" stroke-dasharray="2 3"/>`;
    default:
      return `<line x1="${x}" y1="${y - 4}" x2="${x + 18}" y2="${y - 4}" stroke="${item.color}" stroke-width="3"/>`;
  }
};

/** Said in every image that counts records not in the dataset. */
export const unpublishedLine = (count: number): string =>
  `Includes ${count} unpublished record${count === 1 ? '' : 's'} from the Add report workspace of the browser that made this image: not in the published dataset.`;

/**
 * A publishable image: title, subtitle (filters and what the band means), the chart, its
 * legend (Recharts draws legends as HTML, so it is redrawn here), keys, the source line, the
 * number of records, the as-of and export dates. Self-contained: no external reference.
 */
export const composeExportSvg = (
  chart: SVGSVGElement,
  meta: ExportMeta,
  legend: readonly LegendItem[],
  keys: readonly string[],
): ExportImage => {
  const chartWidth = Number(chart.getAttribute('width')) || 1200;
  const chartHeight = Number(chart.getAttribute('height')) || 600;
  const width = chartWidth + 2 * PAD;
  const charsPerLine = Math.floor((width - 2 * PAD) / 7);
  const parts: string[] = [];
  let y = PAD + 22;
  for (const line of wrapText(meta.title, Math.floor((width - 2 * PAD) / 12))) {
    parts.push(text(PAD, y, line, 22, 'font-weight="700"'));
    y += 28;
  }
  for (const line of wrapText(meta.subtitle, charsPerLine)) {
    parts.push(text(PAD, y, line, 13, '', theme.axis));
    y += 18;
  }
  y += 4;
  for (const figure of meta.headline) {
    for (const line of wrapText(figure, Math.floor((width - 2 * PAD) / 8))) {
      parts.push(text(PAD, y, line, 14, 'font-weight="600" class="headline-line"'));
      y += 19;
    }
  }
  y += 6;
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(y));
  chart.setAttribute('xmlns', SVG_NS);
  chart.removeAttribute('tabindex');
  chart.removeAttribute('role');
  const chartMarkup = new XMLSerializer().serializeToString(chart);
  y += chartHeight + 18;
  let x = PAD;
  for (const item of legend) {
    const itemWidth = 30 + item.label.length * 7;
    if (x + itemWidth > width - PAD) {
      x = PAD;
      y += 20;
    }
    parts.push(swatch(item, x, y), text(x + 24, y, item.label, 13, 'class="legend-item"'));
    x += itemWidth;
  }
  y += 24;
  for (const key of keys) {
    for (const line of wrapText(key, charsPerLine)) {
      parts.push(text(PAD, y, line, 12));
      y += 16;
    }
  }
  y += 8;
  // Wrapped, never cut: a credit the licence requires must be whole.
  for (const line of wrapText(meta.sourceLine, Math.floor((width - 2 * PAD) / 8))) {
    parts.push(text(PAD, y, line, 13, 'font-weight="700" class="source-line"'));
    y += 18;
  }
  if (meta.citation)
    for (const line of wrapText(`Cite: ${meta.citation}`, charsPerLine)) {
      parts.push(text(PAD, y, line, 11, 'class="citation"', theme.axis));
      y += 15;
    }
  if (meta.unpublished > 0)
    for (const line of wrapText(unpublishedLine(meta.unpublished), charsPerLine)) {
      parts.push(text(PAD, y, line, 12, 'font-weight="700" class="unpublished-line"', '#8a5a00'));
      y += 16;
    }
  const footer = `${meta.records} records from ${meta.reports} reports · data as of ${meta.asOf ?? 'unknown'} · exported ${meta.exportedAt} · ${meta.url}`;
  for (const line of wrapText(footer, charsPerLine)) {
    parts.push(text(PAD, y, line, 11, '', theme.axis));
    y += 15;
  }
  const height = y + PAD - 8;
  const svg = [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    chartMarkup,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
};
