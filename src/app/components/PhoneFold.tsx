import type { ReactNode } from 'react';
import { usePhone } from '../hooks/usePhone';

/**
 * On a phone, long explanations fold under a summary that says what they hold, so the figures
 * and the records come within a few screens; on wider screens they are shown as they are.
 */
export const PhoneFold = ({ label, children }: { label: string; children: ReactNode }) =>
  usePhone() ? (
    <details className="phone-fold">
      <summary>{label}</summary>
      {children}
    </details>
  ) : (
    children
  );
