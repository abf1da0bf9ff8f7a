import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { citationLine } from '../../src/present/citation.js';
import { fillQuestionnaire, KOTAE_HEADERS, TO_CHECK, type FillResult } from '../../src/fill/index.js';
import { TO_CHECK_RGB } from '../../src/fill/xlsx/styles.js';
import type { KnowledgeItem } from '../../src/knowledge/types.js';
import { asked, customerWorkbook, fillFixture, HEADER_FILL, loadWorkbook, type FillFixture } from './customer-files.js';

let fixture: FillFixture;
let original: Uint8Array;
let rowOf: Map<KnowledgeItem, number>;
let filled: FillResult;
let before: ExcelJS.Workbook;
let after: ExcelJS.Workbook;

beforeAll(async () => {
  fixture = await fillFixture();
  ({ bytes: original, rowOf } = await customerWorkbook(fixture.questions));
  filled = await fillQuestionnaire(original, 'お客様/チェックシート.xlsx', fixture.answer);
  [before, after] = await Promise.all([loadWorkbook(original), loadWorkbook(filled.bytes)]);
});
afterAll(() => fixture.cleanup());

function isSolid(fill: ExcelJS.Fill | undefined): boolean {
  return fill?.type === 'pattern' && fill.pattern === 'solid';
}

const TO_CHECK_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: TO_CHECK_RGB }, bgColor: { indexed: 64 } };

/** Columns F–I: kotae's four columns start after the last used column (E). */
const KOTAE = ['F', 'G', 'H', 'I'] as const;

