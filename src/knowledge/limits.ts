/**
 * Text budgets: how much of a file the readers keep and how much of a text the search analyses.
 * Every limit is far above what a checksheet holds; beyond it a file is a data dump or an attack,
 * and without a bound one such file could stall every reload. What is cut is said in a warning.
 */

/** Excel's own limit for one cell: a longer cell did not come from a spreadsheet. */
export const MAX_CELL_CHARS = 32_767;

/** Cells read per row; checksheets have tens of columns, Excel 97–2003 stopped at 256. */
export const MAX_COLUMNS = 256;

/**
 * Characters of one text (a question, an answer, a cell) that the search analyses; the rest is
 * kept for display but not searched. The morphological analyser costs ~5 µs a character.
 */
export const MAX_ANALYSED_CHARS = 10_000;

import type { Grid, GridRow } from './types.js';

/** Rows named in one warning before "and N more". */
const ROWS_NAMED = 5;

/**
 * Cuts rows to {@link MAX_COLUMNS} cells of at most {@link MAX_CELL_CHARS} characters, noting
 * which rows were cut, for one warning per kind at the end of a file instead of one per row.
 */
export class RowBudget {
  private readonly wide: number[] = [];
  private readonly long: number[] = [];

  /** The row's cells within the limits; `line` is what the warning names. */
  cut(cells: string[], line: number): string[] {
    let bounded = cells;
    if (bounded.length > MAX_COLUMNS) {
      this.wide.push(line);
      bounded = bounded.slice(0, MAX_COLUMNS);
    }
    if (bounded.some((cell) => cell.length > MAX_CELL_CHARS)) {
      this.long.push(line);
      bounded = bounded.map((cell) => (cell.length > MAX_CELL_CHARS ? cell.slice(0, MAX_CELL_CHARS) : cell));
    }
    return bounded;
  }

  /** What was cut, one message per kind; empty when nothing was. */
  warnings(where = ''): string[] {
    const out: string[] = [];
    if (this.wide.length)
      out.push(
        `${where}${rowsNamed(this.wide)} more than ${MAX_COLUMNS} cells: only the first ${MAX_COLUMNS} are read. Delete the columns that are not part of the checksheet.`,
      );
    if (this.long.length)
      out.push(
        `${where}${rowsNamed(this.long)} a cell longer than ${MAX_CELL_CHARS.toLocaleString('en')} characters (Excel's limit): it is cut there. Check the quoting of that row, or split the text.`,
      );
    return out;
  }
}

/** A grid, with `warnings` only when there are some. */
export function gridOf(sheet: string | null, rows: readonly GridRow[], warnings: readonly string[]): Grid {
  return warnings.length ? { sheet, rows, warnings } : { sheet, rows };
}

/** `row 12 has`, `rows 3, 7, 9 have`, `rows 1, 2, 3, 4, 5 and 40 more have`. */
export function rowsNamed(
  lines: ReadonlyArray<number | string>,
  verb: { one: string; many: string } = { one: 'has', many: 'have' },
): string {
  if (lines.length === 1) return `row ${lines[0]} ${verb.one}`;
  const named = lines.slice(0, ROWS_NAMED).join(', ');
  const more = lines.length > ROWS_NAMED ? ` and ${lines.length - ROWS_NAMED} more` : '';
  return `rows ${named}${more} ${verb.many}`;
}
