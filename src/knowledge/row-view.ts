/** A grid row as structure detection reads it: cells cleaned, debris emptied, sizes counted. */
import { cleanCell, isDebris, isItemNumber } from './cells.js';
import type { GridRow } from './types.js';

export interface RowView {
  readonly line: number;
  /** Cleaned cells, debris removed (emptied), column positions kept. */
  readonly cells: readonly string[];
  readonly filled: number;
  readonly longest: number;
}

/** Cleans a row's cells; a row whose only cell is one stray character counts as empty. */
export function viewRow(row: GridRow): RowView {
  let firstSeen = false;
  const cells = row.cells.map((raw) => {
    const cell = cleanCell(raw);
    if (!cell) return '';
    const first = !firstSeen;
    firstSeen = true;
    return isDebris(cell, first) ? '' : cell;
  });
  const filled = cells.filter(Boolean).length;
  const longest = cells.reduce((max, cell) => Math.max(max, cell.length), 0);
  return { line: row.line, cells, filled: longest <= 1 && filled === 1 && !isItemNumber(cells.find(Boolean)!) ? 0 : filled, longest };
}
