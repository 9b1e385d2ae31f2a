/** Presentation properties a standalone SVG needs once it leaves the page's stylesheets. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'visibility',
] as const;

/**
 * Copies the computed presentation styles of `source` (attached to the document) onto the
 * same elements of `target` (its clone). CSS variables and stylesheet rules resolve only
 * inside the page: left unresolved, a rasteriser paints them black.
 */
export const inlineSvgStyles = (source: Element, target: Element): void => {
  const sources = [source, ...source.querySelectorAll('*')];
  const targets = [target, ...target.querySelectorAll('*')];
  sources.forEach((element, i) => {
    const copy = targets[i];
    if (!copy) return;
    const style = getComputedStyle(element);
    for (const property of PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value && !value.includes('var(')) copy.setAttribute(property, value);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('style');
  });
};
