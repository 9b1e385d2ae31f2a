/**
 * One palette for screen and export. Colours are literal values, not CSS variables: a
 * serialised SVG is rasterised outside the page, where var(--x) resolves to black.
 */
export const theme = {
  deaths: '#b3261e',
  deathsBand: '#f2b8b5',
  children: '#1f5fa8',
  childrenBand: '#b9d3f0',
  marker: '#6b3fa0',
  annotation: '#5f6368',
  annotationBand: '#e8eaed',
  grid: '#e0e0e0',
  axis: '#444444',
  text: '#1b1b1b',
  /**
   * Regions in compare: Paul Tol's "discrete rainbow" of 14, a set designed to stay apart for
   * colour-blind readers; each governorate keeps its colour in every view (regionColor).
   */
  compare: [
    '#882E72',
    '#1965B0',
    '#4EB265',
    '#E8601C',
    '#AE76A3',
    '#5289C7',
    '#90C987',
    '#F1932D',
    '#7BAFDE',
    '#CAE0AB',
    '#F6C141',
    '#DC050C',
    '#D1BBD7',
    '#72190E',
  ],
  /** Sources' stated-total lines: Paul Tol's "bright" set (colour-blind safe), then "dark". */
  sources: [
    '#4477AA',
    '#228833',
    '#AA3377',
    '#CCBB44',
    '#66CCEE',
    '#EE6677',
    '#222255',
    '#225555',
    '#666633',
    '#663333',
  ],
  fontFamily: "'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
} as const;
