import { describe, expect, it, beforeAll } from 'vitest';
import { loadKnowledge, type LoadedKnowledge } from '../../src/knowledge/loader.js';
import type { KnowledgeItem } from '../../src/knowledge/types.js';
import { BUNDLED_KNOWLEDGE } from '../helpers/knowledge-folder.js';

let knowledge: LoadedKnowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge(BUNDLED_KNOWLEDGE);
});

function item(file: string, number: string, nth = 0): KnowledgeItem {
  const found = knowledge.items.filter((i) => i.file === file && i.itemNumber === number);
  if (!found[nth]) throw new Error(`no item ${number} (#${nth}) in ${file}`);
  return found[nth];
}

describe('loading the five bundled sample checksheets', () => {
  it('loads every file without warnings, with the item count of each layout', () => {
    expect(knowledge.warnings).toEqual([]);
    expect(Object.fromEntries(knowledge.files.map((f) => [f.file, f.items]))).toEqual({
      'awesomejob-cloud.txt': 70,
      'jinjer.txt': 51,
      'qloba-page.txt': 72,
      'rescuenow.txt': 70,
      'skyarch.txt': 36,
    });
  });

  it('reads jinjer item 35 with its category and sub-category columns as the section', () => {
    expect(item('jinjer.txt', '35')).toMatchObject({
      line: 54,
      section: ['データ管理', 'データの暗号化'],
      question: 'クラウドサービスで保管されるデータが暗号化されていること。',
      status: '○',
      answer: 'サービスのご利用を通じて作成・保管されるデータは、クラウド基盤が提供する暗号化機能を利用して暗号化しております。',
    });
  });

  it('splits a status mark glued to the answer cell (jinjer 13)', () => {
    const thirteen = item('jinjer.txt', '13');
    expect(thirteen.status).toBe('○');
    expect(thirteen.answer.startsWith('サービス開発・エンハンス時において')).toBe(true);
  });

  it('keeps the free text before the table, with the ISO 27001 and Pマーク registration numbers', () => {
    const preamble = knowledge.items.find((i) => i.file === 'jinjer.txt' && i.itemNumber === '')!;
    expect(preamble.line).toBe(3);
    expect(preamble.answer).toContain('ISO/IEC27001:2013 登録認証番号：IS 778939');
    // OCR-style spaces between Japanese words are joined; the number stays intact.
    expect(preamble.answer).toContain('プライバシーマーク登録番号:10825116');
  });

  it("reads the OCR'd qloba sheet: garbled header, 0 for ○, g for 9, headings split over cells", () => {
    const nine = item('qloba-page.txt', 'g');
    expect(nine.status).toBe('○');
    expect(nine.question).toBe(
      'クラウドサービスの提供に用いるアプリケーション、オベレーティングシステム、サーバー、ネットワーク機器の稼働監視をすること。サービスの停止を検知した場合は、利用者に対して通知すること。',
    );
    expect(item('qloba-page.txt', '1').section).toEqual(['1情報セキュリティのための方針群']);
    expect(item('qloba-page.txt', '23').question).toContain('バスワード管理');
    // OCR put spaces inside words (`オペレー ティング`); they are joined back.
    expect(knowledge.items.find((i) => i.file === 'qloba-page.txt' && i.line === 41)!.question).toContain('オペレーティングシステム');
  });

  it('takes awesomejob item numbers from inside the question cell and drops repeated page headers', () => {
    const twenty = knowledge.items.filter((i) => i.file === 'awesomejob-cloud.txt' && i.itemNumber === '20');
    expect(twenty).toHaveLength(1);
    expect(twenty[0]!.section).toEqual(['6. 運用のセキュリティ・アクセス制御']);
    expect(twenty[0]!.question.startsWith('クラウド事業者は、各クラウド利用者に割り当てた')).toBe(true);
    expect(knowledge.items.filter((i) => i.file === 'awesomejob-cloud.txt' && i.itemNumber === '')).toHaveLength(1);
    expect(item('awesomejob-cloud.txt', '1').answer).toContain('▼ISMS基本方針 https://a-job.dev/isms_doc/security.pdf');
  });

  it('reads rescuenow rows that lost a leading column the same as full rows', () => {
    const policy = item('rescuenow.txt', '1');
    expect(policy.section).toEqual(['1 情報セキュリティ基本方針']);
    expect(policy.question).toBe(
      '情報セキュリティ基本方針を定めた文書が経営陣によって承認され、全従業員及び関連する外部関係者に公表し、通知すること。',
    );
    const disposal = knowledge.items.find((i) => i.file === 'rescuenow.txt' && i.section.includes('11 その他') && i.itemNumber === '1')!;
    expect(disposal.answer).toBe('ISMS規程にて、記録媒体の情報取扱方法（保管、廃棄）を定め、適切に取り扱っています。');
  });

  it('removes checkbox inputs from skyarch answers and uses the 項目 column as the item title', () => {
    expect(item('skyarch.txt', '1-1')).toMatchObject({
      section: ['1. 組織的対策', '情報セキュリティの運営'],
      answer:
        '会社HP内に経営者としての方針を公開しています。 https://www.skyarch.net/profile/security.html 社内にてISO運営委員会を設置し改善を行っています。取得済です。 ・ISO27001 (2005年4月8日) ・プライバシーマーク 21000270 (2007年2月6日)',
    });
  });

  it('gives every item a unique, stable id', () => {
    const ids = knowledge.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(item('jinjer.txt', '35').id).toBe('jinjer.txt#54');
  });
});
