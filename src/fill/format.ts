/** Which questionnaire files kotae fills, told by name, and what the filled copy is called. */
import { FillError } from './errors.js';

export type QuestionnaireFormat = 'xlsx' | 'xlsm' | 'csv' | 'tsv';

const FORMATS: Readonly<Record<string, QuestionnaireFormat>> = {
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsm',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
};

/** The media type of each format, for downloads and uploads of the filled copy. */
export const CONTENT_TYPES: Readonly<Record<QuestionnaireFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  // No charset: a filled CSV keeps the customer's encoding, which may well be Shift_JIS.
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
};

/** Formats people try, with what to do instead. */
const ADVICE: Readonly<Record<string, string>> = {
  '.xls': '.xls (Excel 97-2003) is not supported: open it in Excel and save it as .xlsx.',
  '.xlsb': 'binary workbooks (.xlsb) are not supported: save a copy as .xlsx.',
  '.ods': 'OpenDocument spreadsheets are not supported: save a copy as .xlsx.',
  '.numbers': 'Numbers files are not supported: export the sheet as .xlsx or .csv.',
};

/**
 * The format of a questionnaire from its file name (the last path segment; `/` or `\` separated).
 *
 * @throws {@link FillError} `unsupported` for anything but .xlsx, .xlsm, .csv and .tsv (.tab).
 */
export function questionnaireFormat(fileName: string): QuestionnaireFormat {
  const extension = extensionOf(fileName);
  const format = FORMATS[extension];
  if (format) return format;
  const advice = ADVICE[extension] ?? `not a spreadsheet (${extension || 'no extension'}): kotae fills .xlsx, .xlsm, .csv and .tsv files.`;
  throw new FillError('unsupported', baseName(fileName), advice);
}

/** `customer.xlsx` → `customer.kotae.xlsx`: beside the original, never in place of it. */
export function filledFileName(fileName: string): string {
  const base = baseName(fileName);
  const extension = extensionOf(base);
  return `${base.slice(0, base.length - extension.length)}.kotae${base.slice(base.length - extension.length)}`;
}

/** The last path segment; browsers and Slack send bare names, the CLI a path. */
export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