describe('filling an .xlsx questionnaire', () => {
  it('answers every question row of the visible question sheets and names the copy <name>.kotae.xlsx', () => {
    expect(filled.fileName).toBe('チェックシート.kotae.xlsx');
    const japanese = filled.rows.filter((r) => r.sheet === 'チェックシート');
    expect(japanese.map((r) => r.line)).toEqual(fixture.questions.map((item) => rowOf.get(item)));
    expect(japanese.map((r) => r.question)).toEqual(fixture.questions.map(asked));
    expect(filled.summary.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ['記入方法', 'instructions'],
      ['チェックシート', 'questionnaire'],
      ['English', 'questionnaire'],
      ['旧版', 'hidden'],
    ]);
    expect(filled.summary.sheets.map((s) => s.note.ja)).toEqual([
      '記入要領のシート：回答欄がないため対象外',
      `設問 ${fixture.questions.length} 行：回答欄（D列「対応状況(はい/いいえ)」・E列「備考」）に記入し、出典・信頼度・候補は kotae の列（F〜I）に記入しました`,
      '設問 4 行：回答欄（C列「Yes/No」・D列「Comment」）に記入し、出典・信頼度・候補は kotae の列（F〜I）に記入しました',
      '非表示のシート：対象外',
    ]);
    expect(filled.summary.rows).toBe(fixture.questions.length + 4);
    expect(filled.summary.answered + filled.summary.toCheck).toBe(filled.summary.rows);
    // Most of skyarch's questions have a counterpart in the other four samples.
    expect(filled.summary.answered).toBeGreaterThanOrEqual(Math.round(filled.summary.rows * 0.6));
  });

  it('writes, row by row, the answer, citation, confidence and candidates answerQuestion gives', () => {
    const sheet = after.getWorksheet('チェックシート')!;
    expect(KOTAE.map((c) => sheet.getCell(`${c}3`).value)).toEqual([...KOTAE_HEADERS]);
    for (const item of fixture.questions) {
      const line = rowOf.get(item)!;
      const expected = answerQuestion(fixture.snapshot, asked(item), { top: 3 });
      const [answer, citation, confidence, candidates] = KOTAE.map((c) => sheet.getCell(`${c}${line}`).value);
      const where = `row ${line} (${item.itemNumber})`;
      const [first, second, third] = expected.results;
      expect(confidence, where).toBe(first?.confidence ?? 0);
      if (expected.answered) {
        expect(String(answer).startsWith(first!.answer || first!.remarks), where).toBe(true);
        expect(citation, where).toBe(citationLine(first!));
        for (const next of [second, third]) if (next) expect(String(candidates), where).toContain(next.citation);
      } else {
        expect(answer, where).toBe(TO_CHECK);
        expect(citation ?? '', where).toBe('');
        for (const near of [first, second]) if (near) expect(String(candidates), where).toContain(near.citation);
      }
    }
  });

  it('cites the matching item of another vendor for questions they both answer', () => {
    const sheet = after.getWorksheet('チェックシート')!;
    const citationFor = (itemNumber: string) =>
      sheet.getCell(`G${rowOf.get(fixture.questions.find((q) => q.itemNumber === itemNumber)!)}`).value;
    expect(citationFor('5-5')).toMatch(/^jinjer\.txt › バックアップ › No\.14 ｜ 管理策: /); // backups
    expect(citationFor('6-5')).toMatch(/^jinjer\.txt › アクセス制御 › No\.25( ｜ 管理策: |$)/); // password rules
  });

  it("proposes statuses in the customer's vocabulary and keeps what they already wrote", () => {
    const sheet = after.getWorksheet('チェックシート')!;
    const [firstItem, secondItem] = fixture.questions;
    expect(sheet.getCell(`D${rowOf.get(firstItem!)}`).value).toBe('はい');
    expect(sheet.getCell(`D${rowOf.get(secondItem!)}`).value).toBe('いいえ');
    const proposed = filled.rows.filter((r) => r.sheet === 'チェックシート' && r.status !== null);
    expect(proposed.length).toBeGreaterThan(10);
    for (const row of filled.rows.filter((r) => r.sheet === 'チェックシート')) {
      const cell = sheet.getCell(`D${row.line}`).value;
      if (row.line === rowOf.get(firstItem!) || row.line === rowOf.get(secondItem!)) continue;
      // The samples state ○ (or nothing): ○ reads はい here; unconfident rows get no proposal.
      const expected = !row.toCheck && row.result.results[0]!.status === '○' ? 'はい' : null;
      expect(row.status, `row ${row.line}`).toBe(expected);
      expect(cell ?? null, `row ${row.line}`).toBe(expected);
    }
    const english = after.getWorksheet('English')!;
    const englishRows = filled.rows.filter((r) => r.sheet === 'English');
    expect(englishRows.map((r) => r.toCheck)).toEqual([false, false, false, true]);
    // ○ reads Yes in this sheet's vocabulary; a top answer stating no mark proposes nothing.
    const proposals = englishRows.map((r) => (!r.toCheck && r.result.results[0]!.status === '○' ? 'Yes' : null));
    expect(proposals.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect([2, 3, 4, 5].map((line) => english.getCell(`C${line}`).value ?? null)).toEqual(proposals);
    expect(english.getCell('F1').value).toBe('kotae回答');
  });

  it('marks rows without a confident answer 要確認 and highlights only their kotae cells', () => {
    const sheet = after.getWorksheet('チェックシート')!;
    const toCheck = filled.rows.filter((r) => r.sheet === 'チェックシート' && r.toCheck);
    expect(toCheck.length).toBeGreaterThan(0);
    for (const row of filled.rows.filter((r) => r.sheet === 'チェックシート')) {
      for (const column of KOTAE) {
        const fill = sheet.getCell(`${column}${row.line}`).fill;
        if (row.toCheck) expect(fill, `${column}${row.line}`).toEqual(TO_CHECK_FILL);
        else expect(isSolid(fill), `${column}${row.line}`).toBe(false);
      }
      for (const column of ['A', 'B', 'C']) expect(isSolid(sheet.getCell(`${column}${row.line}`).fill), `${column}${row.line}`).toBe(false);
      expect(sheet.getCell(`F${row.line}`).border, `F${row.line}`).toEqual(sheet.getCell(`A${row.line}`).border);
    }
    const lunch = after.getWorksheet('English')!.getRow(5);
    expect(lunch.getCell(6).value).toBe(TO_CHECK);
    expect(lunch.getCell(6).fill).toEqual(TO_CHECK_FILL);
  });

  it("styles kotae's header labels like the customer's header", () => {
    const sheet = after.getWorksheet('チェックシート')!;
    for (const column of KOTAE) {
      expect(sheet.getCell(`${column}3`).font?.bold).toBe(true);
      expect(sheet.getCell(`${column}3`).fill).toEqual(HEADER_FILL);
    }
    expect(after.getWorksheet('English')!.getCell('F1').font?.italic).toBe(true);
  });

  it('leaves section headings, the title and the note under the table as they were', () => {
    const was = before.getWorksheet('チェックシート')!;
    const sheet = after.getWorksheet('チェックシート')!;
    const questionLines = new Set(filled.rows.filter((r) => r.sheet === 'チェックシート').map((r) => r.line));
    const last = Math.max(...questionLines);
    for (let line = 1; line <= sheet.rowCount; line++) {
      if (line === 3 || questionLines.has(line)) continue;
      for (const column of KOTAE)
        expect(sheet.getCell(`${column}${line}`).value ?? null, `${column}${line}`).toEqual(was.getCell(`${column}${line}`).value ?? null);
    }
    // The note is merged far past the table and ends like a request, yet is neither a question
    // nor a reason to move kotae's columns away from the table.
    const note = last + 2; // after a blank row
    expect(String(sheet.getCell(`A${note}`).value)).toMatch(/^※/);
    expect(sheet.getCell(`L${note}`).value).toBe(sheet.getCell(`A${note}`).value);
    expect(filled.rows.some((r) => r.question.startsWith('※'))).toBe(false);
  });
});

