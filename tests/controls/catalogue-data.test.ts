/**
 * Hygiene of the security control catalogue (`src/controls/catalogue-data.ts`): the mistakes that
 * make a control fire where it should not, never fire, or sit under the wrong ISO clause.
 *
 * The matching checks use a small reference matcher that follows the semantics the catalogue
 * header documents (Japanese substrings, English whole words with light stemming), so that the
 * data is tested against its contract, not against one implementation of tagging.
 */
import { describe, expect, it } from 'vitest';
import { CONTROL_CATALOGUE, CONTROL_FAMILIES } from '../../src/controls/catalogue-data.js';
import type { ControlDefinition } from '../../src/controls/types.js';
import { normalizeText, stemEnglish } from '../../src/search/normalize.js';
import { ASKING_WORDS, EVERYDAY_FALSE_FRIENDS, OFF_TOPIC_QUESTIONS } from '../helpers/wrong-place-words.js';

const CONTROLS = CONTROL_CATALOGUE;
const ALL_WORDS = CONTROLS.flatMap((control) => [...control.terms, ...control.related]);

const isAscii = (term: string): boolean => /^[\x20-\x7e]+$/.test(term);
const hasJapanese = (term: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(term);
const isKanaOnly = (term: string): boolean => /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(term);

/** English words as the matcher reads them: split on spaces and hyphens, each lightly stemmed. */
const englishWords = (term: string): string[] =>
  term
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(stemEnglish);

/** How two terms compare: Japanese exactly; English without spaces, hyphens or inflection. */
function matchKey(term: string): string {
  return isAscii(term) ? `en:${englishWords(term).join('')}` : `ja:${term}`;
}

/** ISO/IEC 27002:2022 clause → the ISO/IEC 27002:2013 controls it continues (none for the new ones). */
const ISO_2022_TO_2013: Readonly<Record<string, readonly string[]>> = {
  '5.1': ['A.5.1.1', 'A.5.1.2'],
  '5.2': ['A.6.1.1'],
  '5.3': ['A.6.1.2'],
  '5.4': ['A.7.2.1'],
  '5.5': ['A.6.1.3'],
  '5.6': ['A.6.1.4'],
  '5.7': [],
  '5.8': ['A.6.1.5', 'A.14.1.1'],
  '5.9': ['A.8.1.1', 'A.8.1.2'],
  '5.10': ['A.8.1.3', 'A.8.2.3'],
  '5.11': ['A.8.1.4'],
  '5.12': ['A.8.2.1'],
  '5.13': ['A.8.2.2'],
  '5.14': ['A.13.2.1', 'A.13.2.2', 'A.13.2.3'],
  '5.15': ['A.9.1.1', 'A.9.1.2'],
  '5.16': ['A.9.2.1'],
  '5.17': ['A.9.2.4', 'A.9.3.1', 'A.9.4.3'],
  '5.18': ['A.9.2.2', 'A.9.2.5', 'A.9.2.6'],
  '5.19': ['A.15.1.1'],
  '5.20': ['A.15.1.2'],
  '5.21': ['A.15.1.3'],
  '5.22': ['A.15.2.1', 'A.15.2.2'],
  '5.23': [],
  '5.24': ['A.16.1.1'],
  '5.25': ['A.16.1.4'],
  '5.26': ['A.16.1.5'],
  '5.27': ['A.16.1.6'],
  '5.28': ['A.16.1.7'],
  '5.29': ['A.17.1.1', 'A.17.1.2', 'A.17.1.3'],
  '5.30': [],
  '5.31': ['A.18.1.1', 'A.18.1.5'],
  '5.32': ['A.18.1.2'],
  '5.33': ['A.18.1.3'],
  '5.34': ['A.18.1.4'],
  '5.35': ['A.18.2.1'],
  '5.36': ['A.18.2.2', 'A.18.2.3'],
  '5.37': ['A.12.1.1'],
  '6.1': ['A.7.1.1'],
  '6.2': ['A.7.1.2'],
  '6.3': ['A.7.2.2'],
  '6.4': ['A.7.2.3'],
  '6.5': ['A.7.3.1'],
  '6.6': ['A.13.2.4'],
  '6.7': ['A.6.2.2'],
  '6.8': ['A.16.1.2', 'A.16.1.3'],
  '7.1': ['A.11.1.1'],
  '7.2': ['A.11.1.2', 'A.11.1.6'],
  '7.3': ['A.11.1.3'],
  '7.4': [],
  '7.5': ['A.11.1.4'],
  '7.6': ['A.11.1.5'],
  '7.7': ['A.11.2.9'],
  '7.8': ['A.11.2.1'],
  '7.9': ['A.11.2.6'],
  '7.10': ['A.8.3.1', 'A.8.3.2', 'A.8.3.3', 'A.11.2.5'],
  '7.11': ['A.11.2.2'],
  '7.12': ['A.11.2.3'],
  '7.13': ['A.11.2.4'],
  '7.14': ['A.11.2.7'],
  '8.1': ['A.6.2.1', 'A.11.2.8'],
  '8.2': ['A.9.2.3'],
  '8.3': ['A.9.4.1'],
  '8.4': ['A.9.4.5'],
  '8.5': ['A.9.4.2'],
  '8.6': ['A.12.1.3'],
  '8.7': ['A.12.2.1'],
  '8.8': ['A.12.6.1', 'A.18.2.3'],
  '8.9': [],
  '8.10': [],
  '8.11': [],
  '8.12': [],
  '8.13': ['A.12.3.1'],
  '8.14': ['A.17.2.1'],
  '8.15': ['A.12.4.1', 'A.12.4.2', 'A.12.4.3'],
  '8.16': [],
  '8.17': ['A.12.4.4'],
  '8.18': ['A.9.4.4'],
  '8.19': ['A.12.5.1', 'A.12.6.2'],
  '8.20': ['A.13.1.1'],
  '8.21': ['A.13.1.2'],
  '8.22': ['A.13.1.3'],
  '8.23': [],
  '8.24': ['A.10.1.1', 'A.10.1.2'],
  '8.25': ['A.14.2.1'],
  '8.26': ['A.14.1.2', 'A.14.1.3'],
  '8.27': ['A.14.2.5'],
  '8.28': [],
  '8.29': ['A.14.2.8', 'A.14.2.9'],
  '8.30': ['A.14.2.7'],
  '8.31': ['A.12.1.4', 'A.14.2.6'],
  '8.32': ['A.12.1.2', 'A.14.2.2', 'A.14.2.3', 'A.14.2.4'],
  '8.33': ['A.14.3.1'],
  '8.34': ['A.12.7.1'],
};
const ISO_2013 = new Set(Object.values(ISO_2022_TO_2013).flat());

/** CSA CCM v4: domain → number of controls in it (197 in all). */
const CCM_DOMAINS: Readonly<Record<string, number>> = {
  'A&A': 6,
  AIS: 7,
  BCR: 11,
  CCC: 9,
  CEK: 21,
  DCS: 15,
  DSP: 19,
  GRC: 8,
  HRS: 13,
  IAM: 16,
  IPY: 4,
  IVS: 9,
  LOG: 13,
  SEF: 8,
  STA: 14,
  TVM: 10,
  UEM: 14,
};

const FAMILY_IDS = [
  'A.5',
  'A.6',
  'A.7',
  'A.8',
  'A.9',
  'A.10',
  'A.11',
  'A.12',
  'A.13',
  'A.14',
  'A.15',
  'A.16',
  'A.17',
  'A.18',
  'CLOUD',
  'PRIV',
  'ORG',
];

/** The controls whose `terms` include `term` (by match key). */
const controlsByKey = new Map<string, string[]>();
for (const control of CONTROLS) {
  for (const key of new Set(control.terms.map(matchKey))) controlsByKey.set(key, [...(controlsByKey.get(key) ?? []), control.id]);
}

/**
 * Terms deliberately listed in the `terms` of more than one control. Each entry would have to be
 * a real double meaning; put the word in the `related` of the weaker control instead. Empty on
 * purpose.
 */
const ALLOWED_IN_TWO_CONTROLS: readonly string[] = [];

/** Two-letter English terms fire on any word boundary: only unmistakable acronyms. */
const TWO_LETTER_ACRONYMS = new Set(['os', 'ip', 'db', 'dr', 'pc', 'ai', 'fw', 'eu', 'qa', 's3', 'pw']);

/** Reference matcher: the controls whose `terms` occur in `text` under the documented semantics. */
function firedControls(text: string): string[] {
  const normalized = normalizeText(text);
  const tokens = [...normalized.matchAll(/[a-z0-9][a-z0-9.+#]*/g)].map((m) => stemEnglish(m[0].replace(/\.$/, '')));
  const hasWords = (words: readonly string[]): boolean =>
    tokens.some((_, start) => words.every((word, offset) => tokens[start + offset] === word));
  return CONTROLS.filter((control) =>
    control.terms.some((term) => (isAscii(term) ? hasWords(englishWords(term)) : normalized.includes(term))),
  ).map((control) => control.id);
}

function controlWithTerm(term: string): ControlDefinition | undefined {
  const id = controlsByKey.get(matchKey(term))?.[0];
  return CONTROLS.find((control) => control.id === id);
}

describe('control catalogue: shape', () => {
  it('has the families the checksheets are sectioned by, each once', () => {
    expect(CONTROL_FAMILIES.map((family) => family.id)).toEqual(FAMILY_IDS);
  });

  it('has between 130 and 200 controls, with unique ids', () => {
    expect(CONTROLS.length).toBeGreaterThanOrEqual(130);
    expect(CONTROLS.length).toBeLessThanOrEqual(200);
    const ids = CONTROLS.map((control) => control.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every family some controls and every control a known family', () => {
    expect(CONTROLS.filter((control) => !FAMILY_IDS.includes(control.family)).map((c) => c.id)).toEqual([]);
    expect(FAMILY_IDS.filter((family) => !CONTROLS.some((control) => control.family === family))).toEqual([]);
  });

  it('names each control by its first 2022 clause (or its family when no clause covers it) plus a slug', () => {
    const bad = CONTROLS.filter((control) => {
      const prefix = control.iso27002_2022[0] ?? control.family.toLowerCase();
      return !control.id.startsWith(`${prefix}-`) || !/^[a-z0-9.]+-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(control.id);
    });
    expect(bad.map((control) => control.id)).toEqual([]);
  });

  it('labels every control and family in Japanese and English', () => {
    const labelled = [...CONTROLS, ...CONTROL_FAMILIES];
    expect(labelled.filter((entry) => !hasJapanese(entry.label.ja) || !/^[A-Za-z]/.test(entry.label.en)).map((e) => e.id)).toEqual([]);
  });

  // Casual wording multiplies a control's terms: substring matching needs each particle written
  // out (データは暗号化, データって暗号化), so the ceiling is high; it still catches a runaway list.
  it('gives every control enough terms to be found, and related words in moderation', () => {
    const bad = CONTROLS.filter((control) => control.terms.length < 5 || control.terms.length > 110 || control.related.length > 12);
    expect(bad.map((control) => `${control.id}: ${control.terms.length} terms, ${control.related.length} related`)).toEqual([]);
  });

  it('gives every family section headings written as normalised text, none shared with another family', () => {
    const headings = CONTROL_FAMILIES.flatMap((family) => family.headings);
    expect(CONTROL_FAMILIES.filter((family) => family.headings.length === 0).map((f) => f.id)).toEqual([]);
    expect(headings.filter((heading) => heading !== normalizeText(heading) || heading.trim() !== heading)).toEqual([]);
    expect(headings.filter((heading, i) => headings.indexOf(heading) !== i)).toEqual([]);
  });
});

describe('control catalogue: references to the standards', () => {
  it('cites ISO/IEC 27002:2022 clauses that exist, without repeats', () => {
    const bad = CONTROLS.filter(
      (control) =>
        control.iso27002_2022.some((clause) => !(clause in ISO_2022_TO_2013)) ||
        new Set(control.iso27002_2022).size !== control.iso27002_2022.length,
    );
    expect(bad.map((control) => `${control.id}: ${control.iso27002_2022.join(', ')}`)).toEqual([]);
  });

  it('knows all 114 controls of ISO/IEC 27002:2013 (the mapping table is complete)', () => {
    expect(ISO_2013.size).toBe(114);
  });

  it('cites ISO/IEC 27002:2013 controls that exist', () => {
    const bad = CONTROLS.filter((control) => control.iso27002_2013.some((ref) => !ISO_2013.has(ref)));
    expect(bad.map((control) => `${control.id}: ${control.iso27002_2013.join(', ')}`)).toEqual([]);
  });

  it('cites 2013 controls that the cited 2022 clauses continue', () => {
    const bad = CONTROLS.flatMap((control) =>
      control.iso27002_2013
        .filter((ref) => !control.iso27002_2022.some((clause) => ISO_2022_TO_2013[clause]?.includes(ref)))
        .map((ref) => `${control.id}: ${ref} belongs to none of ${control.iso27002_2022.join(', ') || '(no 2022 clause)'}`),
    );
    expect(bad).toEqual([]);
  });

  it('files each ISO-derived control under a family its 2013 controls belong to', () => {
    const bad = CONTROLS.filter(
      (control) =>
        control.family.startsWith('A.') &&
        control.iso27002_2013.length > 0 &&
        !control.iso27002_2013.some((ref) => ref.startsWith(`${control.family}.`)),
    );
    expect(bad.map((control) => `${control.id} (${control.family}): ${control.iso27002_2013.join(', ')}`)).toEqual([]);
  });

  it('cites CSA CCM v4 and ISO/IEC 27017 ids in their published form', () => {
    const badCcm = CONTROLS.flatMap((control) => control.ccm ?? []).filter((id) => {
      const match = /^([A-Z&]+)-(\d{2})$/.exec(id);
      const size = match ? CCM_DOMAINS[match[1]!] : undefined;
      return !match || size === undefined || Number(match[2]) < 1 || Number(match[2]) > size;
    });
    expect(badCcm).toEqual([]);
    const badCloud = CONTROLS.flatMap((control) => control.iso27017 ?? []).filter((id) => !/^CLD\.\d{1,2}\.\d\.\d$/.test(id));
    expect(badCloud).toEqual([]);
  });
});

describe('control catalogue: every term and related word', () => {
  it('is a non-empty string without padding, doubled spaces, tabs or newlines', () => {
    expect(ALL_WORDS.filter((term) => term === '' || term.trim() !== term || /\s{2,}|[\t\r\n]/.test(term))).toEqual([]);
  });

  it('is already normalised as texts are: NFKC, lower case, plain hyphens', () => {
    expect(ALL_WORDS.filter((term) => term !== normalizeText(term))).toEqual([]);
  });

  it('is longer than one character, and never two kana alone (they hide in other words)', () => {
    expect(ALL_WORDS.filter((term) => [...term].length < 2 || (isKanaOnly(term) && [...term].length <= 2))).toEqual([]);
  });

  it('is a two-letter English word only when it is a well-known acronym', () => {
    expect(ALL_WORDS.filter((term) => /^[a-z0-9]{2}$/.test(term) && !TWO_LETTER_ACRONYMS.has(term))).toEqual([]);
  });

  it('spells English with the characters the tokeniser keeps (no "/" or "\'", which split words)', () => {
    expect(ALL_WORDS.filter(isAscii).filter((term) => !/^[a-z0-9](?:[a-z0-9 .+#-]*[a-z0-9+#])?$/.test(term))).toEqual([]);
  });

  it('has no space next to a Japanese character (the normaliser removes those)', () => {
    expect(ALL_WORDS.filter((term) => /[^\x00-\x7f] | [^\x00-\x7f]/.test(term))).toEqual([]);
  });
});

describe('control catalogue: controls do not overlap', () => {
  it('lists no word twice inside a control, across terms and related', () => {
    const dupes = CONTROLS.flatMap((control) => {
      const words = [...control.terms, ...control.related];
      return words.filter((word, i) => words.indexOf(word) !== i).map((word) => `${control.id}: ${word}`);
    });
    expect(dupes).toEqual([]);
  });

  it("does not repeat a control's own term among its related words", () => {
    const bad = CONTROLS.flatMap((control) => {
      const own = new Set(control.terms.map(matchKey));
      return control.related.filter((word) => own.has(matchKey(word))).map((word) => `${control.id}: ${word}`);
    });
    expect(bad).toEqual([]);
  });

  it('puts a term in the terms of one control only', () => {
    const shared = [...controlsByKey.entries()]
      .filter(([, ids]) => ids.length > 1)
      .filter(([key]) => !ALLOWED_IN_TWO_CONTROLS.some((term) => matchKey(term) === key))
      .map(([key, ids]) => `${key} in ${ids.join(' / ')}`);
    expect(shared).toEqual([]);
  });

  it('keeps the allow-list honest: every allowed term really is in two controls', () => {
    expect(ALLOWED_IN_TWO_CONTROLS.filter((term) => (controlsByKey.get(matchKey(term))?.length ?? 0) < 2)).toEqual([]);
  });
});

describe('control catalogue: words that would fire in the wrong place', () => {
  /**
   * Substrings that hide in everyday words or say nothing about a control on their own. Japanese
   * terms match as substrings, so none of these may be a term or related word by itself.
   */
  const RISKY_JAPANESE = [
    'ログ',
    'ポート',
    'ソフト',
    '本社',
    '所在地',
    '契約',
    '保険',
    '受付',
    'キー',
    'ダウン',
    'ロール',
    '日本',
    '侵入',
    '認証',
    'カード',
    'アクセス権',
    'ラック',
    'ケージ',
    'サージ',
    'メール送信',
    '管理',
    '対策',
    '方針',
    '規程',
    'セキュリティ',
    '情報',
    'データ',
    'システム',
    'サービス',
    '機能',
    '設定',
    '利用',
    '変更',
    '通知',
    '報告',
    '記録',
    '承認',
    '本人',
    '許容範囲',
    '期間',
    '頻度',
    '定期的',
    '採用',
  ];

  it('has none of the risky Japanese substrings as a word of its own', () => {
    const words = new Set(ALL_WORDS);
    expect(RISKY_JAPANESE.filter((word) => words.has(word))).toEqual([]);
  });

  /** Besides the glossary's false friends: words and phrases the catalogue's longer terms could hide in. */
  const FALSE_FRIENDS = [
    ...EVERYDAY_FALSE_FRIENDS,
    'ダイアログ',
    'アナログ',
    'キーワード',
    'ブラック',
    'トラック',
    'パッケージ',
    'マッサージ',
    'メッセージ',
    'ブロックチェーン',
    '日本法人',
    '本人確認',
    '採用しています',
    '他社から乗り換え',
    '個人情報の取扱い',
    '許容範囲内',
    'タイムスタンプ',
    'カタログの提供',
    'カタログのダウンロード',
    'カタログを出力',
    'カタログ出力',
    'ブログの管理',
    'ブログを確認',
    'ブログの確認',
    'ブログのチェック',
    'ブログの更新',
    // Office and sales talk that casual security wording must stay out of.
    'リストアップ',
    'ドキュメンテーション',
    'セグメンテーション',
    'カフェラテ',
    '人材流出',
    'ソフトドリンク',
    'お持ち帰り',
    '社会保険に加入',
    '社会保険に入',
    '営業エリア分け',
    '交通系icカード',
    '送別会',
    '売上データどこに置いた',
    'ロゴデータどこにある',
    '持ち帰って検討',
    '戸締り',
    '水漏れ',
    '雷が落ちた',
    'ブース搬入',
    '交通事故',
    '来客用の駐車場',
    'お土産のクッキー',
    'トラッキング番号',
    '他社から見た強み',
    '他社に見積もり',
    '事務処理能力',
    '外部メディアに掲載',
    '動画制作を内製',
    '市場調査会社',
    '時間のルールを守って',
    '有給の使用状況',
    'ランチの店の営業時間',
  ];

  it('has no Japanese word hidden inside an unrelated everyday word', () => {
    const japanese = ALL_WORDS.filter((term) => !isAscii(term));
    const words = new Set(ALL_WORDS);
    const bad = FALSE_FRIENDS.filter((word) => !words.has(word)).flatMap((word) =>
      japanese.filter((term) => word.includes(term)).map((term) => `${term} ⊂ ${word}`),
    );
    expect(bad).toEqual([]);
  });

  /** English words too ambiguous to stand alone: they belong only inside phrases. */
  const NOT_ALONE_ENGLISH = [
    'support',
    'log',
    'loss',
    'transfer',
    'soc',
    'cert',
    'it',
    'id',
    'us',
    'ad',
    'ids',
    'ips',
    'access',
    'control',
    'management',
    'policy',
    'data',
    'service',
    'security',
    'system',
    'test',
    'review',
    'change',
    'notice',
    'user',
    'account',
    'report',
    'network',
    'cloud',
    'vendor',
    'supplier',
    'customer',
    'client',
    'process',
    'plan',
    'training',
    'key',
    'information',
    'team',
    'request',
    'requirement',
    'damage',
    'provider',
    'protection',
    'time',
    'hour',
    'day',
  ].map(stemEnglish);

  it('keeps ambiguous English words out as stand-alone terms or related words', () => {
    const bad = ALL_WORDS.filter(isAscii).filter(
      (term) => englishWords(term).length === 1 && NOT_ALONE_ENGLISH.includes(englishWords(term)[0]!),
    );
    expect(bad).toEqual([]);
  });

  it('does not turn the words of asking into control evidence', () => {
    const words = new Set(ALL_WORDS);
    expect(ASKING_WORDS.filter((word) => words.has(word))).toEqual([]);
  });

  it.each([
    ...OFF_TOPIC_QUESTIONS,
    'Can you send me the invoice for March?',
    '新しいロゴのデザイン案を共有します',
    '日本法人の代表者に挨拶に行きます',
    '他社から乗り換えると割引はありますか',
    'Who is attending the conference next week?',
  ])('fires no control on an off-topic question: %s', (question) => {
    expect(firedControls(question)).toEqual([]);
  });

  it.each([
    ['入退室管理はどのように行っていますか', ['7.2-entry-control']],
    ['オフィスへの入館はＩＣカードで管理していますか？', ['7.2-entry-control']],
    ['Is MFA enforced for all admin accounts?', ['8.5-mfa', '8.2-privileged-access']],
    ['パスワードは何文字以上にしていますか', ['8.5-password-policy']],
    ['データは国内に保管されていますか？', ['5.31-data-location']],
    ['Where is our data stored?', ['5.31-data-location']],
    ['解約したらデータはどうなりますか', ['8.10-deletion-on-termination']],
    ['バックアップは何世代保持していますか', ['8.13-backup']],
    ['Do you perform annual penetration tests?', ['8.8-penetration-test']],
    ['ウイルス対策ソフトは導入していますか', ['8.7-malware']],
    ['退職者のアカウントは速やかに削除していますか', ['6.5-offboarding', '5.18-deprovisioning']],
    ['辞めた人のアカウントってすぐ消してる？', ['6.5-offboarding']],
    ['SLAはありますか？稼働率は？', ['8.14-sla-uptime']],
    ['サポートの受付時間を教えてください', ['org-support']],
    ['Is data encrypted at rest?', ['8.24-encryption-at-rest']],
    ['通信はSSL/TLSで暗号化されていますか', ['8.24-encryption-in-transit', '8.24-cryptography-policy']],
    ['データセンターの耐震対策は？', ['7.5-earthquake', '7.1-data-center']],
    ['ISMS認証は取得していますか', ['5.35-iso27001']],
    ['ISO/IEC 27001:2013 に基づく認証', ['5.35-iso27001']],
    ['Ｐマークはお持ちですか', ['5.34-privacy-mark']],
    ['再委託はしていますか', ['5.19-subcontracting']],
    ['サイバー保険に加入していますか', ['org-cyber-insurance']],
    ['監査ログの保存期間は何日ですか', ['8.15-log-retention', '8.15-logging']],
    ['Do you have a documented incident response plan?', ['5.24-incident-response']],
    ['What is your breach notification timeline?', ['5.26-incident-notification']],
    ['Is customer data used to train AI models?', ['5.34-ai-data-use']],
    ['Do you support IP whitelisting?', ['8.3-ip-restriction']],
    ['IDS/IPSは導入していますか', ['8.20-ids-ips']],
    ['従業員が顧客データを閲覧することはありますか', ['8.3-provider-access']],
  ])('fires the intended controls: %s', (question, expected) => {
    expect(firedControls(question)).toEqual(expect.arrayContaining(expected));
  });

  it('does not mistake "user IDs" for intrusion detection', () => {
    expect(firedControls('Are user IDs unique per person?')).not.toContain('8.20-ids-ips');
  });
});

describe('control catalogue: the bridges that matter (Japanese and English wording of one control)', () => {
  it.each([
    ['多要素認証', 'mfa'],
    ['二段階認証', 'two-factor authentication'],
    ['入退室管理', 'entry control'],
    ['秘密保持契約', 'nda'],
    ['身元確認', 'background check'],
    ['テレワーク', 'remote work'],
    ['ウイルス対策', 'antivirus'],
    ['edr', 'ウイルス対策'],
    ['バックアップ', 'backup'],
    ['リストアテスト', 'restore test'],
    ['遠隔地保管', 'offsite backup'],
    ['ログの保存期間', 'log retention'],
    ['時刻同期', 'ntp'],
    ['脆弱性診断', 'vulnerability scan'],
    ['ペネトレーションテスト', 'pentest'],
    ['パッチ適用', 'patch management'],
    ['ファイアウォール', 'firewall'],
    ['ネットワーク分離', 'network segmentation'],
    ['waf', 'web application firewall'],
    ['ddos', 'denial of service'],
    ['vpn', 'remote access'],
    ['セキュア開発', 'sdlc'],
    ['セキュアコーディング', 'owasp'],
    ['テストデータ', 'test data'],
    ['再委託', 'subcontractor'],
    ['委託先管理', 'vendor management'],
    ['インシデント対応', 'incident response'],
    ['csirt', 'incident response team'],
    ['再発防止', 'root cause analysis'],
    ['フォレンジック', 'forensics'],
    ['事業継続計画', 'bcp'],
    ['災害復旧', 'disaster recovery'],
    ['目標復旧時間', 'rto'],
    ['冗長化', 'multi-az'],
    ['稼働率', 'sla'],
    ['責任共有モデル', 'shared responsibility'],
    ['マルチテナント', 'tenant isolation'],
    ['データの保管場所', 'data residency'],
    ['データ返却', 'data export'],
    ['cloud act', '捜査機関'],
    ['サービス終了', 'service termination'],
    ['定期メンテナンス', 'scheduled maintenance'],
    ['サポート窓口', 'support hours'],
    ['サイバー保険', 'cyber insurance'],
    ['データの所有権', 'data ownership'],
    ['監査ログ', 'audit log'],
    ['ipアドレス制限', 'ip restriction'],
    ['apiキー', 'api key'],
    ['byod', '私物端末'],
    ['mdm', 'モバイルデバイス管理'],
    ['クリアデスク', 'clear screen'],
    ['停電', 'ups'],
    ['耐震', 'earthquake'],
    ['消火設備', 'fire suppression'],
    ['水害', 'flood'],
    ['落雷', 'lightning protection'],
    ['静電気', 'esd'],
    ['プライバシーマーク', 'privacy mark'],
    ['iso27001', 'isms'],
    ['soc2', 'soc報告書'],
    ['内部監査', 'internal audit'],
    ['外部監査', 'independent review'],
    ['個人情報保護法', 'appi'],
    ['gdpr', '一般データ保護規則'],
    ['鍵管理', 'key management'],
    ['tls', '通信の暗号化'],
    ['encryption at rest', '保存データの暗号化'],
    ['シングルサインオン', 'saml'],
    ['セッションタイムアウト', 'session timeout'],
    ['アカウントロック', 'brute force'],
    ['パスワードポリシー', 'password complexity'],
    ['特権id', 'privileged access'],
    ['権限の棚卸', 'access review'],
    ['職務分掌', 'segregation of duties'],
    ['情報セキュリティ基本方針', 'information security policy'],
    ['情報セキュリティ責任者', 'ciso'],
    ['懲戒', 'disciplinary'],
    ['資産台帳', 'asset inventory'],
    ['情報分類', 'data classification'],
    ['usbメモリ', 'removable media'],
    ['シュレッダー', 'secure disposal'],
    ['変更管理', 'change management'],
    ['開発環境', 'staging environment'],
    ['準拠法', 'governing law'],
    ['退職者', 'offboarding'],
    ['リスクアセスメント', 'risk assessment'],
    ['オートスケーリング', 'capacity planning'],
  ])('%s and %s name the same control', (a, b) => {
    const control = controlWithTerm(a);
    expect(control, `${a} is not a term of any control`).toBeDefined();
    expect(control!.terms.map(matchKey)).toContain(matchKey(b));
  });
});

describe('control catalogue: how sales staff and customers actually ask', () => {
  it.each([
    ['サービス落ちたらどうなるの？', '8.16-outage-notification'],
    ['システム落ちた時って連絡もらえる？', '8.16-outage-notification'],
    ['障害起きたらメールで知らせてくれる？', '8.16-outage-notification'],
    ['止まったらどれくらいで戻る？', '5.30-rto-rpo'],
    ['サーバーダウンしたら何時間で復旧する？', '5.30-rto-rpo'],
    ['何時まで問い合わせできる？', 'org-support'],
    ['土日のサポートってある？', 'org-support'],
    ['データどこに置いてる？', '5.31-data-location'],
    ['サーバーって日本にある？', '5.31-data-location'],
    ['海外にデータ置いてない？', '5.31-data-location'],
    ['暗号化してる？', '8.24-cryptography-policy'],
    ['DBって暗号化してる？', '8.24-encryption-at-rest'],
    ['通信って暗号化されてる？', '8.24-encryption-in-transit'],
    ['解約したらちゃんとデータ消してくれる？', '8.10-deletion-on-termination'],
    ['契約終わったらデータ消える？', '8.10-deletion-on-termination'],
    ['データっていつまで保存してる？', '8.10-data-retention'],
    ['勝手にデータ見たりしない？', '8.3-provider-access'],
    ['中の人がデータ覗いたりしない？', '8.3-provider-access'],
    ['退職した社員のアカウントはいつ止めてる？', '5.18-deprovisioning'],
    ['社員が辞めたらPCは回収してる？', '5.11-return-of-assets'],
    ['オフィスはカードキーで入るの？', '7.2-entry-control'],
    ['オフィスに部外者が入れないようになってる？', '7.2-entry-control'],
    ['2段階認証ある？', '8.5-mfa'],
    ['スマホアプリで認証できる？', '8.5-mfa'],
    ['パスワの桁数って決まってる？', '8.5-password-policy'],
    ['PWの桁数は？', '8.5-password-policy'],
    ['パスワードって定期的に変えさせてる？', '8.5-password-expiry'],
    ['パスワード何回間違えたらロックされる？', '8.5-account-lockout'],
    ['放置したら自動でログアウトされる？', '8.5-session-timeout'],
    ['Googleアカウントでログインできる？', '8.5-sso'],
    ['アクセス元のIP絞れる？', '8.3-ip-restriction'],
    ['権限って細かく分けられる？', '8.3-permission-settings'],
    ['誰がいつログインしたかわかる？', '8.15-customer-audit-log'],
    ['ログってどれくらい保存してる？', '8.15-log-retention'],
    ['バックアップってどこに保管してる？', '8.13-backup-location'],
    ['間違って消したデータ戻せる？', '8.13-restore'],
    ['データセンターが被災したら？', '5.30-disaster-recovery'],
    ['サーバーを複数台にしてる？', '8.14-redundancy'],
    ['EDR入れてる？', '8.7-malware'],
    ['セキュリティソフト入れてる？', '8.7-malware'],
    ['第三者診断受けてる？', '8.8-vulnerability-assessment'],
    ['パッチ当ててる？', '8.8-vulnerability-management'],
    ['ISO取ってる？', '5.35-iso27001'],
    ['どこのクラウド使ってる？', '5.23-cloud-provider'],
    ['AIの学習にうちのデータ使ったりしない？', '5.34-ai-data-use'],
    ['データを他社に売ったりしない？', '5.34-third-party-disclosure'],
    ['開発は自社？外注？', '8.30-outsourced-development'],
    ['私物のスマホで仕事してる？', '8.1-byod'],
    ['スマホなくしたらどうする？', '8.1-mobile-devices'],
    ['PCの処分ってどうしてる？', '7.14-secure-disposal'],
    ['ハッキングされたらどうする？', '5.24-incident-response'],
    ['漏えいしたら連絡くれる？', '5.26-incident-notification'],
    ['今まで事故起きたことある？', 'org-past-incidents'],
    ['セキュリティの問い合わせ窓口は？', '5.24-csirt'],
    ['怪しいログインって検知できる？', '8.16-log-monitoring'],
    ['メンテの時間って決まってる？', '8.32-maintenance-notice'],
    ['会社が倒産したらデータどうなる？', 'cloud-service-termination'],
    ['データCSVで出せる？', 'cloud-data-export'],
    ['他社と同じサーバー使ってる？', '8.3-tenant-isolation'],
    ['本番データでテストしてない？', '8.33-test-data'],
    ['PPAPやってる？', '5.14-information-transfer'],
    ['アカウント共有してない？', '5.16-user-registration'],
    ['iPhoneでも使える？', 'org-supported-environment'],
  ])('fires the intended control on casual Japanese: %s', (question, expected) => {
    expect(firedControls(question)).toContain(expected);
  });

  it.each([
    ['Do you have a written information security program?', '5.1-security-policy'],
    ['Who is responsible for information security?', '5.2-security-roles'],
    ['How quickly is access removed when an employee leaves?', '5.18-deprovisioning'],
    ['Do you run phishing simulations?', '6.3-security-training'],
    ['Describe how customer data is protected at rest.', '8.24-encryption-at-rest'],
    ['Can customers bring their own keys?', '8.24-key-management'],
    ['Where do you store our data?', '5.31-data-location'],
    ['In which country is our data hosted?', '5.31-data-location'],
    ['Can your employees access our data?', '8.3-provider-access'],
    ['Is two-factor authentication available?', '8.5-mfa'],
    ['Are accounts locked after failed login attempts?', '8.5-account-lockout'],
    ['How often are user access rights reviewed?', '5.18-access-review'],
    ['Can admins see an audit trail of user activity?', '8.15-customer-audit-log'],
    ['How long are logs retained?', '8.15-log-retention'],
    ['Do you monitor for suspicious activity 24/7?', '8.16-log-monitoring'],
    ['Within how many hours will you notify us of an incident?', '5.26-incident-notification'],
    ['Have you ever had a data breach?', 'org-past-incidents'],
    ['How quickly can you recover from an outage?', '5.30-rto-rpo'],
    ['Where are backups stored?', '8.13-backup-location'],
    ['Do you offer 24/7 support?', 'org-support'],
    ['How quickly are critical vulnerabilities patched?', '8.8-vulnerability-management'],
    ['Do you scan for vulnerabilities?', '8.8-vulnerability-assessment'],
    ['Is the production environment separated from development?', '8.31-environment-separation'],
    ['Is production data used for testing?', '8.33-test-data'],
    ['Describe your vendor risk management process.', '5.19-supplier-security'],
    ['Is the service hosted on AWS?', '5.23-cloud-provider'],
    ['Do you sell customer data?', '5.34-third-party-disclosure'],
    ['What happens to our data when the contract ends?', '8.10-deletion-on-termination'],
    ['Can we export all our data?', 'cloud-data-export'],
    ['Do you carry cyber liability insurance?', 'org-cyber-insurance'],
    ['How do you segregate customer data?', '8.3-tenant-isolation'],
    ['Can employees use personal devices?', '8.1-byod'],
    ['How do you dispose of hard drives?', '7.14-secure-disposal'],
    ['Is your infrastructure highly available?', '8.14-redundancy'],
    ['Do you notify customers of changes to the service?', '8.32-change-notice'],
    ['How are changes to production approved?', '8.32-change-management'],
    ['Are clocks synchronized?', '8.17-clock-sync'],
    ['Is there a limit of liability?', 'org-liability'],
    ['What happens if your company goes bankrupt?', 'cloud-service-termination'],
    ['Which browsers are supported?', 'org-supported-environment'],
  ])('fires the intended control on questionnaire English: %s', (question, expected) => {
    expect(firedControls(question)).toContain(expected);
  });

  it.each([
    // Prices and deals
    'このプランの月額いくらだっけ',
    '見積もり今日中に出せる？',
    '値引きどこまでいける？',
    '他社から見た弊社の強みって何？',
    'Is there a discount for annual billing?',
    'What stage is the deal at?',
    'Can we white-label your product?',
    "Let's schedule an account review with the client",
    // Company facts and marketing
    '先月の売上データどこに置いた？',
    '会社のロゴデータどこにある？',
    '外部メディアに掲載されました',
    'Can we get a quick snapshot of Q3 pipeline?',
    'How many visitors did our website get last month?',
    'Our marketing segmentation needs work',
    'Please share the sales playbook',
    // Office life
    '候補をリストアップしておいて',
    'お土産のクッキーが休憩室にあります',
    '近くのランチの店の営業時間わかる？',
    '来客用の駐車場ある？',
    '最後の人は戸締りお願いします',
    '空調効きすぎて寒い',
    'トイレ水漏れしてます',
    '荷物のトラッキング番号教えて',
    '田中さんどれくらいで戻る？',
    'The HDMI cable is missing',
    "That's a cool feature",
    // HR and benefits
    '社会保険に加入できますか',
    '有給の使用状況を確認したい',
    'ICカードの履歴で交通費精算できる？',
    'Does the company offer health insurance?',
    // Events
    '来月辞める人の送別会どこでやる？',
    '展示会のブース搬入は何時から？',
    'セミナーの受付時間は？',
  ])('fires no control on an off-topic casual question: %s', (question) => {
    expect(firedControls(question)).toEqual([]);
  });

  /** Everyday English words that a stand-alone term would catch through stemming (staging → stage). */
  it.each([
    'stage',
    'cool',
    'label',
    'bias',
    'mask',
    'alert',
    'visitor',
    'snapshot',
    'cable',
    'generator',
    'carrier',
    'lightning',
    'insurance',
    'playbook',
    'segmentation',
  ])('keeps the everyday word "%s" from firing a control on its own', (word) => {
    expect(firedControls(`What about the ${word}?`)).toEqual([]);
  });
});
