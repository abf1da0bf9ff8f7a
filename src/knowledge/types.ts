/**
 * Shapes shared by the knowledge loaders: what a file becomes (a grid of cells), and what the
 * structure detector makes of a grid (checksheet items).
 */

/** One row of a table-like source, with the 1-based line (text) or row (spreadsheet) it came from. */
export interface GridRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * A file's content as rows of cells, before any structure is known. A text or CSV file is one grid
 * (`sheet` null); an .xlsx workbook gives one grid per sheet.
 */
export interface Grid {
  readonly sheet: string | null;
  readonly rows: readonly GridRow[];
  /**
   * What the reader had to cut or repair to read the file (a row past the column limit, a broken
   * last character), in words an admin can act on; the caller adds the file name.
   */
  readonly warnings?: readonly string[];
}

/** Status marks are unified to these values; `''` when the row states none. */
export type ItemStatus = '○' | '×' | '△' | '−' | '';

/** One prepared answer from a checksheet, with everything needed to cite it. */
export interface KnowledgeItem {
  /** Stable across reloads while the file keeps its path and the item its place. */
  readonly id: string;
  /** Path relative to the knowledge folder, with `/` separators (`products/hr/jinjer.txt`). */
  readonly file: string;
  /** The file's folder inside the knowledge folder (`products/hr`), `''` at the top level. */
  readonly collection: string;
  readonly sheet: string | null;
  /** 1-based line of a text file or row of a sheet where the item starts. */
  readonly line: number;
  /** The item number exactly as written (`6-30`, `31`), `''` for free text. */
  readonly itemNumber: string;
  /** Section headings and category cells above the item, outermost first. */
  readonly section: readonly string[];
  readonly question: string;
  readonly status: ItemStatus;
  readonly answer: string;
  readonly remarks: string;
  /** Who answers for the item (a `担当部署` / `owner` / `回答者` column), when the file says. */
  readonly owner?: string;
  /**
   * When the item was last checked, from a review-date column (`最終確認日`, `更新日`, `登録日`,
   * `last reviewed`), as an ISO date: `2025-03-15`, or `2025-03` when the cell names only the month.
   * Absent when the file has no such column; the file's modification time stands in for it then.
   */
  readonly reviewed?: string;
}

/** A file (or part of one) that could not be used, and why, in words an admin can act on. */
export interface LoadWarning {
  readonly file: string;
  readonly message: string;
}
