/**
 * Customer-style questionnaires for the fill tests, built from the questions of one bundled sample
 * (skyarch.txt, read with the real loader) so that they can be answered from the other four.
 */
import ExcelJS from 'exceljs';
import { answerQuestion } from '../../src/core/answer.js';
import { buildSnapshot, type KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.js';
import type { AskResult } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { KnowledgeItem } from '../../src/knowledge/types.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

/** The four samples kotae answers from; skyarch.txt supplies the questions. */
export const ANSWERING_SAMPLES = ['awesomejob-cloud.txt', 'jinjer.txt', 'qloba-page.txt', 'rescuenow.txt'];

export interface FillFixture {
  readonly snapshot: KnowledgeSnapshot;
  /** skyarch.txt's items that ask something, in file order. */
  readonly questions: readonly KnowledgeItem[];
  /** What the CLI and the fill tests pass as the answer function. */
  readonly answer: (question: string) => AskResult;
  readonly knowledgeDir: string;
  readonly cleanup: () => void;
}

export async function fillFixture(): Promise<FillFixture> {
  const answering = makeKnowledgeFolder({ samples: ANSWERING_SAMPLES });
  const asking = makeKnowledgeFolder({ samples: ['skyarch.txt'] });
  try {
    const [snapshot, loaded] = await Promise.all([buildSnapshot(answering.dir), loadKnowledge(asking.dir)]);
    return {
      snapshot,
      questions: loaded.items.filter((item) => item.question !== ''),
      answer: (q) => answerQuestion(snapshot, q, { top: 3 }),
      knowledgeDir: answering.dir,
      cleanup: answering.cleanup,
    };
  } finally {
    asking.cleanup();
  }
}

/** The question as kotae reads it from a cell: whitespace folded. */
export function asked(item: KnowledgeItem): string {
  return item.question.replace(/\s+/g, ' ').trim();
}

const THIN = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;

export const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;

/**
 * A questionnaire as customers send them: a merged title, a bold filled header on row 3, merged
 * section headings, a merged note below the table, set column widths and row heights, frozen panes, a status column whose first
 * two answers the customer already wrote (はい/いいえ), an English sheet with a Yes/No column,
 * an instructions sheet and a hidden sheet that also holds questions.
 *
 * @returns The workbook bytes and, per skyarch item, the row its question is on.
 */
export async function customerWorkbook(
  questions: readonly KnowledgeItem[],
): Promise<{ bytes: Uint8Array; rowOf: Map<KnowledgeItem, number> }> {
  const workbook = new ExcelJS.Workbook();
  const guide = workbook.addWorksheet('記入方法');
  guide.getCell('A1').value = '記入方法';
  guide.getCell('A1').font = { bold: true, size: 14 };
  guide.getCell('A2').value = '各設問に「はい」または「いいえ」で回答し、備考欄に補足を記入してください。';
  guide.getColumn(1).width = 80;

  const sheet = workbook.addWorksheet('チェックシート', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.getCell('A1').value = '委託先セキュリティチェックシート';
  sheet.getCell('A1').font = { bold: true, size: 16, color: { argb: 'FF1F4E79' } };
  sheet.mergeCells('A1:E1');
  sheet.getRow(1).height = 28;
  sheet.getRow(3).values = ['No', '分類', '確認内容', '対応状況(はい/いいえ)', '備考'];
  sheet.getRow(3).eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FF000000' } };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
  [8, 24, 70, 16, 30].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const rowOf = new Map<KnowledgeItem, number>();
  let row = 4;
  let section = '';
  for (const item of questions) {
    if (item.section[0] !== section) {
      section = item.section[0]!;
      sheet.getCell(`A${row}`).value = section;
      sheet.getCell(`A${row}`).font = { bold: true };
      sheet.mergeCells(`A${row}:E${row}`);
      row++;
    }
    sheet.getRow(row).values = [item.itemNumber, item.section.at(-1)!, item.question];
    sheet.getCell(`C${row}`).alignment = { wrapText: true, vertical: 'top' };
    // Ruled further right than it is filled, as templates often are: F–I share A's style.
    for (const column of ['A', 'B', 'F', 'G', 'H', 'I']) sheet.getCell(`${column}${row}`).border = THIN;
    rowOf.set(item, row);
    row++;
  }
  // A note under the table after a blank row, merged far wider than the table: it must not push
  // kotae's columns away.
  sheet.getCell(`A${row + 1}`).value = '※ ご不明点は担当営業までお問い合わせください。';
  sheet.mergeCells(`A${row + 1}:L${row + 1}`);
  // The customer has begun: the first two rows already carry their own answers.
  sheet.getCell(`D${rowOf.get(questions[0]!)!}`).value = 'はい';
  sheet.getCell(`D${rowOf.get(questions[1]!)!}`).value = 'いいえ';

  const english = workbook.addWorksheet('English');
  // The comment header spans two columns: kotae's columns start after the merge, at F.
  english.getRow(1).values = ['No.', 'Question', 'Yes/No', 'Comment'];
  english.getRow(1).font = { italic: true };
  english.mergeCells('D1:E1');
  const englishQuestions = [
    'Is customer data encrypted at rest?',
    'Do you perform regular backups?',
    'Is there a password policy for staff accounts?',
    'Which lunch menu does the canteen serve on Fridays?',
  ];
  englishQuestions.forEach((q, i) => {
    english.getRow(i + 2).values = [i + 1, q];
  });

  const hidden = workbook.addWorksheet('旧版', { state: 'hidden' });
  hidden.getRow(1).values = ['No', '質問', '回答'];
  hidden.getRow(2).values = [1, 'データは暗号化されていますか？'];
  hidden.getRow(3).values = [2, 'バックアップを取得していますか？'];
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), rowOf };
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}
