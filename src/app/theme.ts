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
  compare: ['#b3261e', '#1f5fa8', '#2e7d32', '#e37400', '#6b3fa0', '#00838f', '#8d6e63', '#c2185b'],
  fontFamily: "'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
} as const;
