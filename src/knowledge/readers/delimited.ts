/**
 * Reads CSV and TSV checksheets into a grid. Parsing is csv-parse's RFC 4180 with its relaxed
 * modes for what Excel and hand-edited files produce: quotes inside unquoted cells, a space before
 * an opening quote, rows of different lengths. Which delimiter and which encoding stay our
 * decisions: csv-parse knows neither Shift_JIS nor a way to tell a title line from a record.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { decodeTextReport } from './decode.js';
import { KnowledgeFileError } from '../errors.js';
import { gridOf, RowBudget } from '../limits.js';
import type { Grid } from '../types.js';

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
  const input = Buffer.from(text);
  const records = readRecords(input, delimiter ?? detectDelimiter(text, CANDIDATES), file);
  const budget = new RowBudget();
  const rows = records.map((record) => ({ line: record.line, cells: budget.cut(record.cells, record.line) }));
  return gridOf(null, rows, [...warnings, ...budget.warnings()]);
}

/** A record with text, before the reader limits: where it starts, and its trimmed cells. */
interface ParsedRecord {
  readonly line: number;
  readonly cells: string[];
}

/**
 * csv-parse can either skip spaces after a closing quote (`"はい" ,`, common in hand-edited files)
 * or keep text after one (`"重要"な情報`, a cell that merely starts with a quoted word), not both:
 * with the first, the second stops the parse. A file with such a cell is read the second way, its
 * cells kept as written, quotes included.
 */
function readRecords(input: Buffer, delimiter: Delimiter, file: string): ParsedRecord[] {
  try {
    return parseRecords(input, delimiter, file, true);
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
      return parseRecords(input, delimiter, file, false);
    }
    throw error;
  }
}

function parseRecords(input: Buffer, delimiter: Delimiter, file: string, spaceAfterQuotes: boolean): ParsedRecord[] {
  const records: ParsedRecord[] = [];
  // Every line belongs to a record (empty lines are empty records), so the next record starts on
  // the line after the one where the last record ended.
  let recordLine = 1;
  try {
    parse(input, {
      delimiter,
      // decodeText has already dropped any byte order mark and turned every line ending into \n.
      record_delimiter: '\n',
      ltrim: true,
      rtrim: spaceAfterQuotes,
      relax_quotes: true,
      relax_column_count: true,
      on_record: (cells, info) => {
        const kept = dropTrailingEmpty(cells.map((cell) => cell.trim()));
        if (kept.length > 0) records.push({ line: recordLine, cells: kept });
        recordLine = info.lines + 1;
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new KnowledgeFileError(
        file,
        `unterminated quote: the quoted cell starting on line ${openingLine(input, error)} never closes. ` +
          'Add the missing closing " or write a quote inside a cell as "".',
      );
    }
    throw error;
  }
  return records;
}

/** csv-parse reports where the cell before the open one ended, in bytes; the quote opens on that line. */
function openingLine(input: Buffer, error: CsvError): number {
  const cellStart = typeof error.bytes === 'number' ? error.bytes : input.length;
  let line = 1;
  for (let at = input.indexOf(0x0a); at !== -1 && at < cellStart; at = input.indexOf(0x0a, at + 1)) line++;
  return line;
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
