/**
 * Workbooks written part by part, each with one thing customers' files have (Japanese answer
 * headers, inline drop-down lists, macros, a protected form, formulas and merged cells in answer
 * columns, a huge merged range), filled from a Japanese checksheet in a real knowledge folder:
 * which cells change, and that every other part of the package keeps its bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { buildSnapshot } from '../../src/core/knowledge-snapshot.js';
import type { AskResult, RankedAnswer } from '../../src/core/types.js';
import { draftOf } from '../../src/fill/draft.js';
import { fillQuestionnaire, KOTAE_HEADERS, TO_CHECK } from '../../src/fill/index.js';
import { patchWorksheet } from '../../src/fill/xlsx/patch.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';
import {
  buildWorkbook,
  cellValues,
  changedCells,
  changedParts,
  partsOf,
  partText,
  STYLE,
  VBA_BYTES,
  type CellSpec,
  type SheetSpec,
} from './workbook-parts.js';

/** Prepared answers: the customer's questions below are asked exactly as these are written. */
const ITEMS = [
  { q: 'データを暗号化して保存していますか', status: '○', answer: '保存データはAES-256で暗号化しています。' },
  { q: 'バックアップを毎日取得していますか', status: '○', answer: '毎日夜間にバックアップを取得し、30日間保管しています。' },
  { q: '多要素認証を導入していますか', status: '×', answer: '現在はパスワード認証のみです。2025年度に導入予定です。' },
  { q: 'ログを一年以上保管していますか', status: '○', answer: '操作ログを13か月保管しています。' },
] as const;
const UNKNOWN = '社員食堂の金曜日のメニューは何ですか';

const knowledge = makeKnowledgeFolder({
  samples: [],
  files: {
    'prepared.tsv': `${['No\t質問\t回答(○/×)\t回答内容', ...ITEMS.map((item, i) => `${i + 1}\t${item.q}\t${item.status}\t${item.answer}`)].join('\n')}\n`,
  },
});
let answer: (question: string) => AskResult;
beforeAll(async () => {
  const snapshot = await buildSnapshot(knowledge.dir);
  answer = (q) => answerQuestion(snapshot, q, { top: 3 });
});
afterAll(() => knowledge.cleanup());

const questions = [...ITEMS.map((item) => item.q), UNKNOWN];

/** `No | 質問 | <answer headers>` with one question per row from row 2. */
function questionSheet(
  name: string,
  headers: readonly string[],
  extra: Partial<SheetSpec> = {},
  cells: (i: number) => CellSpec[] = () => [],
): SheetSpec {
  return {
    name,
    rows: [['No', '質問', ...headers], ...questions.map((q, i) => [i + 1, q, ...cells(i)])],
    rowStyles: [[1, STYLE.header]],
    ...extra,
  };
}

