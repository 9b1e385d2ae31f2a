import { useLayoutEffect, useRef, useState } from 'react';

/** The rendered width of an element, so charts get an explicit size and can lay out labels. */
export const useElementWidth = <T extends HTMLElement>(fallback = 800) => {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  // Measured before the first paint, so a chart is not drawn at the fallback width and then again.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () =>
      setWidth(Math.max(280, Math.floor(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
};
