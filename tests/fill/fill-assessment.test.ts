/**
 * A 13-sheet vendor-assessment workbook laid out like the public ones customers send (SIG Lite
 * style), filled from an English checksheet in a real knowledge folder: only the vendor sheet is
 * filled, in its own answer cells, and every other part of the package comes back byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { buildSnapshot } from '../../src/core/knowledge-snapshot.js';
import { fillQuestionnaire, KOTAE_HEADERS, TO_CHECK, type FillResult } from '../../src/fill/index.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';
import {
  ALREADY_ANSWERED,
  ASSESSMENT_QUESTIONS,
  assessmentKnowledge,
  assessmentWorkbook,
  VENDOR_SHEET,
  type AssessmentLayout,
} from './assessment-workbook.js';
import { buildWorkbook, cellValues, changedCells, changedParts, partText } from './workbook-parts.js';

const knowledge = makeKnowledgeFolder({ samples: [], files: { 'assessment-answers.tsv': assessmentKnowledge() } });
let answer: (question: string) => ReturnType<typeof answerQuestion>;

beforeAll(async () => {
  const snapshot = await buildSnapshot(knowledge.dir);
  answer = (q) => answerQuestion(snapshot, q, { top: 3 });
});
afterAll(() => knowledge.cleanup());

/** Which sheets are filled and why, for both editions. */
const EXPECTED_KINDS = {
  Introduction: 'instructions',
  Instructions: 'instructions',
  'Terms and Definitions': 'instructions',
  [VENDOR_SHEET]: 'questionnaire',
  'Analyst Report': 'reviewer',
  Reference: 'copy',
  Summary: 'no-questions',
  'Standards Crosswalk': 'crosswalk',
  'Value Lists': 'value-list',
  'Version History': 'change-log',
  'Question Bank': 'hidden',
  Scoring: 'hidden',
  Dashboard: 'no-questions',
};

