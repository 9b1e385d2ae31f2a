import type { RowIssue } from '../model/rowIssue';
import { countChars } from './countChars';
import { headerLineOf } from './incidentRecordReader';
import {
  guessLineEndings,
  type ScannedIncidentRow,
  type ScanResult,
  scanIncidentRows,
} from './scanIncidentRows';
import { sliceOfPieces, type TextPieces } from './textPieces';

/**
 * scanIncidentRows over a text held in pieces (textPieces.ts): each piece after the first is
 * scanned behind the header line, and its rows' lines, offsets and positions are moved to where
 * they lie in the whole text, so callers see what one scan of the whole would give. Issues of
 * the header (line 1) are the first piece's alone.
 */
export const scanIncidentPieces = (
  text: TextPieces,
  file: string,
  onRow: (row: ScannedIncidentRow) => void,
): ScanResult => {
  const [first = ''] = text.pieces;
  const header = headerLineOf(first);
  // The header is joined to a later piece by the line ending papaparse guesses for the whole.
  const head = sliceOfPieces(text, 0, 1024 * 1024);
  const newline = head.includes('\r') ? guessLineEndings(head) : '\n';
  const total: ScanResult = { rowsRead: 0, accepted: 0, issues: [], slowRows: 0 };
  let lineBase = 1;
  text.pieces.forEach((piece, k) => {
    // In a later piece, line 2 of the scanned text is the piece's first line.
    const prefix = k === 0 ? '' : `${header}${newline}`;
    const lineShift = k === 0 ? 0 : lineBase - 2;
    const offsetShift = (text.starts[k] as number) - prefix.length;
    const indexShift = total.accepted;
    const result = scanIncidentRows(`${prefix}${piece}`, file, (row) => {
      row.line += lineShift;
      row.start += offsetShift;
      row.end += offsetShift;
      row.index += indexShift;
      onRow(row);
    });
    const moved = (issue: RowIssue): RowIssue => ({ ...issue, row: issue.row + lineShift });
    for (const issue of result.issues)
      if (k === 0 || issue.row > 1) total.issues.push(k === 0 ? issue : moved(issue));
    total.rowsRead += result.rowsRead;
    total.accepted += result.accepted;
    total.slowRows += result.slowRows;
    lineBase += countChars(piece, '\n');
  });
  return total;
};