describe('Japanese answer columns', () => {
  it('writes ○/× under a header that is just 回答 and the answer under 備考, only for confident rows', async () => {
    const original = buildWorkbook({ sheets: [questionSheet('質問票', ['回答', '備考'])] });
    const filled = await fillQuestionnaire(original, '質問票.xlsx', answer);
    const changed = changedCells(await cellValues(original, '質問票'), await cellValues(filled.bytes, '質問票'));
    const customer = new Map([...changed].filter(([address]) => /^[A-D]\d+$/.test(address)));
    expect(customer).toEqual(
      new Map(
        ITEMS.flatMap((item, i) => [
          [`C${i + 2}`, item.status],
          [`D${i + 2}`, item.answer],
        ]),
      ),
    );
    expect(changed.get('E1')).toBe(KOTAE_HEADERS[0]);
    expect(changed.get(`E${questions.length + 1}`)).toBe(TO_CHECK);
    expect(filled.summary.sheets[0]!.note.ja).toBe(
      '設問 5 行：回答欄（C列「回答」・D列「備考」）に記入し、出典・信頼度・候補は kotae の列（E〜H）に記入しました',
    );
  });

  it("uses a drop-down list's own words (はい/いいえ/該当なし) under 実施状況, and 補足 for the text", async () => {
    const original = buildWorkbook({
      sheets: [questionSheet('回答票', ['実施状況', '補足'], { lists: [{ sqref: 'C2:C40', source: '"はい,いいえ,該当なし"' }] })],
    });
    const filled = await fillQuestionnaire(original, '回答票.xlsx', answer);
    expect(filled.rows.map((r) => r.status)).toEqual(['はい', 'はい', 'いいえ', 'はい', null]);
    expect(filled.rows.map((r) => r.cells.map((c) => `${c.address}=${c.role}`))).toEqual([
      ['C2=choice', 'D2=text'],
      ['C3=choice', 'D3=text'],
      ['C4=choice', 'D4=text'],
      ['C5=choice', 'D5=text'],
      [],
    ]);
  });

  it('writes the answer text into a lone 回答 column when the sheet has no other answer column', async () => {
    const original = buildWorkbook({ sheets: [questionSheet('質問', ['回答'])] });
    const filled = await fillQuestionnaire(original, '質問.xlsx', answer);
    const after = await cellValues(filled.bytes, '質問');
    for (const [i, item] of ITEMS.entries()) expect(after.get(`C${i + 2}`)).toBe(item.answer);
    expect(after.get(`C${questions.length + 1}`)).toBeUndefined();
    expect(after.get('D1')).toBe(KOTAE_HEADERS[0]);
  });

  it('reads an answer column split under one merged 回答欄 label by the labels below it', async () => {
    const original = buildWorkbook({
      sheets: [
        {
          name: '質問票',
          rows: [['No', '質問', '回答欄', ''], ['', '', 'はい/いいえ', '詳細'], ...questions.map((q, i) => [i + 1, q])],
          merges: ['C1:D1'],
        },
      ],
    });
    const filled = await fillQuestionnaire(original, '質問票.xlsx', answer);
    expect(filled.rows.map((r) => r.cells.map((c) => `${c.address}=${c.value}`))).toEqual([
      ...ITEMS.map((item, i) => [`C${i + 3}=${item.status === '○' ? 'はい' : 'いいえ'}`, `D${i + 3}=${item.answer}`]),
      [],
    ]);
  });

  it('keeps to kotae columns where the sheet has no answer cells, as before', async () => {
    const original = buildWorkbook({ sheets: [questionSheet('質問', [])] });
    const filled = await fillQuestionnaire(original, '質問.xlsx', answer);
    expect(filled.summary.cellsWritten).toBe(0);
    expect(filled.summary.sheets[0]!.note.ja).toBe('設問 5 行：回答欄がないため、kotae の列（C〜F）に回答を記入しました');
    expect((await cellValues(filled.bytes, '質問')).get('C2')).toBe(ITEMS[0].answer);
  });
});

describe('a Japanese vendor checksheet workbook', () => {
  it("fills only the checksheet, in 回答 (its list of 対応済/未対応 on the 選択肢 sheet) and 回答内容, not the customer's 委託元記入欄", async () => {
    const original = buildWorkbook({
      sheets: [
        {
          name: '表紙',
          rows: [
            ['委託先セキュリティチェックシート'],
            null,
            ['本チェックシートは、業務委託先の情報セキュリティ対策の実施状況を確認するためのものです。'],
            ['提出期限までに記入のうえ、担当者宛てにご返送ください。'],
          ],
        },
        {
          name: '記入要領',
          rows: [
            ['記入要領'],
            ['1. 「回答」欄はプルダウンから「対応済」「未対応」「対象外」のいずれかを選択してください。'],
            ['2. 「回答内容」欄には具体的な対策内容を記入してください。'],
          ],
        },
        {
          name: 'チェックシート',
          rows: [
            ['委託先セキュリティチェックシート'],
            null,
            ['項番', '分類', '確認項目', '回答', '回答内容', '備考（委託元記入欄）'],
            ['', '1. データ保護'],
            ...questions.map((q, i) => [`1-${i + 1}`, 'データ保護', q]),
          ],
          merges: ['A1:F1', 'B4:F4'],
          lists: [{ sqref: 'D5:D200', source: '回答選択肢' }],
          rowStyles: [[3, STYLE.header]],
        },
        {
          name: '改訂履歴',
          rows: [
            ['版', '改訂日', '改訂内容'],
            ['1.0', '2023/04/01', '初版'],
            ['1.1', '2024/04/01', '設問 1-3 を追加'],
          ],
        },
        { name: '選択肢', rows: [['対応済'], ['未対応'], ['対象外']] },
      ],
      definedNames: [{ name: '回答選択肢', formula: '選択肢!$A$1:$A$3' }],
    });
    const filled = await fillQuestionnaire(original, 'チェックシート.xlsx', answer);
    expect(filled.summary.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ['表紙', 'instructions'],
      ['記入要領', 'instructions'],
      ['チェックシート', 'questionnaire'],
      ['改訂履歴', 'change-log'],
      ['選択肢', 'value-list'],
    ]);
    expect(filled.rows.map((r) => r.cells.map((c) => `${c.address}=${c.value}`))).toEqual([
      ...ITEMS.map((item, i) => [`D${i + 5}=${item.status === '○' ? '対応済' : '未対応'}`, `E${i + 5}=${item.answer}`]),
      [],
    ]);
    expect(changedParts(original, filled.bytes).changed).toEqual(['xl/styles.xml', 'xl/worksheets/sheet3.xml']);
    const after = await cellValues(filled.bytes, 'チェックシート');
    expect(after.get('G3')).toBe(KOTAE_HEADERS[0]);
    // The customer's own column (備考（委託元記入欄）) stays empty on every question row.
    expect([...after.keys()].filter((a) => /^F\d+$/.test(a) && Number(a.slice(1)) >= 5)).toEqual([]);
  });
});

