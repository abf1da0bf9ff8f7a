#!/usr/bin/env node
// Builds the held-out customer questionnaire (eval/questionnaire/questionnaire.xlsx) and the answers
// expected when it is filled against one sample checksheet (eval/questionnaire/expected.json).
//
//   node scripts/make-eval-questionnaire.mjs
//   node scripts/eval.mjs --questionnaire eval/questionnaire     # fills it with `kotae fill` and scores it
//
// The questions are a customer's own wording (not the METI guideline's), grouped under section rows
// merged across the table, as customers' Excel forms are. Each row names the items of the sample
// that answer it, or none; their question and answer texts are taken from eval/questions.jsonl, whose
// expectations already quote the sample's items.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(repo, 'eval', 'questionnaire');
const KNOWLEDGE = 'jinjer.txt';
const SHEET = 'セキュリティ確認書';

// [section, question, items of jinjer.txt that answer it ('' is the free text before the table)]
const SECTIONS = [
  [
    '1. 組織的対策',
    [
      ['情報セキュリティに関する基本方針を定め、従業員に周知していますか。', ['1']],
      ['情報セキュリティ基本方針は定期的に見直されていますか。', ['2']],
      ['ISMS（ISO/IEC 27001）認証を取得していますか。取得している場合は登録番号を備考欄に記載してください。', ['']],
      ['プライバシーマークを取得していますか。', ['']],
      ['定められた社内規程が守られているか、定期的に社内で確認していますか。', ['4']],
    ],
  ],
  [
    '2. 人的対策',
    [
      ['従業員に対し、定期的に情報セキュリティ教育を実施していますか。', ['47']],
      ['従業員の採用時に、経歴や身元の確認を行っていますか。', []],
      ['業務委託先に対してセキュリティ要件の遵守を求めていますか。', ['48']],
    ],
  ],
  [
    '3. 物理的対策',
    [
      ['サービスを提供するデータセンターでは、入退館管理や監視カメラ等の物理的なセキュリティ対策がとられていますか。', ['7']],
      ['データセンターには停電時に備えたバックアップ電源がありますか。', ['41', '8']],
    ],
  ],
  [
    '4. 運用管理',
    [
      ['システムの運用手順書を作成し、最新の状態に保っていますか。', ['9']],
      ['脆弱性情報を収集し、必要なセキュリティパッチを適用していますか。', ['11']],
      ['第三者による脆弱性診断またはペネトレーションテストを定期的に受けていますか。', ['13', '46']],
      ['本サービスのデータを定期的にバックアップしていますか。', ['14']],
      ['サービスの稼働状況を監視し、停止時には利用者へ通知していますか。', ['15', '16']],
      ['サーバ及び運用端末にウイルス対策ソフトを導入していますか。', ['19']],
      ['アクセスログを取得し、一定期間保管していますか。保管期間を備考欄に記載してください。', ['20']],
      ['ソースコードにパスワード等の認証情報を埋め込まないようにしていますか。', ['22']],
    ],
  ],
  [
    '5. アクセス管理',
    [
      ['運用担当者のアカウントは個人ごとに発行し、共用していませんか。', ['23']],
      ['利用者のログインに多要素認証を利用できますか。', ['27']],
      ['SAML等によるシングルサインオンに対応していますか。', ['26']],
      ['接続元IPアドレスによるアクセス制限が可能ですか。', ['26']],
      ['パスワードの最小文字数や有効期限を管理者が設定できますか。', ['31']],
      ['一定時間操作がない場合、自動的にログアウトしますか。', ['32']],
      ['ログインに一定回数失敗した場合、アカウントをロックしますか。', []],
      ['WAF等により外部からの攻撃を防御していますか。', ['34']],
    ],
  ],
  [
    '6. データの取扱い',
    [
      ['保存データは暗号化されていますか。', ['35']],
      ['通信はTLS1.2以上で暗号化されていますか。', ['36']],
      ['他の利用企業のデータと論理的に分離されていますか。', ['28']],
      ['契約終了時にデータを返却または削除する方針が定められていますか。', ['37']],
      ['データはすべて日本国内で保管されていますか。', ['43', '14']],
      ['当社のデータを生成AIの学習に利用していませんか。', ['50']],
    ],
  ],
  [
    '7. インシデント・事業継続',
    [
      ['セキュリティインシデント発生時の対応手順と体制を整備していますか。', ['49']],
      ['インシデント発生時、何時間以内に当社へ報告いただけますか。', []],
      ['事業継続計画を策定し、定期的に訓練を行っていますか。', ['40']],
      ['目標復旧時間（RTO）を定めていますか。', []],
      ['サービス稼働率の目標値を提示できますか。', ['5']],
    ],
  ],
  [
    '8. その他',
    [
      ['SOC2報告書を提出できますか。', []],
      ['当社による立入監査を受け入れていただけますか。', []],
      ['サイバー保険に加入していますか。', []],
    ],
  ],
];

/** The sample's items as eval/questions.jsonl quotes them, by item number. */
function itemsOfKnowledge() {
  const byItem = new Map();
  for (const line of fs.readFileSync(path.join(repo, 'eval', 'questions.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    for (const it of JSON.parse(line).expect[KNOWLEDGE] ?? []) byItem.set(it.item, it);
  }
  return byItem;
}

const items = itemsOfKnowledge();
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet(SHEET);
sheet.columns = [{ width: 6 }, { width: 16 }, { width: 70 }, { width: 16 }, { width: 40 }];
sheet.addRow(['情報セキュリティに関する確認書（クラウドサービス委託先向け）']).font = { bold: true, size: 14 };
sheet.addRow(['※ 回答欄には「はい」「いいえ」のいずれかを記入し、補足があれば備考欄にご記入ください。']);
sheet.addRow([]);
const header = sheet.addRow(['No.', '区分', '質問', '回答(はい・いいえ)', '備考']);
header.eachCell((cell) => {
  cell.font = { bold: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
});

const rows = [];
let no = 0;
for (const [section, questions] of SECTIONS) {
  const heading = sheet.addRow([section]);
  sheet.mergeCells(heading.number, 1, heading.number, 5);
  heading.font = { bold: true };
  const label = section.replace(/^\d+\.\s*/, '');
  for (const [question, itemNumbers] of questions) {
    no++;
    const row = sheet.addRow([no, label, question, '', '']);
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    const expect = itemNumbers.map((n) => {
      const it = items.get(n);
      if (!it) throw new Error(`${KNOWLEDGE} item ${JSON.stringify(n)} is not quoted in eval/questions.jsonl; add a case that expects it`);
      return { file: KNOWLEDGE, item: it.item, question: it.question, answer: it.answer };
    });
    rows.push({ row: row.number, no: String(no), question, expect: expect.length ? expect : null });
  }
}

fs.mkdirSync(outDir, { recursive: true });
await workbook.xlsx.writeFile(path.join(outDir, 'questionnaire.xlsx'));
fs.writeFileSync(
  path.join(outDir, 'expected.json'),
  `${JSON.stringify(
    {
      questionnaire: 'questionnaire.xlsx',
      sheet: SHEET,
      knowledge: KNOWLEDGE,
      note: 'expect lists the items of the knowledge file that answer the row (any one is right); null when it has no answer',
      rows,
    },
    null,
    1,
  )}\n`,
);
console.log(`eval/questionnaire: ${rows.length} questions, ${rows.filter((r) => !r.expect).length} with no answer in ${KNOWLEDGE}`);
