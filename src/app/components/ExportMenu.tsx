import { useRef, useState } from 'react';

export type ExportKind =
  | 'png'
  | 'svg'
  | 'records-csv'
  | 'records-json'
  | 'series-csv'
  | 'stated-csv'
  | 'bundle';

interface Props {
  onExport: (kind: ExportKind) => Promise<void>;
  onCopyLink: () => Promise<void>;
  /** Why nothing can be exported yet (the records are still loading), or null. */
  unavailable: string | null;
  /** What this card exports (default: the chart's image and data files). */
  items?: ReadonlyArray<{ kind: ExportKind; label: string }>;
}

const ITEMS: Array<{ kind: ExportKind; label: string }> = [
  { kind: 'png', label: 'Chart as PNG (2×)' },
  { kind: 'svg', label: 'Chart as SVG' },
  { kind: 'records-csv', label: 'Records as CSV' },
  { kind: 'records-json', label: 'Records as JSON' },
  { kind: 'series-csv', label: 'Plotted series as CSV' },
  { kind: 'stated-csv', label: 'Stated totals as CSV' },
  { kind: 'bundle', label: 'Download data (.zip)' },
];

/** Export and share: every file carries its title, filters, sources and dates. */
export const ExportMenu = ({ onExport, onCopyLink, unavailable, items = ITEMS }: Props) => {
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  // Closing the menu puts focus back on its summary, never on the page's body.
  const closeMenu = () => {
    if (menu.current) menu.current.open = false;
    summary.current?.focus();
  };
  const run = async (label: string, action: () => Promise<void>) => {
    setStatus(`${label}…`);
    try {
      await action();
      setStatus(`${label}: done`);
    } catch (error) {
      setStatus(`${label} failed: ${(error as Error).message}`);
    }
  };
  return (
    <div className="export-menu">
      <details
        ref={menu}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && menu.current?.open) {
            // Handled here: the side panel's Escape must not also close behind the menu.
            e.preventDefault();
            closeMenu();
          }
        }}
      >
        <summary ref={summary}>Export</summary>
        <ul>
          {unavailable && <li className="export-unavailable">{unavailable}</li>}
          {items.map((item) => (
            <li key={item.kind}>
              <button
                type="button"
                disabled={unavailable !== null}
                onClick={() => {
                  closeMenu();
                  void run(item.label, () => onExport(item.kind));
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <button type="button" className="chip" onClick={() => run('Copy link', onCopyLink)}>
        Copy link
      </button>
      <output className="export-status" aria-live="polite">
        {status}
      </output>
    </div>
  );
};