describe.each([
  ['light edition (question text in the cells)', false],
  ['full edition (VLOOKUP question cells into a hidden sheet, list on another sheet in the 2010 extension)', true],
])('a SIG-Lite-like assessment, %s', (_name, full) => {
  let layout: AssessmentLayout;
  let original: Uint8Array;
  let filled: FillResult;

  beforeAll(async () => {
    layout = assessmentWorkbook({ full });
    original = buildWorkbook(layout.spec);
    filled = await fillQuestionnaire(original, 'SIG Lite 2024.xlsx', answer);
  });

  it('classifies all 13 sheets and fills only the vendor response sheet, saying why for each', () => {
    expect(Object.fromEntries(filled.summary.sheets.map((s) => [s.sheet, s.kind]))).toEqual(EXPECTED_KINDS);
    const notes = Object.fromEntries(filled.summary.sheets.map((s) => [s.sheet, s.note.ja]));
    expect(notes.Instructions).toBe('記入要領のシート：回答欄がないため対象外');
    expect(notes['Version History']).toBe('変更履歴のシート：対象外');
    expect(notes['Value Lists']).toBe('選択肢の一覧（入力規則の参照先）：対象外');
    expect(notes.Reference).toBe(`「${VENDOR_SHEET}」シートの設問を参照するシート：対象外`);
    expect(notes[VENDOR_SHEET]).toBe(
      '設問 12 行：回答欄（C列「Vendor Answers」・D列「Additional Information」）に記入し、出典・信頼度・候補は kotae の列（F〜I）に記入しました',
    );
    expect(filled.summary.sheets.find((s) => s.sheet === 'Standards Crosswalk')!.note.en).toBe(
      'standards crosswalk: no answer cells, not filled',
    );
    expect(new Set(filled.rows.map((r) => r.sheet))).toEqual(new Set([VENDOR_SHEET]));
  });

  it('answers every question row, not the section header rows repeated in the table nor the note under it', () => {
    expect(filled.rows.map((r) => r.line)).toEqual(ASSESSMENT_QUESTIONS.map((q) => layout.rowOf.get(q.id)));
    expect(filled.rows.map((r) => r.question)).toEqual(ASSESSMENT_QUESTIONS.map((q) => q.question));
    for (const row of layout.sectionRows) expect(filled.rows.some((r) => r.line === row)).toBe(false);
  });

  it('writes Yes/No from the drop-down list and the answer into Additional Information, for confident rows only', async () => {
    const changed = changedCells(await cellValues(original, VENDOR_SHEET), await cellValues(filled.bytes, VENDOR_SHEET));
    const customerCells = new Map([...changed].filter(([address]) => /^[A-E]\d+$/.test(address)));
    const expected = new Map<string, unknown>();
    for (const q of ASSESSMENT_QUESTIONS) {
      const row = layout.rowOf.get(q.id)!;
      if (!q.known || q.id === ALREADY_ANSWERED.id) continue;
      expected.set(`C${row}`, q.known.status);
      expected.set(`D${row}`, q.known.answer);
    }
    expect(customerCells).toEqual(expected);
    const unknown = filled.rows.find((r) => r.question.includes('penguin'))!;
    expect(unknown.toCheck).toBe(true);
    expect(unknown.cells).toEqual([]);
    const encryption = filled.rows.find((r) => r.line === layout.rowOf.get('ENCR-01'))!;
    expect(encryption.cells).toEqual([
      { address: `C${encryption.line}`, role: 'choice', value: 'Yes', header: 'Vendor Answers' },
      {
        address: `D${encryption.line}`,
        role: 'text',
        value: ASSESSMENT_QUESTIONS.find((q) => q.id === 'ENCR-01')!.known!.answer,
        header: 'Additional Information',
      },
    ]);
    expect(filled.summary.cellsWritten).toBe(expected.size);
    expect(filled.summary.languageNote).toBeNull();
  });

  it("keeps the vendor's own answers, the guidance formulas and the question cells as they were", async () => {
    const after = await cellValues(filled.bytes, VENDOR_SHEET);
    const before = await cellValues(original, VENDOR_SHEET);
    const row = layout.rowOf.get(ALREADY_ANSWERED.id)!;
    expect([after.get(`C${row}`), after.get(`D${row}`)]).toEqual([ALREADY_ANSWERED.choice, ALREADY_ANSWERED.text]);
    for (const q of ASSESSMENT_QUESTIONS) {
      const line = layout.rowOf.get(q.id)!;
      for (const column of ['A', 'B', 'E'])
        expect(after.get(`${column}${line}`), `${column}${line}`).toEqual(before.get(`${column}${line}`));
    }
    expect(filled.summary.sheets.find((s) => s.sheet === VENDOR_SHEET)!.kept).toBe(2);
  });

  it("puts citations, confidence and candidates in kotae's columns after the guidance, 要確認 marked there", async () => {
    const after = await cellValues(filled.bytes, VENDOR_SHEET);
    const header = layout.sectionRows[0]!;
    expect(['F', 'G', 'H', 'I'].map((c) => after.get(`${c}${header}`))).toEqual([...KOTAE_HEADERS]);
    const penguin = layout.rowOf.get('VEND-02')!;
    expect(after.get(`F${penguin}`)).toBe(TO_CHECK);
    const docu = layout.rowOf.get('DOCU-01')!;
    expect(String(after.get(`G${docu}`))).toMatch(/^assessment-answers\.tsv › /);
    expect(after.get(`H${docu}`)).toBeGreaterThanOrEqual(0.5);
  });

  it('changes only the vendor sheet and styles.xml: every other part is byte for byte the original', () => {
    expect(changedParts(original, filled.bytes)).toEqual({
      changed: ['xl/styles.xml', 'xl/worksheets/sheet4.xml'],
      added: [],
      removed: [],
    });
  });

  it("leaves the vendor sheet's drop-down list, conditional format, merges, columns and drawing in place", () => {
    const [before, after] = [partText(original, 'xl/worksheets/sheet4.xml'), partText(filled.bytes, 'xl/worksheets/sheet4.xml')];
    const tail = (xml: string) => xml.slice(xml.indexOf('</sheetData>'));
    expect(tail(after)).toBe(tail(before));
    expect(after.match(/<dataValidation\b/g)?.length ?? 0).toBe(before.match(/<dataValidation\b/g)?.length ?? 0);
    expect(after).toContain('<col min="2" max="2" width="70" customWidth="1"/>');
  });
});
