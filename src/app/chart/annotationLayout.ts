import type { Annotation } from '../../model/annotation';
import { toDayNumber } from '../../model/dayNumber';
import { estimateTextWidth, labelRows } from './labelRows';

export interface AnnotationLabel {
  annotation: Annotation;
  /** A short key ("A") when the full labels do not fit; the legend then lists them. */
  key: string | null;
  text: string;
  row: number;
  /** Pixels to shift the text left of its line so it stays inside the plot. */
  shift: number;
}

export interface AnnotationLayout {
  labels: AnnotationLabel[];
  rows: number;
  keyed: boolean;
}

const KEYS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MAX_ROWS = 3;

/**
 * Where each timeline label goes: full text in up to three rows above the plot when it fits,
 * otherwise letters, so that no two labels ever overlap at any width.
 */
export const layoutAnnotations = (
  annotations: readonly Annotation[],
  fromDay: number,
  toDay: number,
  plotWidth: number,
): AnnotationLayout => {
  const xPx = (a: Annotation) => {
    const day = Math.min(Math.max(toDayNumber(a.dateStart), fromDay), toDay);
    return toDay === fromDay ? plotWidth / 2 : ((day - fromDay) / (toDay - fromDay)) * plotWidth;
  };
  const attempt = (
    textOf: (a: Annotation, i: number) => string,
    keyed: boolean,
  ): AnnotationLayout | null => {
    const texts = new Map(annotations.map((a, i) => [a, textOf(a, i)]));
    const widthOf = (a: Annotation) => estimateTextWidth(texts.get(a) ?? '') + 6;
    // A label near the right edge starts further left, so it is never cut off.
    const startOf = (a: Annotation) => Math.max(0, Math.min(xPx(a), plotWidth - widthOf(a)));
    const placed = labelRows(annotations, startOf, widthOf, MAX_ROWS);
    if (!placed) return null;
    return {
      labels: placed.map((p) => ({
        annotation: p.item,
        key: keyed ? (texts.get(p.item) ?? null) : null,
        text: texts.get(p.item) ?? '',
        row: p.row,
        shift: xPx(p.item) - p.x,
      })),
      rows: placed.reduce((m, p) => Math.max(m, p.row + 1), 0),
      keyed,
    };
  };
  return (
    attempt((a) => a.label, false) ??
    attempt((_a, i) => KEYS[i % KEYS.length] ?? '?', true) ?? { labels: [], rows: 0, keyed: true }
  );
};
