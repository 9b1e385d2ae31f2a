import type { Candidate } from './workspaceSchema';

interface Props {
  text: string;
  candidates: readonly Candidate[];
  activeKey: string | null;
}

interface Segment {
  start: number;
  end: number;
  keys: string[];
}

/** Cuts the text at every evidence boundary; each piece knows which candidates it supports. */
export const evidenceSegments = (text: string, candidates: readonly Candidate[]): Segment[] => {
  const cuts = new Set<number>([0, text.length]);
  for (const c of candidates) {
    for (const e of c.evidence) {
      cuts.add(Math.max(0, Math.min(text.length, e.start)));
      cuts.add(Math.max(0, Math.min(text.length, e.end)));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const keys = candidates
      .filter(
        (c) => c.status !== 'rejected' && c.evidence.some((e) => e.start <= start && e.end >= end),
      )
      .map((c) => c.key);
    segments.push({ start, end, keys });
  }
  return segments;
};

/** The report as plain text (never HTML), with the words behind each proposed figure marked. */
export const HighlightedText = ({ text, candidates, activeKey }: Props) => (
  <div className="report-text" data-testid="report-text">
    {evidenceSegments(text, candidates).map((segment) =>
      segment.keys.length === 0 ? (
        <span key={segment.start}>{text.slice(segment.start, segment.end)}</span>
      ) : (
        <mark
          key={segment.start}
          className={
            activeKey !== null && segment.keys.includes(activeKey)
              ? 'evidence evidence-active'
              : 'evidence'
          }
          data-candidates={segment.keys.join(' ')}
        >
          {text.slice(segment.start, segment.end)}
        </mark>
      ),
    )}
  </div>
);
