/**
 * CSV and TSV questionnaires. The file is changed only by appending kotae's cells to the header
 * and question records and by writing confident answers into the customer's empty answer cells:
 * every other byte of text, the quoting style and the line endings stay as the customer's tool
 * wrote them.
 */
import { KnowledgeFileError } from '../knowledge/errors.js';
import type { Grid } from '../knowledge/types.js';
import { decodeText, detectTextEncoding } from '../knowledge/readers/decode.js';
import { detectDelimiter, quoteDelimitedCell, readDelimited } from '../knowledge/readers/delimited.js';
import { KOTAE_HEADERS } from './draft.js';
import { FillError } from './errors.js';
import { classifySheets, TEXT_CONTEXT } from './classify.js';
import { NO_FACTS } from './plan.js';
import type { Questionnaire, SheetFill, WrittenQuestionnaire } from './questionnaire.js';
import { decodeExact, encodable, encodeText, type TextEncoding } from './text-encoding.js';
import { columnLetters } from './xlsx/xml.js';

type Delimiter = ',' | '\t';
/** The delimiters the writer below knows how to append cells with. */
const WRITABLE_DELIMITERS: readonly Delimiter[] = [',', '\t'];

/** Where one record sits in the text, with its fields, so that cells can be added in place. */
interface RecordSpan {
  /** 1-based line where the record starts, counted as `readDelimited` counts it. */
  readonly line: number;
  /** Offset just past the record's last character (before its line break). */
  readonly end: number;
  readonly fields: ReadonlyArray<readonly [start: number, end: number]>;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Reads a .csv (comma or tab separated, detected) or .tsv questionnaire in UTF-8 (with or without
 * BOM), UTF-16 with BOM, or Shift_JIS/CP932.
 *
 * @throws {@link FillError} `unreadable` for binary files, unknown encodings and broken quoting.
 */
export function readDelimitedQuestionnaire(bytes: Uint8Array, fileName: string, format: 'csv' | 'tsv'): Questionnaire {
  let delimiter: Delimiter;
  let encoding: TextEncoding;
  let grid: Grid;
  try {
    encoding = detectTextEncoding(bytes, fileName);
    delimiter = format === 'tsv' ? '\t' : detectDelimiter(decodeText(bytes, fileName), WRITABLE_DELIMITERS);
    grid = readDelimited(bytes, fileName, delimiter);
  } catch (error) {
    if (error instanceof KnowledgeFileError) throw new FillError('unreadable', fileName, error.message);
    throw error;
  }
  return {
    sheets: classifySheets([{ grid, facts: NO_FACTS, hidden: false, chart: false }], TEXT_CONTEXT),
    write: async (fills) => writeDelimited(bytes, encoding, delimiter, fills),
  };
}

function writeDelimited(
  bytes: Uint8Array,
  encoding: TextEncoding,
  delimiter: Delimiter,
  fills: readonly SheetFill[],
): WrittenQuestionnaire {
  const text = decodeExact(bytes, encoding);
  const records = scanRecords(text, delimiter);
  const byLine = new Map(records.map((record) => [record.line, record]));
  const cell = (value: string) => quoteDelimitedCell(encodable(value, encoding), delimiter);
  const edits: Edit[] = [];
  const kotaeColumns = new Map<string | null, string>();
  const append = (record: RecordSpan, tail: ReadonlyArray<string>) => {
    edits.push({ start: record.end, end: record.end, text: tail.map((value) => delimiter + cell(value)).join('') });
  };
  for (const { plan, rows } of fills) {
    const header = plan.labelLine === null ? undefined : byLine.get(plan.labelLine);
    // After the widest of the records kotae writes to, counting the empty cells Excel writes out.
    const written = [header, ...rows.map((fill) => byLine.get(fill.row.line))];
    const width = Math.max(plan.width, ...written.map((record) => record?.fields.length ?? 0));
    kotaeColumns.set(plan.sheet, `${columnLetters(width + 1)}:${columnLetters(width + KOTAE_HEADERS.length)}`);
    if (header) append(header, [...padding(header, width), ...KOTAE_HEADERS]);
    for (const fill of rows) {
      const record = byLine.get(fill.row.line);
      if (!record) continue;
      const tail = [
        ...padding(record, width),
        fill.draft.answer,
        fill.draft.citation,
        fill.draft.confidence.toFixed(2),
        fill.draft.candidates,
      ];
      // The customer's cells in place; past the record's last field they are padding kotae adds anyway.
      for (const [value, answerCell] of [
        [fill.choice, fill.row.choice],
        [fill.text, fill.row.text],
      ] as const) {
        if (value === null || !answerCell) continue;
        const field = record.fields[answerCell.column];
        if (field) edits.push({ start: field[0], end: field[1], text: cell(value) });
        else tail[answerCell.column - record.fields.length] = value;
      }
      append(record, tail);
    }
  }
  return { bytes: encodeText(applyEdits(text, edits), encoding), kotaeColumns };
}

/** Edits never overlap; at one offset they apply in the order given (a status cell before the tail). */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function padding(record: RecordSpan, width: number): string[] {
  return Array.from({ length: width - record.fields.length }, () => '');
}

/**
 * Splits text into records with the quote rules `readDelimited` gives csv-parse (a quote opens a
 * quoted cell only at the start of a cell, spaces before it allowed) and its line numbering (CRLF,
 * LF and a lone CR each end one line). Written here rather than with csv-parse because editing in
 * place needs each field's offsets in the original text, which csv-parse does not report.
 */
function scanRecords(text: string, delimiter: Delimiter): RecordSpan[] {
  const records: RecordSpan[] = [];
  let fields: Array<readonly [number, number]> = [];
  let fieldStart = 0;
  let recordLine = 1;
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const breakLength = ch === '\r' && text.charAt(i + 1) === '\n' ? 2 : ch === '\r' || ch === '\n' ? 1 : 0;
    if (quoted) {
      if (ch === '"') {
        if (text.charAt(i + 1) === '"') i++;
        else quoted = false;
      } else if (breakLength) {
        line++;
        i += breakLength - 1;
      }
    } else if (ch === '"' && text.slice(fieldStart, i).trim() === '') {
      quoted = true;
    } else if (ch === delimiter) {
      fields.push([fieldStart, i]);
      fieldStart = i + 1;
    } else if (breakLength) {
      fields.push([fieldStart, i]);
      records.push({ line: recordLine, end: i, fields });
      i += breakLength - 1;
      line++;
      recordLine = line;
      fields = [];
      fieldStart = i + 1;
    }
  }
  if (fieldStart < text.length || fields.length > 0) {
    fields.push([fieldStart, text.length]);
    records.push({ line: recordLine, end: text.length, fields });
  }
  return records;
}
