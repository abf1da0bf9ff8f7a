import { decodeTextReport } from './decode.js';
import { gridOf, RowBudget } from '../limits.js';
import type { Grid } from '../types.js';

/**
 * Reads a text export (tab-separated tables inside prose, as copied out of Excel, Word or a PDF)
 * as one grid: every line is a row, tabs separate cells. Structure is found later. Rows are cut
 * to the reader limits (`MAX_COLUMNS`, `MAX_CELL_CHARS`), and the grid's warnings say where.
 */
export function readText(bytes: Uint8Array, file: string): Grid {
  const { text, warnings } = decodeTextReport(bytes, file);
  const budget = new RowBudget();
  const rows = text.split('\n').map((line, i) => ({ line: i + 1, cells: budget.cut(line.split('\t'), i + 1) }));
  return gridOf(null, rows, [...warnings, ...budget.warnings()]);
}