describe('cells kotae never writes', () => {
  it('leaves formula cells, cells under a merged range and cells the customer filled as they were', async () => {
    const original = buildWorkbook({
      sheets: [
        questionSheet('質問票', ['回答', '備考'], { merges: ['C3:D3'] }, (i) =>
          i === 0
            ? [
                { formula: 'IF(1=1,"","")', cached: '' },
                { formula: 'B2&""', cached: '' },
              ]
            : i === 1
              ? ['○']
              : i === 3
                ? ['', '別紙のとおり']
                : [],
        ),
      ],
    });
    const filled = await fillQuestionnaire(original, '質問票.xlsx', answer);
    // C2 and D2 are formulas, C3 the customer's with D3 merged into it, D5 the customer's.
    expect(filled.rows.map((r) => r.cells.map((c) => c.address))).toEqual([[], [], ['C4', 'D4'], ['C5'], []]);
    const sheet = partText(filled.bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="C2" t="str"><f>IF(1=1,&quot;&quot;,&quot;&quot;)</f><v></v></c>');
    expect(sheet).toContain('<c r="D2" t="str"><f>B2&amp;&quot;&quot;</f><v></v></c>');
    expect(filled.summary.sheets[0]!.kept).toBe(2);
  });
});

describe('packages patched, not re-written', () => {
  it('keeps a macro-enabled workbook (.xlsm) macro-enabled, vbaProject.bin byte for byte', async () => {
    const original = buildWorkbook({ sheets: [questionSheet('Sheet1', ['回答', '備考'])], macros: true });
    const filled = await fillQuestionnaire(original, 'customer.xlsm', answer);
    expect(filled.fileName).toBe('customer.kotae.xlsm');
    expect(changedParts(original, filled.bytes)).toEqual({
      changed: ['xl/styles.xml', 'xl/worksheets/sheet1.xml'],
      added: [],
      removed: [],
    });
    expect(partsOf(filled.bytes).get('xl/vbaProject.bin')).toEqual(VBA_BYTES);
    expect(partText(filled.bytes, '[Content_Types].xml')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  });

  it("answers a protected form in its unlocked answer cells and puts kotae's columns on a separate kotae sheet", async () => {
    const original = buildWorkbook({
      sheets: [questionSheet('回答票', ['回答', '備考'], { protected: true }), { name: 'kotae', rows: [['既存のシート']] }],
    });
    const filled = await fillQuestionnaire(original, '回答票.xlsx', answer);
    expect(changedParts(original, filled.bytes)).toEqual({
      changed: ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'],
      added: ['xl/worksheets/sheet3.xml'],
      removed: [],
    });
    const form = changedCells(await cellValues(original, '回答票'), await cellValues(filled.bytes, '回答票'));
    expect([...form.keys()].every((address) => /^[CD]\d+$/.test(address))).toBe(true);
    const kotae = await cellValues(filled.bytes, 'kotae (2)');
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1'].map((a) => kotae.get(a))).toEqual(['シート', '行', '質問', ...KOTAE_HEADERS]);
    expect([kotae.get('A2'), kotae.get('B2'), kotae.get('C2'), kotae.get('D2')]).toEqual(['回答票', 2, ITEMS[0].q, ITEMS[0].answer]);
    expect(kotae.get(`D${questions.length + 1}`)).toBe(TO_CHECK);
    expect(filled.summary.sheets.find((s) => s.sheet === '回答票')!.kotaeColumns).toBe('kotae (2)');
    expect(filled.summary.sheets.find((s) => s.sheet === '回答票')!.note.ja).toContain(
      '出典・信頼度・候補は「kotae (2)」シートに記入しました',
    );
  });

  it('refuses a merged range that covers the whole sheet before reading it, naming the limit', async () => {
    const sheet = questionSheet('質問票', ['回答', '備考'], { merges: ['F1:XFD1048576'] });
    const original = buildWorkbook({ sheets: [sheet] });
    await expect(fillQuestionnaire(original, '質問票.xlsx', answer)).rejects.toMatchObject({
      code: 'over-budget',
      message: expect.stringMatching(/^質問票\.xlsx: merged ranges too large/),
    });
  });

  it('finds no free columns beside a sheet whose cells reach the last column, and puts its columns on a kotae sheet', async () => {
    const sheet = questionSheet('質問票', ['回答', '備考'], { merges: ['F1:XFD1'] });
    const original = buildWorkbook({ sheets: [sheet] });
    const filled = await fillQuestionnaire(original, '質問票.xlsx', answer);
    expect(filled.summary.rows).toBe(questions.length);
    expect(filled.summary.sheets[0]!.kotaeColumns).toBe('kotae');
    expect(partText(filled.bytes, 'xl/worksheets/sheet1.xml')).toContain('<mergeCell ref="F1:XFD1"/>');
  });

  it('keeps shared strings as they were: kotae writes inline strings', async () => {
    const original = buildWorkbook({ sheets: [questionSheet('質問票', ['回答', '備考'])] });
    const filled = await fillQuestionnaire(original, '質問票.xlsx', answer);
    const xml = partText(filled.bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<c r="D2" t="inlineStr"><is><t>保存データはAES-256で暗号化しています。<\/t><\/is><\/c>/);
    expect(changedParts(original, filled.bytes).changed).not.toContain('xl/sharedStrings.xml');
  });
});

describe('patching sheet XML', () => {
  const sheet = (data: string, head = '') =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B3"/>${head}${data}</worksheet>`;

  it('inserts cells in column order, creates missing rows in order, and widens the dimension', () => {
    const xml = sheet(
      '<sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2"/></row><row r="3"><c r="A3"><v>1</v></c></row></sheetData>',
    );
    const out = patchWorksheet(xml, [
      { row: 1, column: 2, value: 'x', style: null },
      { row: 1, column: 3, value: 'y<&>', style: null },
      { row: 2, column: 5, value: 0.5, style: 7 },
      { row: 4, column: 1, value: ' lead\nline', style: null },
    ]);
    expect(out).toContain(
      '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c><c r="C1" s="2" t="inlineStr"><is><t>y&lt;&amp;&gt;</t></is></c></row><row r="2"><c r="E2" s="7"><v>0.5</v></c></row><row r="3">',
    );
    expect(out).toContain('<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve"> lead\nline</t></is></c></row></sheetData>');
    expect(out).toContain('<dimension ref="A1:E4"/>');
  });

  it('gives cells without references their own before inserting among them, and keeps a namespace prefix', () => {
    const xml = sheet('<x:sheetData><x:row r="2"><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row></x:sheetData>')
      .replace('<worksheet xmlns=', '<x:worksheet xmlns:x=')
      .replace('</worksheet>', '</x:worksheet>');
    const out = patchWorksheet(xml, [{ row: 2, column: 4, value: 'z', style: null }]);
    expect(out).toContain(
      '<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="B2"><x:v>2</x:v></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>z</x:t></x:is></x:c></x:row>',
    );
  });

  it('fills an empty sheet and splits a column range to size kotae columns', () => {
    const xml = sheet('<sheetData/>', '<cols><col min="1" max="16384" width="9" style="3"/></cols>');
    const out = patchWorksheet(xml, [{ row: 1, column: 2, value: 'a', style: null }], [{ column: 2, width: 60 }]);
    expect(out).toContain(
      '<cols><col min="1" max="1" width="9" style="3"/><col min="2" max="2" width="60" style="3" customWidth="1"/><col min="3" max="16384" width="9" style="3"/></cols>',
    );
    expect(out).toContain('<sheetData><row r="1"><c r="B1" s="3" t="inlineStr"><is><t>a</t></is></c></row></sheetData>');
  });

  it('writes characters XML cannot hold the way Excel does', () => {
    const out = patchWorksheet(sheet('<sheetData></sheetData>'), [{ row: 1, column: 1, value: 'a\u0001b_x0041_c\r', style: null }]);
    expect(out).toContain('<t xml:space="preserve">a_x0001_b_x005F_x0041_c_x000D_</t>');
  });
});

describe('English questions', () => {
  const ranked = (answer: string, remarks: string): RankedAnswer => ({
    rank: 1,
    score: 10,
    confidence: 0.9,
    id: 'x#1',
    question: 'データは暗号化していますか',
    answer,
    status: '○',
    remarks,
    matched: [],
    controls: [],
    citation: 'x.tsv › No.1',
    source: { file: 'x.tsv', collection: '', sheet: null, section: '', item: '1', line: 2 },
  });
  const result = (item: RankedAnswer): AskResult => ({
    question: 'Is data encrypted at rest?',
    answered: true,
    took_ms: 1,
    results: [item],
  });

  it('prefers the English text the item holds, and says when there is none', () => {
    const both = draftOf(
      result(ranked('はい。AES-256で暗号化しています。', 'English: Yes, all stored data is encrypted with AES-256.')),
      true,
    );
    expect(both).toMatchObject({ answer: 'Yes, all stored data is encrypted with AES-256.', japaneseForEnglish: false });
    const japanese = draftOf(result(ranked('はい。AES-256で暗号化しています。', '')), true);
    expect(japanese).toMatchObject({ answer: 'はい。AES-256で暗号化しています。', japaneseForEnglish: true });
    expect(draftOf(result(ranked('はい。\nYes, it is encrypted with AES-256.', '')), false).answer).toBe(
      'はい。\nYes, it is encrypted with AES-256.',
    );
  });

  it('fills a CAIQ-style sheet: the Yes/No/NA list under "CSP CAIQ Answer", the implementation description, not the ownership list', async () => {
    const original = buildWorkbook({
      sheets: [
        {
          name: 'CAIQv4.0.3',
          rows: [
            [
              'Question ID',
              'Question',
              'CSP CAIQ Answer',
              'SSRM Control Ownership',
              'CSP Implementation Description (Optional/Recommended)',
              'CSC Responsibilities (Optional/Recommended)',
            ],
            [
              'A&A-01.1',
              'Are audit and assurance policies established, documented, approved, communicated, applied, evaluated, and maintained?',
            ],
            ['A&A-02.1', 'Are independent audit and assurance assessments conducted according to relevant standards at least annually?'],
          ],
          lists: [
            { sqref: 'C2:C300', source: '"Yes,No,NA"' },
            { sqref: 'D2:D300', source: '"CSP-owned,CSC-owned,Shared CSP and CSC,Third-party outsourced"' },
          ],
        },
      ],
    });
    const english = (q: string) =>
      result({ ...ranked('Yes', 'English: Audits are performed every year by an external auditor.'), question: q });
    const filled = await fillQuestionnaire(original, 'CAIQv4.0.3.xlsx', english);
    expect(filled.rows.map((r) => r.cells.map((c) => `${c.address}=${c.value}`))).toEqual([
      ['C2=Yes', 'E2=Audits are performed every year by an external auditor.'],
      ['C3=Yes', 'E3=Audits are performed every year by an external auditor.'],
    ]);
    expect(filled.summary.languageNote).toBeNull();
  });

  it('notes English questions answered in Japanese in the summary', async () => {
    const original = buildWorkbook({
      sheets: [
        {
          name: 'Questions',
          rows: [
            ['No.', 'Question', 'Response', 'Comments'],
            [1, 'Is stored data encrypted at rest?'],
            [2, 'Do you take daily backups?'],
          ],
        },
      ],
    });
    const japaneseAnswer = (q: string) => result({ ...ranked('はい。暗号化しています。', ''), question: q });
    const filled = await fillQuestionnaire(original, 'english.xlsx', japaneseAnswer);
    expect(filled.rows.map((r) => r.cells.map((c) => `${c.address}=${c.value}`))).toEqual([
      ['C2=Yes', 'D2=はい。暗号化しています。'],
      ['C3=Yes', 'D3=はい。暗号化しています。'],
    ]);
    expect(filled.summary).toMatchObject({ japaneseForEnglish: 2, languageNote: { ja: '英語の設問に日本語の回答を記入しました' } });
  });
});