describe('what an .xlsx round trip keeps', () => {
  it("keeps every original cell value, except the customer's empty answer cells kotae filled", () => {
    const written = new Set(filled.rows.flatMap((r) => r.cells.map((c) => `${r.sheet}!${c.address}`)));
    expect(written.size).toBe(filled.summary.cellsWritten);
    // Each sheet's used columns: kotae adds cells to the right of them only.
    const widths = { 記入方法: 1, チェックシート: 5, English: 5, 旧版: 3 };
    for (const [name, width] of Object.entries(widths)) {
      const was = before.getWorksheet(name)!;
      const now = after.getWorksheet(name)!;
      was.eachRow({ includeEmpty: true }, (row, line) => {
        for (let column = 1; column <= width; column++) {
          const cell = row.getCell(column);
          const address = `${name}!${cell.address}`;
          if (written.has(address)) {
            expect(cell.value ?? null, address).toBeNull();
            expect(now.getCell(line, column).value, address).toBe(
              filled.rows.find((r) => r.sheet === name && r.line === line)!.cells.find((c) => c.address === cell.address)!.value,
            );
          } else {
            expect(now.getCell(line, column).value, address).toEqual(cell.value);
          }
        }
      });
    }
  });

  it("writes the answer into 備考 and the English sheet's Comment, for confident rows only", () => {
    const japanese = filled.rows.filter((r) => r.sheet === 'チェックシート');
    const [firstItem, secondItem] = fixture.questions;
    for (const row of japanese) {
      const text = row.cells.find((c) => c.role === 'text');
      // The customer answered はい on the first row and いいえ on the second: an explanation must not contradict them.
      const status = row.result.results[0]?.status;
      const agrees = (row.line !== rowOf.get(firstItem!) || status === '○') && (row.line !== rowOf.get(secondItem!) || status === '×');
      expect(text?.address ?? null, `row ${row.line}`).toBe(row.toCheck || !agrees ? null : `E${row.line}`);
      if (text) expect(text.value).toBe(row.answer);
    }
    expect(japanese.find((r) => r.line === rowOf.get(firstItem!))!.cells.map((c) => c.address)).toEqual(row1Expected());
    const english = filled.rows.filter((r) => r.sheet === 'English');
    // Yes/No only where the item states ○ (Yes); the comment for every confident row.
    const expected = english.map((r) => (r.toCheck ? [] : [...(r.result.results[0]!.status === '○' ? [`C${r.line}`] : []), `D${r.line}`]));
    expect(english.map((r) => r.cells.map((c) => c.address))).toEqual(expected);
    expect(english.map((r) => r.toCheck)).toEqual([false, false, false, true]);
    expect(english.every((r) => r.toCheck || r.japaneseForEnglish)).toBe(true);
    expect(filled.summary.languageNote?.ja).toBe('英語の設問に日本語の回答を記入しました');

    function row1Expected(): string[] {
      const row = japanese.find((r) => r.line === rowOf.get(firstItem!))!;
      // はい is the customer's: kotae adds the explanation only where its item says ○ too.
      return !row.toCheck && row.result.results[0]?.status === '○' ? [`E${row.line}`] : [];
    }
  });

  it('keeps merged ranges, styles, column widths, row heights, frozen panes and the other sheets', () => {
    expect(after.worksheets.map((s) => [s.name, s.state])).toEqual(before.worksheets.map((s) => [s.name, s.state]));
    const was = before.getWorksheet('チェックシート')!;
    const now = after.getWorksheet('チェックシート')!;
    expect([...now.model.merges].sort()).toEqual([...was.model.merges].sort());
    expect(now.model.merges).toContain('A1:E1');
    for (let column = 1; column <= 5; column++) expect(now.getColumn(column).width).toBe(was.getColumn(column).width);
    expect(now.getRow(1).height).toBe(28);
    expect(now.getCell('A1').font).toEqual(was.getCell('A1').font);
    expect(now.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    for (const address of ['A3', 'C3', 'E3', 'A4', 'C5', 'D5'])
      expect(now.getCell(address).style, address).toEqual(was.getCell(address).style);
    const guide = after.getWorksheet('記入方法')!;
    expect(guide.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(guide.getColumn(1).width).toBe(80);
    expect(guide.columnCount).toBe(1);
    // Hidden sheets are not questionnaires the customer expects answered.
    expect(after.getWorksheet('旧版')!.columnCount).toBe(3);
  });

  it('still fills the copy it wrote: a second run appends another set of columns', async () => {
    const again = await fillQuestionnaire(filled.bytes, 'チェックシート.kotae.xlsx', fixture.answer);
    const sheet = (await loadWorkbook(again.bytes)).getWorksheet('チェックシート')!;
    expect(again.summary.rows).toBe(filled.summary.rows);
    expect(sheet.getCell('J3').value).toBe('kotae回答');
    expect(sheet.getCell('F3').value).toBe('kotae回答');
  });
});
