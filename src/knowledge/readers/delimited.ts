/**
 * Reads CSV and TSV checksheets into a grid. Parsing follows RFC 4180 but forgives what Excel and
 * hand-edited files produce: quotes inside unquoted cells, a space before an opening quote.
 */
import { decodeTextReport } from './decode.js';
import { KnowledgeFileError } from '../errors.js';
import { gridOf, RowBudget } from '../limits.js';
import type { Grid, GridRow } from '../types.js';

export type Delimiter = ',' | '\t' | ';';

/**
 * One cell as CSV/TSV writers write it (a filled questionnaire, the curated-answers file): quoted
 * like Excel, only when needed. Excel runs a cell starting with `=`, `+`, `-` or `@` as a formula
 * (an answer written as a `- ` bullet would open as an error), so such text gets a leading space,
 * which {@link readDelimited} trims away again.
 */
export function quoteDelimitedCell(value: string, delimiter: ',' | '\t'): string {
  let text = value.replace(/\r\n?/g, '\n');
  if (/^[=+\-@]/.test(text) && !/^[+-]?\d+(?:\.\d+)?$/.test(text)) text = ` ${text}`;
  const needsQuotes = text.includes(delimiter) || /["\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** In order of preference when the sample cannot tell them apart. */
const CANDIDATES: readonly Delimiter[] = [',', '\t', ';'];

/** Enough records to see past a title line or two at the top of a checksheet. */
const SAMPLE_RECORDS = 10;

/**
 * Reads a delimited text file as one grid (`sheet` null).
 *
 * Each row's `line` is the 1-based physical line where its record starts, so a cell holding line
 * breaks does not shift the rows after it. Cells are trimmed (inner line breaks stay as `\n`),
 * trailing empty cells are dropped and records with no text at all are skipped. Rows are cut to
 * the reader limits (`MAX_COLUMNS`, `MAX_CELL_CHARS`), and the grid's warnings say where.
 *
 * @param bytes - The whole file, in any encoding {@link decodeText} accepts.
 * @param file - Name used in errors.
 * @param delimiter - Known delimiter (from the extension, say); detected from the first records
 *   (comma, tab or semicolon) when omitted.
 * @throws {@link KnowledgeFileError} for undecodable bytes or a quote that never closes.
 */
export function readDelimited(bytes: Uint8Array, file: string, delimiter?: ',' | '\t'): Grid {
  const { text, warnings } = decodeTextReport(bytes, file);
  const budget = new RowBudget();
  const rows = parseRecords(text, delimiter ?? detectDelimiter(text, CANDIDATES), file, budget);
  return gridOf(null, rows, [...warnings, ...budget.warnings()]);
}

function parseRecords(text: string, delimiter: Delimiter, file: string, budget: RowBudget): GridRow[] {
  const rows: GridRow[] = [];
  let cells: string[] = [];
  let field = '';
  // Kept as a flag: trimming a long field at every quote inside it would be quadratic.
  let blank = true;
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;

  const endField = (): void => {
    cells.push(field.trim());
    field = '';
    blank = true;
  };
  const endRecord = (): void => {
    endField();
    const kept = dropTrailingEmpty(cells);
    if (kept.length > 0) rows.push({ line: recordLine, cells: budget.cut(kept, recordLine) });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch !== '"') {
        if (ch === '\n') line++;
        field += ch;
      } else if (text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
      }
    } else if (ch === '"' && blank) {
      // Only a quote at the start of a cell opens a quoted cell; elsewhere it is just a character.
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\n') {
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      if (blank && ch.trim() !== '') blank = false;
    }
  }
  if (quoted) {
    throw new KnowledgeFileError(
      file,
      `unterminated quote: the quoted cell starting on line ${quoteLine} never closes. ` +
        'Add the missing closing " or write a quote inside a cell as "".',
    );
  }
  endRecord();
  return rows;
}

function dropTrailingEmpty(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/**
 * Picks the candidate found in the most sample records, then the most often; quoted text is
 * ignored because answers often contain commas and tabs. Callers that can only write some
 * delimiters (the questionnaire filler) pass those as `candidates`.
 */
export function detectDelimiter<D extends Delimiter>(text: string, candidates: readonly D[]): D {
  const sample = unquotedRecords(text, SAMPLE_RECORDS);
  let best = candidates[0]!;
  let bestRecords = 0;
  let bestTotal = 0;
  for (const candidate of candidates) {
    const counts = sample.map((record) => record.split(candidate).length - 1);
    const records = counts.filter((n) => n > 0).length;
    const total = counts.reduce((a, b) => a + b, 0);
    if (records > bestRecords || (records === bestRecords && total > bestTotal)) {
      best = candidate;
      bestRecords = records;
      bestTotal = total;
    }
  }
  return best;
}

/** The first non-blank records with quoted parts removed. */
function unquotedRecords(text: string, limit: number): string[] {
  const records: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const ch = text.charAt(i);
    if (ch === '"') {
      // An escaped "" toggles twice, which leaves the state right without special handling.
      quoted = !quoted;
    } else if (!quoted && ch === '\n') {
      if (current.trim() !== '') records.push(current);
      current = '';
    } else if (!quoted) {
      current += ch;
    }
  }
  if (current.trim() !== '' && records.length < limit) records.push(current);
  return records;
}
