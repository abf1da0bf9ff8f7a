/**
 * The words a fill is reported in, defined once for every surface (CLI, console, Slack, Teams):
 * what was done with each sheet and why, which cells of a row got which value, and the note for
 * English questions answered in Japanese.
 */
import { oneLine, truncate } from '../present/index.js';
import type { SheetKind } from './classify.js';
import type { Bilingual, FilledRow, SheetSummary } from './types.js';

/** Said once per fill when English questions got Japanese answers. */
export const LANGUAGE_NOTE: Bilingual = {
  ja: '英語の設問に日本語の回答を記入しました',
  en: 'English questions were answered in Japanese',
};

const NOT_FILLED: Readonly<Record<Exclude<SheetKind, 'questionnaire' | 'copy'>, Bilingual>> = {
  hidden: { ja: '非表示のシート：対象外', en: 'hidden sheet: not filled' },
  chart: { ja: 'グラフのシート：対象外', en: 'chart sheet: not filled' },
  empty: { ja: '空のシート：対象外', en: 'empty sheet: not filled' },
  instructions: { ja: '記入要領のシート：回答欄がないため対象外', en: 'instructions: no answer cells, not filled' },
  'change-log': { ja: '変更履歴のシート：対象外', en: 'change log: not filled' },
  'value-list': { ja: '選択肢の一覧（入力規則の参照先）：対象外', en: 'value lists for drop-downs: not filled' },
  crosswalk: { ja: '基準の対応表：回答欄がないため対象外', en: 'standards crosswalk: no answer cells, not filled' },
  reviewer: { ja: '評価者用のシート：対象外', en: "the assessor's sheet: not filled" },
  'no-questions': { ja: '設問と回答欄が見つからないため対象外', en: 'no questions or answer cells found: not filled' },
};

/** The customer's answer columns as a note names them: `C列「Vendor Answers」`. */
export interface AnswerColumnLabel {
  readonly letters: string;
  readonly header: string;
}

/** Why a sheet that is not filled was left alone. */
export function notFilledNote(kind: Exclude<SheetKind, 'questionnaire'>, copyOf: string | null): Bilingual {
  if (kind === 'copy') {
    const of = copyOf ?? '';
    return {
      ja: `「${of}」シートの設問を参照するシート：対象外`,
      en: `refers to the questions of "${of}" (a reviewer's view): not filled`,
    };
  }
  return NOT_FILLED[kind];
}

/** What was done with a questionnaire sheet. */
export function filledNote(rows: number, answerColumns: readonly AnswerColumnLabel[], kotaeColumns: string): Bilingual {
  const beside = kotaeColumns.includes(':');
  const kotaeJa = beside ? `kotae の列（${kotaeColumns.replace(':', '〜')}）` : `「${kotaeColumns}」シート`;
  const kotaeEn = beside ? `kotae's columns (${kotaeColumns})` : `the "${kotaeColumns}" sheet`;
  if (answerColumns.length === 0) {
    return {
      ja: `設問 ${rows} 行：回答欄がないため、${kotaeJa}に回答を記入しました`,
      en: `${rows} questions: no answer cells, so the answers are in ${kotaeEn}`,
    };
  }
  const ja = answerColumns.map((c) => (c.header ? `${c.letters}列「${c.header}」` : `${c.letters}列`)).join('・');
  const en = answerColumns.map((c) => (c.header ? `${c.letters} "${c.header}"` : c.letters)).join(', ');
  return {
    ja: `設問 ${rows} 行：回答欄（${ja}）に記入し、出典・信頼度・候補は${beside ? ' ' : ''}${kotaeJa}に記入しました`,
    en: `${rows} questions: answers written in the sheet's answer cells (${en}); citations, confidence and candidates in ${kotaeEn}`,
  };
}

/** Characters of an answer shown beside its cell address. */
const CELL_VALUE_CHARS = 40;

/** `C12 ← Yes, D12 ← We encrypt…`: which of the customer's cells a row filled, and with what. */
export function describeCells(row: Pick<FilledRow, 'cells'>): string {
  return row.cells.map((cell) => `${cell.address} ← ${truncate(oneLine(cell.value), CELL_VALUE_CHARS)}`).join(', ');
}

/** `シート名: 記入要領のシート：回答欄がないため対象外` for each sheet; the sheet name left out of .csv/.tsv. */
export function sheetLines(sheets: readonly SheetSummary[], language: keyof Bilingual = 'ja'): string[] {
  return sheets.map((sheet) => (sheet.sheet === null ? sheet.note[language] : `${sheet.sheet}: ${sheet.note[language]}`));
}
