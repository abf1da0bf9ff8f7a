import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { KnowledgeFileError } from '../../../src/knowledge/errors.js';
import {
  checkWorkbookBudget,
  WORKBOOK_LIMITS,
  WorkbookBudgetError,
  type WorkbookLimitName,
} from '../../../src/knowledge/readers/xlsx-budget.js';
import { readXlsx } from '../../../src/knowledge/readers/xlsx.js';
import { cellXml, dimensionBomb, mergeBomb, workbook, zip, zipBomb } from '../../support/hostile-files.js';

async function refusal(bytes: Uint8Array): Promise<WorkbookBudgetError> {
  const error = await checkWorkbookBudget(bytes, 'hostile.xlsx').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookBudgetError);
  return error as WorkbookBudgetError;
}

async function refusedFor(bytes: Uint8Array, limit: WorkbookLimitName): Promise<WorkbookBudgetError> {
  const error = await refusal(bytes);
  expect(error.limit).toBe(limit);
  expect(error.file).toBe('hostile.xlsx');
  // Both languages say what to do.
  expect(error.message).toMatch(/save it again/);
  expect(error.japanese).toMatch(/保存し直してください/);
  return error;
}

const validations = (...ranges: string[]) =>
  `<dataValidations count="${ranges.length}">${ranges.map((sqref) => `<dataValidation type="list" sqref="${sqref}"><formula1>"○,×"</formula1></dataValidation>`).join('')}</dataValidations>`;

describe('checkWorkbookBudget', () => {
  it('passes a checksheet written by exceljs and counts what it holds', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('チェック');
    sheet.addRow(['No.', '質問', '回答']);
    sheet.addRow([1, '暗号化していますか', 'はい']);
    sheet.mergeCells('A4:C4');
    const census = await checkWorkbookBudget(new Uint8Array(await book.xlsx.writeBuffer()), 'ok.xlsx');
    expect(census.cells).toBeGreaterThanOrEqual(6);
    expect(census.mergedCells).toBe(3);
    expect(census.uncompressedBytes).toBeGreaterThan(0);
  });

  it('refuses the 8 KB merge bomb A1:XFD1048576 by its merged area, in English and Japanese', async () => {
    const error = await refusedFor(await mergeBomb(), 'maxMergedCells');
    expect(error.message).toContain('17,179,869,184 cells');
    expect(error.japanese).toContain('結合セル');
  });

  it('refuses a merged range hidden behind a quoted ">" or written with character references', async () => {
    await refusedFor(await workbook({ afterData: '<mergeCells><mergeCell note=">" ref="A1:XFD1048576"/></mergeCells>' }), 'maxMergedCells');
    await refusedFor(await workbook({ afterData: '<mergeCells><mergeCell ref="&#65;1:&#x58;FD1048576"/></mergeCells>' }), 'maxMergedCells');
  });

  it('refuses a tag too long to scan, which could hide a merged range in its padding', async () => {
    // Random padding: spaces would compress so well that the ratio limit caught it first.
    const pad = randomBytes(1536 * 1024).toString('base64');
    const bytes = await workbook({ afterData: `<mergeCells><mergeCell pad="${pad}" ref="A1:XFD1048576"/></mergeCells>` });
    const error = await checkWorkbookBudget(bytes, 'hostile.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeFileError);
    expect((error as Error).message).toMatch(/a tag longer than 1 MB/);
  });

  it('refuses a zip bomb by the sizes its directory declares, before inflating anything', async () => {
    const error = await refusedFor(await zipBomb(256), 'maxUncompressedBytes');
    expect(error.japanese).toContain('展開後のサイズ');
  });

  it('refuses a zip bomb whose directory lies about its sizes, at the inflate cap', async () => {
    const error = await refusal(await zipBomb(256, { lying: true }));
    expect(['maxEntryRatio', 'maxUncompressedBytes']).toContain(error.limit);
    expect(error.message).toMatch(/zip bomb/);
  });

  it('refuses a sheet whose <dimension> claims the whole grid', async () => {
    const error = await refusedFor(await dimensionBomb(10), 'maxGridCells');
    expect(error.message).toContain('A1:XFD1048576');
  });

  it('refuses rows reaching column XFD even when the sheet claims no dimension', async () => {
    await refusedFor(await dimensionBomb(200, { claimed: false }), 'maxGridCells');
  });

  it('refuses more cells than the budget', async () => {
    const perRow = 100;
    const rows = Math.ceil(WORKBOOK_LIMITS.maxCells / perRow) + 1;
    const bytes = await workbook({
      rows: function* () {
        // Values that do not repeat: the zip must not look like a bomb for its ratio.
        for (let r = 1; r <= rows; r++)
          yield Buffer.from(`<row r="${r}">${Array.from({ length: perRow }, () => `<c><v>${Math.random()}</v></c>`).join('')}</row>`);
      },
    });
    await refusedFor(bytes, 'maxCells');
  });

  it('allows two whole columns of drop-down lists but not three', async () => {
    const two = await checkWorkbookBudget(await workbook({ afterData: validations('C2:C1048576', 'D2:D1048576') }), 'ok.xlsx');
    expect(two.validationCells).toBe(2 * 1_048_575);
    await refusedFor(await workbook({ afterData: validations('C2:C1048576', 'D2:D1048576 E2:E1048576') }), 'maxValidationCells');
  });

  it('refuses more zip entries than a workbook has', async () => {
    const entries = Array.from({ length: WORKBOOK_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: 'x' }));
    await refusedFor(await zip(entries), 'maxEntries');
  });

  it('says a file that is not a zip is not a readable workbook', async () => {
    const error = await checkWorkbookBudget(new Uint8Array(Buffer.from('PK\u0003\u0004 but nothing else')), 'broken.xlsx').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KnowledgeFileError);
    expect((error as Error).message).toMatch(/not a readable \.xlsx workbook/);
  });
});

describe('readXlsx with hostile workbooks', () => {
  it('refuses the merge bomb instead of expanding it', async () => {
    await expect(readXlsx(await mergeBomb(), 'bomb.xlsx')).rejects.toBeInstanceOf(WorkbookBudgetError);
  });

  it('reads a checksheet whose drop-down lists cover whole columns, skipping the lists', async () => {
    const bytes = await workbook({ afterData: validations('C2:C1048576', 'D2:D1048576', 'E2:E1048576') });
    const [grid] = await readXlsx(bytes, 'dropdowns.xlsx');
    expect(grid?.rows.map((row) => row.cells)).toEqual([
      ['No.', '質問', '回答'],
      ['1', 'カワウソの飼育方針はありますか', 'はい、カワウソの飼育方針を定めています。'],
    ]);
  });

  it('cuts a row wider than the column limit and says so', async () => {
    const cells = Array.from({ length: 300 }, (_, i) => cellXml(`${columnLetters(i + 1)}1`, `c${i + 1}`)).join('');
    const [grid] = await readXlsx(await workbook({ rows: `<row r="1">${cells}</row>` }), 'wide.xlsx');
    expect(grid?.rows[0]?.cells).toHaveLength(256);
    expect(grid?.warnings).toEqual([expect.stringMatching(/^sheet "Sheet1": row 1 has more than 256 cells/)]);
  });
});

function columnLetters(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
