/**
 * Hygiene of the built-in security glossary (`src/search/glossary-data.ts`): the mistakes that make
 * a synonym group fire where it should not, never fire, or pull the wrong answers first.
 */
import { describe, expect, it } from 'vitest';
import { SECURITY_GLOSSARY } from '../../src/search/glossary-data.js';
import { buildGlossary } from '../../src/search/glossary.js';
import { normalizeText } from '../../src/search/normalize.js';
import { ASKING_WORDS, EVERYDAY_FALSE_FRIENDS, OFF_TOPIC_QUESTIONS } from '../helpers/wrong-place-words.js';

const GROUPS = SECURITY_GLOSSARY;
const ALL_TERMS = GROUPS.flat();

const isAscii = (term: string): boolean => /^[\x20-\x7e]+$/.test(term);
const hasJapanese = (term: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(term);
const isKanaOnly = (term: string): boolean => /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(term);

/**
 * How the matcher compares English terms: spaces and hyphens are optional and a plural `s`/`es`
 * is allowed, so `sign-in`, `sign in` and `signins` are one term.
 */
function matchKey(term: string): string {
  return isAscii(term) ? `en:${term.replace(/[ -]+/g, '').replace(/(?:es|s)$/, '')}` : `ja:${term}`;
}

/** The groups a term belongs to (by match key). */
const groupsByKey = new Map<string, number[]>();
GROUPS.forEach((group, index) => {
  for (const key of new Set(group.map(matchKey))) groupsByKey.set(key, [...(groupsByKey.get(key) ?? []), index]);
});

function groupOf(term: string): readonly string[] | undefined {
  const found = groupsByKey.get(matchKey(term));
  return found ? GROUPS[found[0]!] : undefined;
}

/**
 * Terms deliberately listed in more than one group. A term in two groups fires both, so each entry
 * here must be a real double meaning, not an oversight; prefer merging the groups or removing the
 * term from one of them. Empty on purpose.
 */
const ALLOWED_IN_TWO_GROUPS: readonly string[] = [];

/** Two-letter English terms fire on any word boundary: only unmistakable acronyms. */
const TWO_LETTER_ACRONYMS = new Set(['os', 'ip', 'db', 'dr', 'pc', 'ad', 'ai', 'fw']);

/** Groups whose canonical (first) term is the ASCII acronym that checksheets themselves write. */
const ASCII_CANONICAL = new Set([
  'iso27001',
  'iso27017',
  'iso27018',
  'iso27701',
  'soc2',
  'ismap',
  'pci dss',
  'fisc',
  'csa star',
  'gdpr',
  'cookie',
  'cloud act',
  'os',
  'sla',
  'bcp',
  'usb',
  'mdm',
  'byod',
  'vpn',
  'bitlocker',
  'waf',
  'ddos',
  'csirt',
  'dlp',
  'ppap',
  'sns',
  'api',
  'ntp',
]);

describe('glossary data: shape', () => {
  it('has a few hundred groups', () => {
    expect(GROUPS.length).toBeGreaterThanOrEqual(200);
    expect(GROUPS.length).toBeLessThanOrEqual(350);
  });

  it('has at least two terms in every group', () => {
    const small = GROUPS.filter((group) => group.length < 2);
    expect(small).toEqual([]);
  });

  it('starts every group with its canonical Japanese form (or the acronym checksheets use)', () => {
    const bad = GROUPS.map((group) => group[0]!).filter((head) => !hasJapanese(head) && !ASCII_CANONICAL.has(head));
    expect(bad).toEqual([]);
  });
});

describe('glossary data: every term', () => {
  it('is a non-empty string without padding, doubled spaces, tabs or newlines', () => {
    const bad = ALL_TERMS.filter((term) => typeof term !== 'string' || term.trim() !== term || term === '' || /\s{2,}|[\t\r\n]/.test(term));
    expect(bad).toEqual([]);
  });

  it('is already normalised as questions are: NFKC, lower case, plain hyphens', () => {
    const bad = ALL_TERMS.filter((term) => term !== term.normalize('NFKC').toLowerCase() || /[‐‑‒–—―−ｰ]/.test(term));
    expect(bad).toEqual([]);
  });

  it('is longer than one character (no single kanji, no single letter)', () => {
    expect(ALL_TERMS.filter((term) => [...term].length < 2)).toEqual([]);
  });

  it('is a two-letter English word only when it is a well-known acronym', () => {
    const bad = ALL_TERMS.filter((term) => /^[a-z0-9]{2}$/.test(term) && !TWO_LETTER_ACRONYMS.has(term));
    expect(bad).toEqual([]);
  });

  it('is never two kana alone (they hide inside other words: ログ in ブログ, キー in ホッケー)', () => {
    expect(ALL_TERMS.filter((term) => isKanaOnly(term) && [...term].length <= 2)).toEqual([]);
  });

  it('has no space next to a Japanese character (the normaliser removes those, so it would never match)', () => {
    const bad = ALL_TERMS.filter((term) => /[^\x00-\x7f] | [^\x00-\x7f]/.test(term));
    expect(bad).toEqual([]);
  });

  it('spells English with letters, digits and a few joiners only', () => {
    const bad = ALL_TERMS.filter(isAscii).filter((term) => !/^[a-z0-9](?:[a-z0-9 ./&'+-]*[a-z0-9])?$/.test(term));
    expect(bad).toEqual([]);
  });
});

describe('glossary data: groups do not overlap', () => {
  it('lists no term twice inside a group', () => {
    // Inflections (`encrypt`, `encrypted`) are allowed on purpose: they keep working if the
    // matcher's plural handling changes. Only literal repeats are mistakes.
    const dupes = GROUPS.flatMap((group) => group.filter((term, i) => group.indexOf(term) !== i));
    expect(dupes).toEqual([]);
  });

  it('puts a term in two groups only when the allow-list says so', () => {
    const shared = [...groupsByKey.entries()]
      .filter(([, groups]) => groups.length > 1)
      .map(([key, groups]) => `${key} in ${groups.map((g) => GROUPS[g]![0]).join(' / ')}`)
      .filter((entry) => !ALLOWED_IN_TWO_GROUPS.some((term) => entry.startsWith(`${matchKey(term)} `)));
    expect(shared).toEqual([]);
  });

  it('keeps the allow-list honest: every allowed term really is in two groups', () => {
    const stale = ALLOWED_IN_TWO_GROUPS.filter((term) => (groupsByKey.get(matchKey(term))?.length ?? 0) < 2);
    expect(stale).toEqual([]);
  });
});

describe('glossary data: terms that would fire in the wrong place', () => {
  it('has no Japanese term hidden inside an unrelated everyday word', () => {
    const japaneseTerms = ALL_TERMS.filter((term) => !isAscii(term));
    const termSet = new Set(ALL_TERMS);
    const bad = EVERYDAY_FALSE_FRIENDS.filter((word) => !termSet.has(word)).flatMap((word) =>
      japaneseTerms.filter((term) => term !== word && word.includes(term)).map((term) => `${term} ⊂ ${word}`),
    );
    expect(bad).toEqual([]);
  });

  /** Ambiguous words that must only appear inside longer phrases, never as terms on their own. */
  const NOT_ALONE = [
    'support', // "does the product support SSO" is not about the support desk
    'log', // "log in"
    'loss', // "data loss"
    'transfer', // "data transfer" is not a staff transfer
    'ids',
    'ips', // plurals of ID and IP
    'soc', // SOC report or security operations centre
    'cert', // certificate or CERT
    'it',
    'id',
    'us',
    'ad',
    'ログ',
    'ポート',
    'キー',
    'ソフト',
    'ダウン',
    'ロール',
    '契約',
    '保険',
    '受付',
    '日本',
    '侵入',
    '初期化',
    '認証',
    'カード',
    'アクセス権', // kuromoji reads it as アクセス + suffix: it would match every item that says アクセス
  ];

  it('keeps ambiguous words out of the glossary as stand-alone terms', () => {
    const termSet = new Set(ALL_TERMS);
    expect(NOT_ALONE.filter((word) => termSet.has(word))).toEqual([]);
  });

  it('does not turn the words of asking into concepts', () => {
    const termSet = new Set(ALL_TERMS);
    expect(ASKING_WORDS.filter((word) => termSet.has(word))).toEqual([]);
  });

  const glossary = buildGlossary();
  /** Canonical terms of the groups a question fires, in order, each once. */
  const firedHeads = (question: string): string[] => [
    ...new Set(
      glossary
        .match(normalizeText(question))
        .flatMap((match) =>
          GROUPS.filter((group) => group.every((term) => match.terms.includes(normalizeText(term)))).map((group) => group[0]!),
        ),
    ),
  ];

  it.each(OFF_TOPIC_QUESTIONS)('fires nothing on an off-topic question: %s', (question) => {
    expect(firedHeads(question)).toEqual([]);
  });

  it.each([
    ['Does the product support single sign-on with Azure AD?', ['シングルサインオン']],
    ['We did a root cause analysis after the outage', ['再発防止', '障害']],
    ['Is customer data transferred outside Japan?', ['顧客データ', '国内']],
    ['DR構成ってどうなってる？', ['災害復旧']],
    ['ＵＳＢメモリって社内のPCで使えるんだっけ？', ['usbメモリ', '社内', 'パソコン']],
    ['辞めた人のアカウントってすぐ消してる？', ['退職', 'アカウント', '削除']],
  ])('fires the intended groups and nothing else: %s', (question, heads) => {
    expect(firedHeads(question)).toEqual(heads);
  });
});

describe('glossary data: the bridges that matter', () => {
  it.each([
    // English ↔ Japanese, one topic each
    ['mfa', '多要素認証'],
    ['two-factor authentication', '二段階認証'],
    ['encryption', '暗号化'],
    ['encryption at rest', '保存データの暗号化'],
    ['tls', '通信の暗号化'],
    ['retention', '保存期間'],
    ['how long do you keep', '保持期間'],
    ['sso', 'シングルサインオン'],
    ['saml', 'シングルサインオン'],
    ['entra id', 'シングルサインオン'],
    ['backup', 'バックアップ'],
    ['restore', '復旧'],
    ['disaster recovery', '災害復旧'],
    ['business continuity plan', '事業継続計画'],
    ['information security policy', '情報セキュリティ基本方針'],
    ['ciso', '情報セキュリティ責任者'],
    ['iso 27001', 'isms'],
    ['privacy mark', 'プライバシーマーク'],
    ['internal audit', '内部監査'],
    ['governing law', '準拠法'],
    ['jurisdiction', '管轄裁判所'],
    ['personal information', '個人情報'],
    ['privacy policy', 'プライバシーポリシー'],
    ['shared with third parties', '第三者提供'],
    ['secondary use', '目的外利用'],
    ['chatgpt', '生成ai'],
    ['security awareness', 'セキュリティ研修'],
    ['leaver', '退職'],
    ['offboarding', '退職者'],
    ['key card', 'カードキー'],
    ['biometric', '生体認証'],
    ['earthquake', '耐震'],
    ['lightning', '落雷'],
    ['flood', '水害'],
    ['fire suppression', '消火設備'],
    ['static electricity', '静電気'],
    ['ups', '停電'],
    ['data center', 'データセンター'],
    ['outside japan', '国内'],
    ['aws', 'インフラ'],
    ['iaas', 'インフラ'],
    ['advance notice', '事前に通知'],
    ['maintenance', 'メンテナンス'],
    ['log4j', '脆弱性情報'],
    ['patch', 'パッチ'],
    ['vulnerability scan', '脆弱性診断'],
    ['penetration test', 'ペネトレーションテスト'],
    ['sla', '稼働率'],
    ['uptime', '稼働率'],
    ['outage', '障害'],
    ['status page', '稼働状況'],
    ['siem', 'ログ監視'],
    ['audit log', '監査ログ'],
    ['root account', '特権id'],
    ['password policy', 'パスワードポリシー'],
    ['minimum length', '文字数'],
    ['ip restriction', 'ipアドレス制限'],
    ['rbac', '権限管理'],
    ['multi-tenant', 'マルチテナント'],
    ['firewall', 'ファイアウォール'],
    ['waf', 'web application firewall'],
    ['antivirus', 'ウイルス対策'],
    ['edr', 'ウイルス対策'],
    ['incident response', 'インシデント対応'],
    ['data breach', '情報漏えい'],
    ['csirt', 'インシデント対応チーム'],
    ['disposal', '廃棄'],
    ['removable media', 'usbメモリ'],
    ['laptop', 'ノートpc'],
    ['stolen', '盗難'],
    ['bitlocker', 'full disk encryption'],
    ['cancellation', '解約'],
    ['service termination', 'サービス終了'],
    ['support hours', '営業時間'],
    ['soc2', 'soc報告書'],
    ['key management', '鍵管理'],
    ['access review', '棚卸し'],
    ['change management', '変更管理'],
    ['secure coding', 'セキュア開発'],
    ['subcontractor', '再委託'],
    ['outsourcing', '委託先'],
    ['nda', '秘密保持契約'],
    ['background check', '身元確認'],
    ['remote work', 'テレワーク'],
    ['phishing', '標的型メール'],
    ['ddos', 'dos攻撃'],
    ['time synchronization', 'ntp'],
    ['session timeout', 'セッションタイムアウト'],
    ['clear desk', 'クリアデスク'],
    ['mdm', 'モバイルデバイス管理'],
    ['cyber insurance', 'サイバー保険'],
    ['data export', 'データ移行'],
    ['segregation of duties', '職務分掌'],
    ['shared responsibility model', '責任共有モデル'],
    ['redundancy', '冗長化'],
    ['terms of service', '利用規約'],
    ['data ownership', 'データの所有権'],
    // plain word pairs
    ['delete', '削除'],
    ['employee', '従業員'],
    ['office', 'オフィス'],
    ['how often', '頻度'],
    ['annually', '年1回'],
    // casual and checksheet spellings
    ['辞めた人', '退職'],
    ['ばっくあっぷ', 'バックアップ'],
    ['サーバ', 'サーバー'],
    ['メンテ', 'メンテナンス'],
    ['落ちて', 'サービス停止'],
    ['ウィルス対策', 'ウイルス対策'],
    ['ぜい弱性', '脆弱性'],
    ['2段階認証', '多要素認証'],
  ])('%s and %s share a group', (a, b) => {
    const group = groupOf(a);
    expect(group, `${a} is not in the glossary`).toBeDefined();
    expect(group!.map(matchKey)).toContain(matchKey(b));
  });
});
