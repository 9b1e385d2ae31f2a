import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint (styles.css uses the same width). */
export const PHONE_QUERY = '(max-width: 480px)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** Whether the page is laid out for a phone (≤ 480 px), following rotation and resizing. */
export const usePhone = (): boolean =>
  useSyncExternalStore(subscribe, () => window.matchMedia(PHONE_QUERY).matches);
