/**
 * The security control catalogue: the ~190 things security checksheets ask about, with the words
 * that name each one in Japanese and English, keyed to ISO/IEC 27002.
 *
 * ## Why controls
 *
 * Every checksheet, whoever wrote it, asks about the same controls in its own words: one asks
 * "入退室管理を行っているか", another "オフィスへの不正侵入防止の対策は", a third "How is physical
 * access to your offices controlled?". Tagging both the question and every prepared answer with
 * controls lets them meet even when they share no word. Words are only the evidence; the control
 * is what is matched.
 *
 * ## What an entry is
 *
 * - A **control** is one question topic, finer than an ISO clause where checksheets ask separately
 *   (ISO 8.5 secure authentication is seven controls here: MFA, password policy, password expiry,
 *   SSO, session timeout, account lockout, log-on method). Controls that share an ISO/IEC 27002:2022 clause are siblings
 *   (at-rest and in-transit encryption under 8.24). Labels are our own short words: the
 *   standards' text is not copied.
 * - A **family** is the checksheet section a control usually sits in: the 2013 clauses `A.5` …
 *   `A.18` (Japanese checksheets follow their order and headings), plus `CLOUD`, `PRIV`, `ORG`.
 * - **Terms** name the control: formal checksheet wording (`入退室管理`), casual wording
 *   (`辞めた人`), and English (`entry control`). A term found in a text is strong evidence that
 *   the text is about the control.
 * - **Related** words are co-topics that are not synonyms (`監視カメラ` for entry control, `誓約書`
 *   for the post-employment duty): weaker evidence, for ranking among candidates.
 * - **Quantity** is the kind of figure an answer about the control states (days, times a year,
 *   characters, percent), so that "何日?" prefers an item that states days.
 *
 * ## How terms are matched, and the rules that follow (`catalogue-data.test.ts` checks them)
 *
 * Text is normalised (`normalizeText`: NFKC, lower case, plain hyphens, OCR spaces between
 * Japanese characters removed). Japanese terms match as substrings; English terms match whole
 * words (`[a-z0-9][a-z0-9.+#]*` tokens, spaces and hyphens alike, light stemming of plurals,
 * `-ed`, `-ing`). Every term must be safe both ways: when it stands in a question it means the
 * control, and when it stands in a prepared answer it means the control too.
 *
 * - Terms are written normalised; no single-character terms; no two-kana terms.
 * - No Japanese term that hides inside everyday words: not ログ (ブログ), ポート (サポート), ソフト
 *   (マイクロソフト), 契約 alone (年間契約), 保険 alone (社会保険), 所在地 alone (a company's
 *   address), 本社. Write the specific phrase: `データの保管場所`, `データセンターの所在地`.
 * - No term that only frames a question (確認, 回答, 対応, お客様, customer, please).
 * - Ambiguous English words only inside phrases: `support hours`, never `support`; `log
 *   retention`, never `log` (which is also "log in"); `vendor management`, never `vendor` (English
 *   questionnaires call the answering company "the vendor").
 * - English terms use letters, digits and `. + # -` only: the tokeniser splits on `/` and `'`.
 * - A term belongs to one control's `terms`. A word that genuinely signals two controls goes in
 *   the `terms` of the one it names and the `related` of the other; a related word may serve
 *   several controls.
 * - Ids are the first ISO/IEC 27002:2022 clause plus a slug (`8.5-mfa`); a control no clause
 *   covers takes its family in lower case (`org-cyber-insurance`). Once published, an id stays.
 * - Where a longer term of one control contains a shorter term of another (`インシデント対応`
 *   inside `インシデント対応チーム`, `バックアップ` inside `バックアップ電源`), a plain substring
 *   matcher fires both. The longer term names the more specific control, and sometimes the only
 *   right one (a backup power supply is not a data backup): prefer the longest match at a place.
 */
import type { ControlDefinition, ControlFamily } from './types.js';

export const CONTROL_FAMILIES: readonly ControlFamily[] = [
  {
    id: 'A.5',
    label: { ja: '情報セキュリティのための方針群', en: 'Information security policies' },
    headings: ['情報セキュリティのための方針群', '情報セキュリティ方針', '情報セキュリティポリシー', 'セキュリティポリシー', '基本方針', '情報セキュリティの運営', 'セキュリティ方針及び標準', 'リスクマネジメント', 'information security policies', 'security policy', 'governance', 'governance, risk and compliance', 'risk management'],
  },
  {
    id: 'A.6',
    label: { ja: '情報セキュリティのための組織', en: 'Organization of information security' },
    headings: ['情報セキュリティのための組織', '情報セキュリティ組織', '組織的対策', '組織的セキュリティ', '組織的安全管理措置', 'セキュリティ管理態勢', 'セキュリティ体制', 'モバイル機器及びテレワーキング', 'モバイル機器', 'テレワーク', 'organization of information security', 'organisation of information security', 'security organization', 'mobile devices and teleworking'],
  },
  {
    id: 'A.7',
    label: { ja: '人的資源のセキュリティ', en: 'Human resource security' },
    headings: ['人的資源のセキュリティ', '人的セキュリティ', '人的対策', '人的安全管理措置', '雇用前', '雇用期間中', '雇用の終了及び変更', '従業員の管理', 'human resource security', 'human resources security', 'personnel security', 'hr security'],
  },
  {
    id: 'A.8',
    label: { ja: '資産の管理', en: 'Asset management' },
    headings: ['資産の管理', '資産管理', '情報資産の管理', '情報資産管理', '情報分類', '媒体の取扱い', '機密情報の管理', 'データ管理', 'asset management', 'information classification', 'media handling', 'data management'],
  },
  {
    id: 'A.9',
    label: { ja: 'アクセス制御', en: 'Access control' },
    headings: ['アクセス制御', 'アクセス管理', '利用者アクセスの管理', '利用者の責任', 'システム及びアプリケーションのアクセス制御', 'アカウント管理', 'id管理', '認証', 'access control', 'identity and access management', 'user access management', 'authentication'],
  },
  {
    id: 'A.10',
    label: { ja: '暗号', en: 'Cryptography' },
    headings: ['暗号', '暗号化', '暗号による管理策', '暗号化と鍵管理', 'cryptography', 'encryption', 'cryptography, encryption and key management'],
  },
  {
    id: 'A.11',
    label: { ja: '物理的及び環境的セキュリティ', en: 'Physical and environmental security' },
    headings: ['物理的及び環境的セキュリティ', '物理的セキュリティ', '物理的対策', '環境的セキュリティ', '物理的安全管理措置', '装置', 'データセンター', 'オフィス管理', 'physical and environmental security', 'physical security', 'datacenter security', 'data center security'],
  },
  {
    id: 'A.12',
    label: { ja: '運用のセキュリティ', en: 'Operations security' },
    headings: ['運用のセキュリティ', '運用セキュリティ', '運用管理', '技術的対策', '技術的安全管理措置', 'マルウェア対策', 'マルウェアからの保護', 'バックアップ', 'ログ管理', 'ログ取得及び監視', '技術的脆弱性管理', 'サーバ監視', 'クロックの同期', 'operations security', 'operational security', 'logging and monitoring', 'threat and vulnerability management', 'change control and configuration management'],
  },
  {
    id: 'A.13',
    label: { ja: '通信のセキュリティ', en: 'Communications security' },
    headings: ['通信のセキュリティ', '通信セキュリティ', 'ネットワークセキュリティ管理', 'ネットワーク管理', 'ネットワークのアクセス制御', 'ネットワークの領域分割', '情報の転送', 'communications security', 'network security', 'network security management', 'information transfer'],
  },
  {
    id: 'A.14',
    label: { ja: 'システムの取得、開発及び保守', en: 'System acquisition, development and maintenance' },
    headings: ['システムの取得、開発及び保守', 'システムの取得', '開発及びサポートプロセス', '開発のセキュリティ', 'セキュア開発', 'アプリケーションセキュリティ', 'system acquisition, development and maintenance', 'secure development', 'application security', 'application and interface security'],
  },
  {
    id: 'A.15',
    label: { ja: '供給者関係', en: 'Supplier relationships' },
    headings: ['供給者関係', '供給者との関係', '委託先管理', '外部委託', '外部組織', 'supplier relationships', 'supply chain management', 'third-party management', 'vendor management', 'outsourcing'],
  },
  {
    id: 'A.16',
    label: { ja: '情報セキュリティインシデント管理', en: 'Information security incident management' },
    headings: ['情報セキュリティインシデント管理', 'インシデント管理', 'インシデント対応', '事故対応', '情報セキュリティ事象', 'incident management', 'security incident management', 'incident response'],
  },
  {
    id: 'A.17',
    label: { ja: '事業継続マネジメントにおける情報セキュリティの側面', en: 'Information security aspects of business continuity management' },
    headings: ['事業継続マネジメントにおける情報セキュリティの側面', '事業継続マネジメント', '事業継続管理', '事業継続', '災害対策', '冗長性', 'business continuity', 'business continuity management', 'business continuity management and operational resilience', 'disaster recovery', 'redundancies'],
  },
  {
    id: 'A.18',
    label: { ja: '順守', en: 'Compliance' },
    headings: ['順守', '遵守', 'コンプライアンス', '適用法令の識別', '法令遵守', '第三者認証', '認証取得状況', '監査', 'compliance', 'audit and assurance', 'certifications', 'legal and regulatory'],
  },
  {
    id: 'CLOUD',
    label: { ja: 'クラウドサービス固有の管理策', en: 'Cloud-specific controls' },
    headings: ['クラウドサービス固有', 'クラウド固有', 'クラウドサービスの提供', 'クラウドセキュリティ', '仮想化', 'cloud-specific controls', 'cloud security', 'infrastructure and virtualization security', 'interoperability and portability'],
  },
  {
    id: 'PRIV',
    label: { ja: '個人情報・プライバシーの保護', en: 'Privacy and protection of personal information' },
    headings: ['個人データ及び個人情報の保護', '個人情報保護', '個人情報の保護', '個人情報の取扱い', 'プライバシー', 'privacy', 'data privacy', 'data security and privacy', 'personal information protection'],
  },
  {
    id: 'ORG',
    label: { ja: '会社・サービス情報', en: 'Company and service facts' },
    headings: ['会社概要', '企業情報', '基本情報', 'サービス概要', 'サービスレベル', 'サポート体制', '契約条件', 'company information', 'company profile', 'service overview', 'service level', 'support', 'general information'],
  },
];

export const CONTROL_CATALOGUE: readonly ControlDefinition[] = [
  // ───────────────────────── A.5 Policies, governance, risk ─────────────────────────
  {
    id: '5.1-security-policy', family: 'A.5', iso27002_2022: ['5.1'], iso27002_2013: ['A.5.1.1'], ccm: ['GRC-01', 'GRC-05'],
    label: { ja: '情報セキュリティ基本方針・規程', en: 'Information security policy' },
    terms: ['情報セキュリティ基本方針', '情報セキュリティポリシー', 'セキュリティポリシー', 'セキュリティ基本方針', '情報セキュリティ方針', 'セキュリティ方針', '情報セキュリティに関する基本方針', 'isms基本方針', '情報セキュリティ規程', 'セキュリティ規程', '情報セキュリティ規則', '情報セキュリティ管理規程', 'セキュリティ規則', 'information security policy', 'security policy', 'security policies', 'infosec policy', 'topic-specific policies', 'security rules'],
    related: ['社内規程', '社内規定', '規程類', '方針を公開', '全従業員に周知', 'policy framework', 'approved by management'],
  },
  {
    id: '5.1-policy-review', family: 'A.5', iso27002_2022: ['5.1'], iso27002_2013: ['A.5.1.2'], ccm: ['GRC-03'],
    label: { ja: '方針・規程の見直し', en: 'Policy review' },
    terms: ['方針の見直し', '基本方針の見直し', 'ポリシーの見直し', '規程の見直し', '規程類の見直し', '規程の改訂', '方針のレビュー', 'マネジメントレビュー', 'policy review', 'review of policies', 'policies reviewed', 'policy update', 'management review'],
    related: ['重大な変化', '重大な変更', 'significant change', 'annual review'],
    quantity: 'frequency',
  },
  {
    id: 'a.5-risk-assessment', family: 'A.5', iso27002_2022: [], iso27002_2013: [], ccm: ['GRC-02'],
    label: { ja: 'リスクアセスメント', en: 'Risk assessment' },
    terms: ['リスクアセスメント', 'リスク評価', 'リスク分析', 'リスク管理', 'リスクマネジメント', 'リスク対応計画', 'リスク対応', 'リスクの特定', 'リスクの識別', 'リスク登録簿', '残留リスク', 'risk assessment', 'risk analysis', 'risk management', 'risk evaluation', 'risk register', 'risk treatment', 'residual risk'],
    related: ['脅威', '発生確率', '影響度', 'threat', 'likelihood'],
    quantity: 'frequency',
  },

  // ───────────────────────── A.6 Organisation, mobile and remote work ─────────────────────────
  {
    id: '5.2-security-roles', family: 'A.6', iso27002_2022: ['5.2'], iso27002_2013: ['A.6.1.1'], ccm: ['GRC-06', 'HRS-09'],
    label: { ja: 'セキュリティの役割と責任', en: 'Security roles and responsibilities' },
    terms: ['役割及び責任', '役割と責任', '責任と権限', '職務と責任', 'セキュリティの役割', 'セキュリティに関する役割', '役割の明確化', 'roles and responsibilities', 'security roles', 'security responsibilities', 'raci'],
    related: ['責任者', '担当者の任命', 'accountability'],
  },
  {
    id: '5.2-ciso', family: 'A.6', iso27002_2022: ['5.2'], iso27002_2013: ['A.6.1.1'], ccm: ['GRC-06'],
    label: { ja: '情報セキュリティ責任者', en: 'Chief information security officer' },
    terms: ['情報セキュリティ責任者', 'セキュリティ責任者', 'セキュリティの責任者', '最高情報セキュリティ責任者', '情報セキュリティ統括責任者', '情報セキュリティ総括責任者', '情報セキュリティ管理責任者', '情報セキュリティ担当役員', 'ciso', 'chief information security officer', 'information security officer', 'security officer', 'head of security', 'in charge of security'],
    related: ['cso', 'cio', '責任者の任命', '責任者を任命'],
  },
  {
    id: '5.2-security-committee', family: 'A.6', iso27002_2022: ['5.2'], iso27002_2013: ['A.6.1.1'], ccm: ['GRC-05'],
    label: { ja: 'セキュリティ委員会・推進体制', en: 'Security committee and organisation' },
    terms: ['情報セキュリティ委員会', 'セキュリティ委員会', 'isms委員会', 'iso運営委員会', 'isms推進委員会', '情報セキュリティ推進体制', 'セキュリティ推進体制', '情報セキュリティ管理体制', 'セキュリティ管理体制', 'セキュリティ管理態勢', '情報セキュリティ体制', 'セキュリティ体制', 'セキュリティ組織', '情報セキュリティ推進室', 'security committee', 'steering committee', 'security organization', 'security organisation', 'security team', 'dedicated security team', 'security governance'],
    related: ['組織図', '推進体制', 'organization chart', 'organisation chart'],
  },
  {
    id: '5.3-segregation-of-duties', family: 'A.6', iso27002_2022: ['5.3'], iso27002_2013: ['A.6.1.2'], ccm: ['IAM-04'],
    label: { ja: '職務の分離', en: 'Segregation of duties' },
    terms: ['職務の分離', '職務分離', '職務分掌', '権限分離', '権限の分離', '相互牽制', '相互けん制', '牽制機能', 'segregation of duties', 'separation of duties', 'four-eyes principle', 'four eyes', 'dual control', 'maker-checker'],
    related: ['ダブルチェック', '承認者', '2名体制', '二人体制', 'double check', 'conflict of interest'],
  },
  {
    id: '5.5-contact-with-authorities', family: 'A.6', iso27002_2022: ['5.5'], iso27002_2013: ['A.6.1.3'], ccm: ['SEF-08'],
    label: { ja: '関係当局との連絡', en: 'Contact with authorities' },
    terms: ['関係当局', '監督官庁', '所管官庁', '関係機関への連絡', '関係機関との連絡', '警察への届出', '警察への連絡', '警察に届け', 'contact with authorities', 'regulatory authorities', 'relevant authorities', 'regulators'],
    related: ['警察', '消防署', 'law enforcement', 'police'],
  },
  {
    id: '5.6-special-interest-groups', family: 'A.6', iso27002_2022: ['5.6'], iso27002_2013: ['A.6.1.4'], ccm: ['GRC-08'],
    label: { ja: '専門組織との連絡', en: 'Contact with special interest groups' },
    terms: ['専門組織', '専門家組織', '業界団体', 'セキュリティコミュニティ', 'セキュリティ関連団体', 'special interest groups', 'professional associations', 'security forums', 'industry groups', 'isac', 'information sharing and analysis center'],
    related: ['日本シーサート協議会', 'first.org', 'セミナー', 'conference'],
  },
  {
    id: '5.7-threat-intelligence', family: 'A.6', iso27002_2022: ['5.7'], iso27002_2013: [],
    label: { ja: '脅威インテリジェンス', en: 'Threat intelligence' },
    terms: ['脅威インテリジェンス', '脅威情報', '脅威情報の収集', '脅威動向', '攻撃動向', 'セキュリティ動向', 'セキュリティ情報の収集', 'threat intelligence', 'threat intel', 'threat feeds', 'threat information', 'cyber threat intelligence'],
    related: ['jpcert', 'nisc', 'ipa', 'セキュリティニュース', 'threat landscape'],
  },
  {
    id: '5.8-project-security', family: 'A.6', iso27002_2022: ['5.8'], iso27002_2013: ['A.6.1.5', 'A.14.1.1'],
    label: { ja: 'プロジェクトにおけるセキュリティ', en: 'Security in project management' },
    terms: ['プロジェクトマネジメントにおける情報セキュリティ', 'プロジェクト管理におけるセキュリティ', 'プロジェクトにおけるセキュリティ', 'プロジェクトのセキュリティ', 'システム導入時のセキュリティ', '新規システム導入時', 'security in project management', 'project security', 'security in projects'],
    related: ['プロジェクト計画', '企画段階', '要件定義', 'project plan', 'project lifecycle'],
  },
  {
    id: '6.7-remote-work', family: 'A.6', iso27002_2022: ['6.7'], iso27002_2013: ['A.6.2.2'], ccm: ['HRS-04'],
    label: { ja: 'テレワーク', en: 'Remote working' },
    terms: ['テレワーク', 'リモートワーク', 'リモート勤務', '在宅勤務', '在宅での業務', '在宅ワーク', '自宅での業務', 'テレワーク規程', 'テレワーキング', 'remote work', 'remote working', 'working from home', 'work from home', 'wfh', 'telework', 'teleworking', 'hybrid work', 'home working'],
    related: ['自宅', '公衆無線lan', 'シェアオフィス', 'サテライトオフィス', 'カフェ', 'public wifi', 'coworking'],
  },
  {
    id: '8.1-mobile-devices', family: 'A.6', iso27002_2022: ['8.1'], iso27002_2013: ['A.6.2.1'], ccm: ['UEM-01', 'UEM-12', 'UEM-13'],
    label: { ja: 'モバイル端末の管理', en: 'Mobile devices' },
    terms: ['モバイル端末', 'モバイルデバイス', 'モバイル機器', 'モバイル端末の管理', 'モバイルデバイス管理', 'mdm', 'リモートワイプ', 'リモートロック', '遠隔消去', '遠隔ロック', '社用携帯', '社用スマホ', '会社支給のスマートフォン', 'mobile device', 'mobile device management', 'mobile device policy', 'remote wipe', 'remote lock', 'intune', 'jamf', 'emm', 'uem'],
    related: ['スマートフォン', 'スマホ', 'タブレット', '携帯電話', 'smartphone', 'tablet', 'iphone', 'android'],
  },
  {
    id: '8.1-byod', family: 'A.6', iso27002_2022: ['8.1'], iso27002_2013: ['A.6.2.1'], ccm: ['UEM-01', 'UEM-14'],
    label: { ja: '私物端末の業務利用', en: 'Bring your own device' },
    terms: ['byod', '私物端末', '私用端末', '個人所有端末', '個人所有の端末', '私物pc', '私物パソコン', '私物スマホ', '私物のスマートフォン', '私物の端末', '私物のパソコン', '私物の持ち込み', '私物', 'bring your own device', 'personal devices', 'personal device', 'personal laptop', 'personal phone', 'personally owned devices'],
    related: ['業務利用', '許可制', 'unmanaged devices'],
  },

  // ───────────────────────── A.7 Human resources ─────────────────────────
  {
    id: '5.4-management-commitment', family: 'A.7', iso27002_2022: ['5.4'], iso27002_2013: ['A.7.2.1'],
    label: { ja: '経営陣の関与', en: 'Management commitment' },
    terms: ['経営陣の責任', '経営陣の関与', '経営者の関与', '経営層の関与', '経営陣による支持', '経営陣の支援', '経営者の主導', '経営陣のコミットメント', 'management commitment', 'management responsibilities', 'leadership commitment', 'top management commitment', 'tone at the top'],
    related: ['経営会議', '取締役会', 'board of directors', 'senior management'],
  },
  {
    id: '6.1-screening', family: 'A.7', iso27002_2022: ['6.1'], iso27002_2013: ['A.7.1.1'], ccm: ['HRS-01'],
    label: { ja: '採用時の経歴確認', en: 'Background screening' },
    terms: ['身元確認', '身元調査', '経歴確認', '経歴の確認', '経歴調査', 'バックグラウンドチェック', '身辺調査', '前職調査', '採用時の審査', '採用時審査', '採用前の審査', '採用時の確認', 'background check', 'background screening', 'pre-employment screening', 'employment screening', 'vetting', 'reference check', 'criminal record check'],
    related: ['採用選考', '面接', '履歴書', '資格確認', 'hiring', 'recruitment', 'candidates'],
  },
  {
    id: '6.2-employment-terms', family: 'A.7', iso27002_2022: ['6.2'], iso27002_2013: ['A.7.1.2'], ccm: ['HRS-07', 'HRS-08'],
    label: { ja: '雇用契約におけるセキュリティ責任', en: 'Security in terms of employment' },
    terms: ['雇用契約', '雇用条件', '雇用契約書', '雇用契約時', '労働契約', '就業規則', '服務規程', '服務規律', 'employment contract', 'employment agreement', 'terms of employment', 'terms and conditions of employment', 'employee handbook', 'code of conduct'],
    related: ['入社時', '新入社員', '入社手続', 'onboarding', 'new hire', 'new employee'],
  },
  {
    id: '6.3-security-training', family: 'A.7', iso27002_2022: ['6.3'], iso27002_2013: ['A.7.2.2'], ccm: ['HRS-11', 'HRS-12'],
    label: { ja: 'セキュリティ教育・意識向上', en: 'Security awareness and training' },
    terms: ['セキュリティ教育', 'セキュリティ研修', '情報セキュリティ教育', '情報セキュリティ研修', '情報セキュリティに関する教育', '教育及び訓練', '教育と訓練', '意識向上', 'セキュリティ意識', '啓発活動', 'eラーニング', 'セキュリティ勉強会', '標的型メール訓練', '標的型攻撃メール訓練', 'フィッシング訓練', 'security awareness', 'awareness training', 'security training', 'security education', 'e-learning', 'elearning', 'phishing simulation', 'phishing test', 'phishing exercise'],
    related: ['研修', '勉強会', '教育', '理解度テスト', '受講', '全従業員', 'annual training', 'all employees'],
    quantity: 'frequency',
  },
  {
    id: '6.4-disciplinary', family: 'A.7', iso27002_2022: ['6.4'], iso27002_2013: ['A.7.2.3'],
    label: { ja: '懲戒手続', en: 'Disciplinary process' },
    terms: ['懲戒', '懲戒処分', '懲戒手続', '罰則規定', '罰則', '違反時の処分', '違反者への処分', 'セキュリティ違反を犯した', '賞罰', 'disciplinary', 'disciplinary process', 'disciplinary action', 'sanctions policy', 'sanctions for violations'],
    related: ['セキュリティ違反', '規程違反', '違反', 'policy violation', 'violation'],
  },
  {
    id: '6.5-offboarding', family: 'A.7', iso27002_2022: ['6.5'], iso27002_2013: ['A.7.3.1'], ccm: ['HRS-06'],
    label: { ja: '退職・異動時の手続', en: 'Leavers and movers' },
    terms: ['退職時', '退職者', '退職手続', '退職する際', '退職した', '辞めた人', '辞めた社員', '雇用の終了', '雇用の変更', '異動時', '人事異動', '部署異動', '配置転換', 'offboarding', 'off-boarding', 'leaver', 'leavers', 'termination of employment', 'employee departure', 'departing employees', 'former employees', 'role change', 'movers'],
    related: ['退職', '異動', '離職', 'resignation', 'exit interview'],
  },
  {
    id: '6.5-post-employment-confidentiality', family: 'A.7', iso27002_2022: ['6.5', '6.6'], iso27002_2013: ['A.7.3.1', 'A.13.2.4'], ccm: ['HRS-10'],
    label: { ja: '退職後の秘密保持', en: 'Confidentiality after employment' },
    terms: ['退職後の秘密保持', '退職後の守秘義務', '退職後の機密保持', '退職後も秘密保持', '退職後も守秘義務', '退職時の誓約書', '退職時に誓約書', '退職後の義務', 'post-employment confidentiality', 'confidentiality after employment', 'after leaving the company', 'obligations after termination'],
    related: ['誓約書', '退職', '競業避止'],
  },
  {
    id: '6.6-confidentiality-agreements', family: 'A.7', iso27002_2022: ['6.6', '6.2'], iso27002_2013: ['A.13.2.4', 'A.7.1.2'], ccm: ['HRS-10'],
    label: { ja: '秘密保持契約', en: 'Confidentiality agreements' },
    terms: ['秘密保持契約', '機密保持契約', '守秘義務契約', '秘密保持誓約書', '秘密保持に関する誓約', '秘密保持', '機密保持', '守秘義務', '誓約書', 'nda', 'non-disclosure agreement', 'confidentiality agreement', 'confidentiality undertaking', 'confidentiality obligation'],
    related: ['入社時', '機密情報', 'confidential information'],
  },

  // ───────────────────────── A.8 Assets, information handling, media ─────────────────────────
  {
    id: '5.9-asset-inventory', family: 'A.8', iso27002_2022: ['5.9'], iso27002_2013: ['A.8.1.1', 'A.8.1.2'], ccm: ['DCS-06', 'DSP-03'],
    label: { ja: '情報資産台帳', en: 'Asset inventory' },
    terms: ['情報資産台帳', '情報資産目録', '情報資産の目録', '資産台帳', '資産目録', '資産管理台帳', '資産管理', '機器台帳', 'ハードウェア台帳', 'ソフトウェア台帳', '資産の管理責任者', '資産の所有者', '情報資産の洗い出し', 'asset inventory', 'asset register', 'inventory of assets', 'asset management', 'asset list', 'asset owner', 'cmdb', 'it asset management'],
    related: ['情報資産', '棚卸', '台帳管理', 'information assets'],
  },
  {
    id: '5.10-acceptable-use', family: 'A.8', iso27002_2022: ['5.10'], iso27002_2013: ['A.8.1.3', 'A.8.2.3'], ccm: ['HRS-02'],
    label: { ja: '情報資産の利用の許容範囲', en: 'Acceptable use' },
    terms: ['利用の許容範囲', '許容される利用', '私的利用', '私的使用', '業務外利用', '業務外の利用', '業務目的以外', '認可されていない目的', 'acceptable use', 'acceptable use policy', 'aup', 'personal use', 'misuse of information processing facilities'],
    related: ['利用ルール', '利用規則', 'usage rules'],
  },
  {
    id: '5.11-return-of-assets', family: 'A.8', iso27002_2022: ['5.11'], iso27002_2013: ['A.8.1.4'], ccm: ['HRS-05'],
    label: { ja: '資産の返却', en: 'Return of assets' },
    terms: ['資産の返却', '貸与品の返却', '貸与物の返却', '貸与物品の返却', '機器の返却', '貸与pcの返却', 'pcの返却', '社員証の返却', '入館証の返却', '返却手続', 'return of assets', 'asset return', 'return equipment', 'return company equipment', 'return of equipment', 'returned devices'],
    related: ['貸与品', '貸与物', '退職時', 'company-issued'],
  },
  {
    id: '5.12-classification', family: 'A.8', iso27002_2022: ['5.12'], iso27002_2013: ['A.8.2.1'], ccm: ['DSP-04', 'DCS-05'],
    label: { ja: '情報の分類', en: 'Information classification' },
    terms: ['情報の分類', '情報分類', '資産の分類', '情報資産の分類', 'データ分類', 'データの分類', '機密区分', '機密度', '機密レベル', '重要度分類', '重要度の分類', '取扱区分', '格付け', 'classification', 'data classification', 'information classification', 'classification scheme', 'classification levels', 'sensitivity levels'],
    related: ['極秘', '社外秘', '部外秘', '関係者外秘', 'confidential', 'internal use only'],
  },
  {
    id: '5.13-labelling', family: 'A.8', iso27002_2022: ['5.13'], iso27002_2013: ['A.8.2.2'],
    label: { ja: '情報のラベル付け', en: 'Labelling of information' },
    terms: ['ラベル付け', 'ラベリング', '情報のラベル', '機密表示', '秘密表示', '区分表示', 'labelling', 'labeling', 'information labelling', 'information labeling', 'sensitivity labels', 'data labels'],
    related: ['社外秘', '極秘', 'watermark', '透かし'],
  },
  {
    id: '5.14-information-transfer', family: 'A.13', iso27002_2022: ['5.14'], iso27002_2013: ['A.13.2.1', 'A.13.2.2'], ccm: ['DSP-10'],
    label: { ja: '情報の転送・受け渡し', en: 'Information transfer' },
    terms: ['情報の転送', '情報転送', '情報交換', '情報の交換', '情報の授受', 'データの受け渡し', 'データ受け渡し', 'ファイル転送', 'ファイル共有', 'ファイル授受', 'ファイル送信', '大容量ファイル', 'パスワード付きzip', 'パスワード付きファイル', 'ppap', 'information transfer', 'transfer of information', 'file transfer', 'file sharing', 'secure file transfer', 'sftp', 'data exchange', 'exchange agreements'],
    related: ['添付ファイル', 'attachment', 'dropbox'],
  },
  {
    id: '5.14-email-security', family: 'A.13', iso27002_2022: ['5.14'], iso27002_2013: ['A.13.2.3'],
    label: { ja: '電子メールのセキュリティ', en: 'Email security' },
    terms: ['電子メールのセキュリティ', 'メールセキュリティ', '電子メールの保護', 'メールの暗号化', '迷惑メール', 'スパムメール', 'スパム対策', 'なりすましメール', 'メールフィルタ', '誤送信', '誤送信防止', 'メール誤送信', 'email security', 'e-mail security', 'email filtering', 'spam filter', 'spam filtering', 'spf', 'dkim', 'dmarc', 'email spoofing', 'misdirected email', 'electronic messaging'],
    related: ['電子メール', 'メール', 'email', 'smime'],
  },
  {
    id: '7.10-removable-media', family: 'A.8', iso27002_2022: ['7.10'], iso27002_2013: ['A.8.3.1', 'A.8.3.3'], ccm: ['DCS-04'],
    label: { ja: '記録媒体の管理', en: 'Removable media' },
    terms: ['記録媒体', '外部記憶媒体', '外部記録媒体', '外部記憶メディア', '記録メディア', '可搬媒体', '可搬記憶媒体', 'リムーバブルメディア', '電子媒体', '媒体の管理', '媒体の保管', '媒体の輸送', 'usbメモリ', 'usb制御', 'usbの使用', '外付けhdd', '外付けハードディスク', 'sdカード', 'デバイス制御', 'removable media', 'removable storage', 'storage media', 'usb stick', 'usb drive', 'usb memory', 'flash drive', 'thumb drive', 'external storage', 'external media', 'portable media', 'media handling', 'device control', 'usb'],
    related: ['媒体', '紙媒体', '書類', 'dvd', 'cd-r', 'paper documents'],
  },
  {
    id: '8.10-data-retention', family: 'A.8', iso27002_2022: ['8.10'], iso27002_2013: [], ccm: ['DSP-16'],
    label: { ja: 'データの保存期間と削除', en: 'Data retention and deletion' },
    terms: ['データの保存期間', 'データ保存期間', 'データの保管期間', 'データの保持期間', '情報の保存期間', '保存期間経過後', '保存期間を過ぎた', '不要になったデータ', '不要なデータの削除', '不要となった情報', 'データ削除', 'データの削除', '情報の削除', '削除ポリシー', 'データ保持ポリシー', '保存期間の定め', 'data retention', 'data retention policy', 'retention schedule', 'deletion policy', 'data deletion', 'information deletion', 'delete data'],
    related: ['保存期間', '保管期間', '保持期間', '削除', 'retention period', 'retention'],
    quantity: 'duration',
  },
  {
    id: '8.11-data-masking', family: 'A.8', iso27002_2022: ['8.11'], iso27002_2013: [],
    label: { ja: 'データマスキング', en: 'Data masking' },
    terms: ['データマスキング', 'マスキング', '匿名化', '仮名化', '匿名加工', '仮名加工', '秘匿化', '非識別化', 'トークン化', 'data masking', 'masking', 'anonymization', 'anonymisation', 'pseudonymization', 'pseudonymisation', 'tokenization', 'de-identification'],
    related: ['伏字', '一部を隠', 'redaction'],
  },
  {
    id: '8.12-dlp', family: 'A.8', iso27002_2022: ['8.12'], iso27002_2013: [], ccm: ['UEM-11'],
    label: { ja: '情報漏えい防止', en: 'Data leakage prevention' },
    terms: ['dlp', '情報漏えい対策', '情報漏洩対策', '情報漏えい防止', '情報漏洩防止', '漏えい防止', '漏洩防止', 'データ損失防止', '持ち出し制御', '外部送信の制御', 'data loss prevention', 'data leak prevention', 'data leakage prevention', 'exfiltration', 'data exfiltration', 'casb'],
    related: ['情報漏えい', '情報漏洩', 'data leak'],
  },

  // ───────────────────────── A.9 Access control ─────────────────────────
  {
    id: '5.15-access-control-policy', family: 'A.9', iso27002_2022: ['5.15'], iso27002_2013: ['A.9.1.1', 'A.9.1.2'], ccm: ['IAM-01', 'IAM-05'],
    label: { ja: 'アクセス制御方針・最小権限', en: 'Access control policy and least privilege' },
    terms: ['アクセス制御方針', 'アクセス制御ポリシー', 'アクセス制御規程', 'アクセス管理規程', 'アクセス制御', 'アクセスコントロール', '最小権限', '必要最小限の権限', '必要最低限の権限', '最小限の権限', '業務上必要な者のみ', '業務に必要な最小', 'need-to-know', 'need to know', 'least privilege', 'principle of least privilege', 'access control policy', 'access control', 'minimum necessary access'],
    related: ['アクセス制限', '権限', 'access restriction', 'restrict access'],
  },
  {
    id: '5.16-user-registration', family: 'A.9', iso27002_2022: ['5.16'], iso27002_2013: ['A.9.2.1'], ccm: ['IAM-03', 'IAM-13'],
    label: { ja: '利用者IDの登録・管理', en: 'User registration and identity management' },
    terms: ['ユーザー登録', 'ユーザ登録', '利用者登録', 'id登録', 'idの登録', '利用者id', 'ユーザーid', 'ユーザid', '一意なid', '一意のid', '一意な識別子', '固有のid', '個人ごとのid', '個人毎のid', '共有アカウント', '共用アカウント', '共有id', '共用id', 'id管理', 'ユーザー管理', 'ユーザ管理', 'アカウント管理', 'scim', 'user registration', 'user id', 'unique user id', 'unique identifier', 'shared account', 'generic accounts', 'named accounts', 'identity management', 'user management', 'account management', 'automatic provisioning'],
    related: ['アカウント', 'アカウント発行'],
  },
  {
    id: '5.17-authentication-information', family: 'A.9', iso27002_2022: ['5.17'], iso27002_2013: ['A.9.2.4', 'A.9.3.1', 'A.9.4.3'], ccm: ['IAM-15'],
    label: { ja: '認証情報・パスワードの管理', en: 'Authentication information management' },
    terms: ['認証情報の管理', '認証情報', '初期パスワード', '仮パスワード', 'パスワードの通知', 'パスワードの発行', 'パスワードの保存', 'パスワードのハッシュ', 'パスワードの暗号化', 'ハッシュ化', 'パスワード管理システム', 'パスワード管理ツール', 'パスワードマネージャー', 'パスワードリセット', 'パスワード再設定', 'シークレット管理', 'authentication information', 'credential management', 'credentials management', 'initial password', 'temporary password', 'password hashing', 'hashed passwords', 'password storage', 'bcrypt', 'password manager', 'password reset', 'secrets management', 'secret management', 'hardcoded credentials'],
    related: ['ソルト', 'ハッシュ', 'salt', 'argon2', 'パスワードを忘れ'],
  },
  {
    id: '5.18-access-provisioning', family: 'A.9', iso27002_2022: ['5.18'], iso27002_2013: ['A.9.2.2'], ccm: ['IAM-06'],
    label: { ja: 'アクセス権の付与・変更', en: 'Access provisioning' },
    terms: ['アクセス権の付与', 'アクセス権限の付与', '権限の付与', '権限付与', 'アクセス権の変更', 'アクセス権限の変更', '権限の変更', '権限申請', 'アクセス申請', 'アクセス権の申請', '権限の追加', 'アクセス権の割当', 'アクセス権の割り当て', 'access provisioning', 'user access provisioning', 'access request', 'granting access', 'access approval', 'grant access', 'access rights'],
    related: ['アクセス権限'],
  },
  {
    id: '5.18-access-review', family: 'A.9', iso27002_2022: ['5.18'], iso27002_2013: ['A.9.2.5'], ccm: ['IAM-08'],
    label: { ja: 'アクセス権の見直し', en: 'Access review' },
    terms: ['アクセス権の見直し', 'アクセス権限の見直し', '権限の見直し', '権限見直し', 'アクセス権のレビュー', '権限のレビュー', 'アクセス権の棚卸', '権限棚卸', '権限の棚卸', 'アカウント棚卸', 'アカウントの棚卸', 'id棚卸', 'idの棚卸', 'アカウントの見直し', 'access review', 'user access review', 'entitlement review', 'access recertification', 'recertification', 'account review', 'permission review'],
    related: ['棚卸', '不要なアカウント', '定期的な見直し', 'periodic review'],
    quantity: 'frequency',
  },
  {
    id: '5.18-deprovisioning', family: 'A.9', iso27002_2022: ['5.18'], iso27002_2013: ['A.9.2.6'], ccm: ['IAM-07'],
    label: { ja: 'アクセス権の削除', en: 'Removal of access rights' },
    terms: ['アカウント削除', 'アカウントの削除', 'アカウントを削除', 'アカウント停止', 'アカウントの停止', 'アカウントを停止', 'アカウント無効化', 'アカウントの無効化', 'アカウントを無効', '権限削除', '権限の削除', '権限を削除', 'アクセス権の削除', 'アクセス権限の削除', 'アクセス権の解除', '権限の剥奪', '権限を剥奪', 'アクセス権の返却', '退職者のアカウント', '退職者のid', '退職者のユーザー', 'deprovisioning', 'deprovision', 'de-provisioning', 'revoke access', 'access revocation', 'remove access', 'access removal', 'disable account', 'account deactivation', 'account removal', 'removal of access rights'],
    related: ['退職者', '異動', '不要なアカウント', 'leaver'],
    quantity: 'duration',
  },
  {
    id: '8.2-privileged-access', family: 'A.9', iso27002_2022: ['8.2'], iso27002_2013: ['A.9.2.3'], ccm: ['IAM-09', 'IAM-10'],
    label: { ja: '特権IDの管理', en: 'Privileged access' },
    terms: ['特権id', '特権アカウント', '特権ユーザ', '特権ユーザー', '特権の割り当て', '特権の割当', '特権管理', '特権アクセス', '特権的アクセス', '管理者権限', '管理者アカウント', 'rootアカウント', 'root権限', 'ネットワーク管理者の権限', 'privileged access', 'privileged account', 'privileged user', 'privileged access management', 'pam', 'admin account', 'admin accounts', 'admin rights', 'administrator rights', 'admin privileges', 'administrative access', 'elevated privileges', 'root account', 'root access', 'superuser', 'break glass'],
    related: ['特権', '管理者', 'sudo', 'administrator', 'just-in-time'],
  },
  {
    id: '8.18-privileged-utilities', family: 'A.9', iso27002_2022: ['8.18'], iso27002_2013: ['A.9.4.4'],
    label: { ja: 'ユーティリティプログラムの制限', en: 'Privileged utility programs' },
    terms: ['ユーティリティプログラム', '特権的なユーティリティ', 'システムユーティリティ', '管理用ツールの使用制限', '管理ツールの使用', 'utility programs', 'privileged utility', 'system utilities', 'admin tools'],
    related: ['管理ツール', 'debugging tools'],
  },
  {
    id: '8.3-permission-settings', family: 'A.9', iso27002_2022: ['8.3'], iso27002_2013: ['A.9.4.1'], ccm: ['IAM-16'],
    label: { ja: 'サービスの権限設定', en: 'Role-based permissions in the service' },
    terms: ['権限設定', '権限の設定', '権限管理機能', 'アクセス制御機能', 'ロール設定', 'ロール管理', 'ロールベース', '権限ロール', 'ユーザー権限', 'ユーザ権限', '閲覧権限', '編集権限', '操作権限', '参照権限', '閲覧範囲', '見られる範囲', '見える範囲', 'rbac', 'role-based access control', 'role based access', 'user roles', 'user permissions', 'permission settings', 'granular permissions', 'fine-grained permissions', 'access permissions'],
    related: ['権限', '管理者ユーザー', '一般ユーザー', 'permissions', 'roles'],
  },
  {
    id: '8.3-provider-access', family: 'A.9', iso27002_2022: ['8.3', '8.2'], iso27002_2013: ['A.9.4.1', 'A.9.2.3'], ccm: ['IAM-11'],
    label: { ja: '事業者の従業員による顧客データへのアクセス', en: 'Provider staff access to customer data' },
    terms: ['顧客データへのアクセス', 'お客様データへのアクセス', '利用者データへのアクセス', 'ユーザーデータへのアクセス', '顧客データを閲覧', 'お客様のデータを閲覧', '利用者のデータを閲覧', '従業員が閲覧', '社員が閲覧', '従業員によるアクセス', '運用者によるアクセス', '運用担当者によるアクセス', '開発者によるアクセス', 'サポート目的でのアクセス', 'access to customer data', 'staff access to customer data', 'employee access to customer data', 'access customer data', 'provider access', 'support access'],
    related: ['顧客データ', 'お預かりしたデータ', '同意を得て', 'customer data'],
  },
  {
    id: '8.3-ip-restriction', family: 'A.9', iso27002_2022: ['8.3'], iso27002_2013: ['A.9.4.1'],
    label: { ja: 'IPアドレス制限', en: 'IP address restriction' },
    terms: ['ipアドレス制限', 'ipアドレスによる制限', 'ipアドレスでの制限', 'ip制限', '接続元ip', 'アクセス元ip', '接続元制限', 'アクセス元制限', '接続元の制限', 'グローバルip', '社内ネットワークからのみ', 'ip restriction', 'ip address restriction', 'ip whitelist', 'ip whitelisting', 'ip allowlist', 'ip allow list', 'ip filtering', 'source ip', 'restrict by ip'],
    related: ['ipアドレス', 'ホワイトリスト', 'ip address', 'allowlist', 'whitelist'],
  },
  {
    id: '8.4-source-code-access', family: 'A.9', iso27002_2022: ['8.4'], iso27002_2013: ['A.9.4.5'],
    label: { ja: 'ソースコードの管理', en: 'Access to source code' },
    terms: ['ソースコードへのアクセス', 'ソースコード管理', 'ソースコードの管理', 'ソースコードの保護', 'ソースコードの保管', 'プログラムソース', 'リポジトリ', 'バージョン管理', 'source code access', 'access to source code', 'source code repository', 'code repository', 'repository access', 'version control', 'source control', 'github', 'gitlab', 'bitbucket', 'git'],
    related: ['ソースコード', 'source code', 'ブランチ保護', 'branch protection'],
  },
  {
    id: '8.5-secure-logon', family: 'A.9', iso27002_2022: ['8.5'], iso27002_2013: ['A.9.4.2'], ccm: ['IAM-14'],
    label: { ja: 'ログイン認証の方式', en: 'Secure log-on and authentication method' },
    terms: ['ログオン手順', 'ログイン手順', 'セキュリティに配慮したログオン', '安全なログオン', '認証方式', '認証方法', '認証機能', 'ログイン認証', '利用者認証', '本人認証', 'ログイン方法', 'クライアント証明書', '端末認証', 'デバイス認証', 'authentication method', 'authentication mechanism', 'login method', 'secure logon', 'secure log-on', 'log-on procedure', 'sign-in method', 'client certificate', 'device authentication'],
    related: ['ログイン', 'ログオン', 'login', 'sign in', 'authentication'],
  },
  {
    id: '8.5-password-policy', family: 'A.9', iso27002_2022: ['8.5', '5.17'], iso27002_2013: ['A.9.4.3'], ccm: ['IAM-02'],
    label: { ja: 'パスワードポリシー', en: 'Password policy' },
    terms: ['パスワードポリシー', 'パスワード', 'password', 'passwords', 'パスワードルール', 'パスワード規則', 'パスワード規程', 'パスワード管理', 'パスワードの強度', 'パスワード強度', '良質なパスワード', '複雑なパスワード', 'パスワードの複雑性', 'パスワードの複雑さ', 'パスワードの文字数', 'パスワードの桁数', 'パスワードの長さ', 'パスワードの最小文字数', '最小文字数', 'パスワード履歴', 'パスワードの使い回し', '推測されにくいパスワード', 'password policy', 'password rules', 'password requirements', 'password complexity', 'password strength', 'strong password', 'complex passwords', 'password length', 'minimum password length', 'minimum length', 'password history', 'password reuse'],
    related: ['文字以上', '桁以上', '何文字', '英数字', '大文字', '記号', 'characters'],
    quantity: 'length',
  },
  {
    id: '8.5-password-expiry', family: 'A.9', iso27002_2022: ['8.5', '5.17'], iso27002_2013: ['A.9.4.3'], ccm: ['IAM-02'],
    label: { ja: 'パスワードの有効期限・定期変更', en: 'Password expiry and change' },
    terms: ['パスワードの有効期限', 'パスワード有効期限', 'パスワードの期限', 'パスワードの定期変更', '定期的なパスワード変更', 'パスワードを定期的に変更', 'パスワード変更の強制', 'パスワードの変更を強制', 'password expiry', 'password expiration', 'password rotation', 'periodic password change', 'password age', 'maximum password age', 'password change'],
    related: ['有効期限', '定期変更', '90日', 'expiry'],
    quantity: 'duration',
  },
  {
    id: '8.5-mfa', family: 'A.9', iso27002_2022: ['8.5'], iso27002_2013: ['A.9.4.2'], ccm: ['IAM-14'],
    label: { ja: '多要素認証', en: 'Multi-factor authentication' },
    terms: ['多要素認証', '多要素', '二要素認証', '2要素認証', '二段階認証', '2段階認証', '2段階の認証', 'ワンタイムパスワード', '認証アプリ', '追加の認証', 'mfa', '2fa', 'otp', 'totp', 'multi-factor authentication', 'multifactor authentication', 'multi-factor', 'two-factor authentication', 'two-factor', 'two-step verification', '2-step verification', 'one-time password', 'authenticator app', 'second factor', 'hardware token', 'security key', 'fido2', 'passkey', 'passkeys', 'webauthn', 'yubikey'],
    related: ['生体認証', 'sms認証', 'ワンタイム', 'biometric', 'google authenticator'],
  },
  {
    id: '8.5-sso', family: 'A.9', iso27002_2022: ['8.5'], iso27002_2013: ['A.9.4.2'],
    label: { ja: 'シングルサインオン', en: 'Single sign-on' },
    terms: ['シングルサインオン', 'sso', 'saml', 'saml2', 'saml認証', 'saml連携', 'idp連携', 'id連携', 'idプロバイダ', '外部idp', '外部認証連携', 'oidc', 'openid connect', 'single sign-on', 'single sign on', 'identity provider', 'idp', 'identity federation', 'federated authentication', 'federated login', 'azure ad', 'azure active directory', 'entra id', 'microsoft entra', 'okta', 'onelogin', 'hennge', 'active directory', 'ldap'],
    related: ['oauth', '外部サービス連携', 'google login', 'google workspace'],
  },
  {
    id: '8.5-session-timeout', family: 'A.9', iso27002_2022: ['8.5'], iso27002_2013: ['A.9.4.2'],
    label: { ja: 'セッションタイムアウト', en: 'Session timeout' },
    terms: ['セッションタイムアウト', '自動ログアウト', 'セッション切断', 'セッションの遮断', 'セッションを遮断', 'セッション管理', 'セッションの有効期限', '無操作時間', '一定時間操作がない', '一定時間操作しない', '使用中断時間', '使用が中断しているセッション', '接続時間の制限', 'session timeout', 'idle timeout', 'inactivity timeout', 'auto logout', 'automatic logout', 'automatically logged out', 'session expiry', 'session expiration', 'session management', 'connection time limit'],
    related: ['タイムアウト', 'セッション', 'session', 'idle'],
    quantity: 'duration',
  },
  {
    id: '8.5-account-lockout', family: 'A.9', iso27002_2022: ['8.5'], iso27002_2013: ['A.9.4.2'],
    label: { ja: 'アカウントロック', en: 'Account lockout' },
    terms: ['アカウントロック', 'アカウントロックアウト', 'ロックアウト', 'ログイン試行回数', 'ログイン失敗', 'ログインの失敗', '認証失敗', '認証の失敗', '連続失敗', '連続して失敗', '試行回数の制限', 'ブルートフォース', '総当たり攻撃', '総当り攻撃', 'パスワードリスト攻撃', 'account lockout', 'account lock', 'lockout', 'failed login attempts', 'login attempts', 'failed logins', 'brute force', 'brute-force attack', 'credential stuffing', 'captcha', 'recaptcha'],
    related: ['不正ログイン', '回数制限', 'unauthorized login'],
    quantity: 'count',
  },

  // ───────────────────────── A.10 Cryptography ─────────────────────────
  {
    id: '8.24-cryptography-policy', family: 'A.10', iso27002_2022: ['8.24'], iso27002_2013: ['A.10.1.1'], ccm: ['CEK-01', 'CEK-04'],
    label: { ja: '暗号化の方針・方式', en: 'Cryptography policy and algorithms' },
    terms: ['暗号化', '暗号化方針', '暗号化ポリシー', '暗号利用方針', '暗号の利用', '暗号方式', '暗号アルゴリズム', '暗号強度', '暗号技術', '電子政府推奨暗号', '推奨暗号', 'cryptrec', 'aes', 'aes-256', 'aes256', 'rsa', 'encryption', 'encrypt', 'encrypted', 'cryptography', 'cryptographic', 'cryptographic controls', 'encryption policy', 'encryption algorithm', 'cipher', 'ciphers'],
    related: ['暗号', '鍵長', 'key length', 'fips 140-2'],
  },
  {
    id: '8.24-encryption-at-rest', family: 'A.10', iso27002_2022: ['8.24'], iso27002_2013: ['A.10.1.1'], ccm: ['CEK-03'],
    label: { ja: '保存データの暗号化', en: 'Encryption at rest' },
    terms: ['保存データの暗号化', '保存データを暗号化', '保管データの暗号化', '保管データを暗号化', '蓄積データの暗号化', 'データの暗号化', 'データを暗号化', 'データベースの暗号化', 'データベース暗号化', 'db暗号化', 'ストレージの暗号化', 'ストレージ暗号化', 'ディスクの暗号化', 'ディスク暗号化', '暗号化して保存', '暗号化して保管', '暗号化保存', 'システム上で暗号化', 'encryption at rest', 'encrypted at rest', 'at rest', 'data at rest', 'database encryption', 'storage encryption', 'disk encryption', 'tde', 'transparent data encryption', 'server-side encryption', 'encrypted storage'],
    related: ['ebs', 's3', 'rds', 'データベース', 'database'],
  },
  {
    id: '8.24-encryption-in-transit', family: 'A.10', iso27002_2022: ['8.24'], iso27002_2013: ['A.10.1.1'], ccm: ['CEK-03', 'DSP-10'],
    label: { ja: '通信の暗号化', en: 'Encryption in transit' },
    terms: ['通信の暗号化', '通信を暗号化', '通信は暗号化', '通信暗号化', '暗号化通信', '通信経路の暗号化', '経路の暗号化', 'ネットワーク経路が暗号化', '伝送データの暗号化', 'ssl証明書', 'サーバ証明書', 'サーバー証明書', 'ssl', 'tls', 'https', 'tls1.2', 'tls 1.2', 'tls1.3', 'tls 1.3', 'ssl通信', 'tls通信', 'https通信', 'encryption in transit', 'encrypted in transit', 'in transit', 'data in transit', 'transport encryption', 'transport layer security', 'hsts', 'end-to-end encryption', 'e2ee', 'tls certificate', 'ssl certificate'],
    related: ['証明書', 'エンドツーエンド', 'certificate', 'cipher suite'],
    quantity: 'version',
  },
  {
    id: '8.24-key-management', family: 'A.10', iso27002_2022: ['8.24'], iso27002_2013: ['A.10.1.2'], ccm: ['CEK-08', 'CEK-10', 'CEK-12'],
    label: { ja: '暗号鍵の管理', en: 'Key management' },
    terms: ['鍵管理', '暗号鍵', '暗号鍵管理', '暗号鍵の管理', '鍵の管理', 'キー管理', '鍵のローテーション', '鍵の更新', '鍵の生成', '鍵の保管', '鍵の廃棄', 'kms', 'key management', 'encryption key', 'encryption keys', 'key rotation', 'hsm', 'hardware security module', 'byok', 'bring your own key', 'customer managed key', 'customer-managed keys', 'cmk', 'key lifecycle', 'aws kms'],
    related: ['秘密鍵', '公開鍵', 'private key', 'secrets manager'],
  },

  // ───────────────────────── A.11 Physical and environmental ─────────────────────────
  {
    id: '7.1-physical-perimeter', family: 'A.11', iso27002_2022: ['7.1', '7.6'], iso27002_2013: ['A.11.1.1', 'A.11.1.5'], ccm: ['DCS-03', 'DCS-07'],
    label: { ja: '物理的セキュリティ境界・区画', en: 'Physical security perimeter' },
    terms: ['物理的セキュリティ境界', 'セキュリティ境界', '物理的境界', 'セキュリティ区画', 'セキュリティエリア', 'セキュリティゾーン', '区画を分離', '区画の分離', '区画を分け', 'ゾーニング', '立入制限区域', '制限区域', 'security perimeter', 'physical perimeter', 'physical security perimeter', 'secure area', 'secure areas', 'security zone', 'restricted area', 'zoning', 'working in secure areas'],
    related: ['物理的セキュリティ', 'セキュリティレベル', 'physical security'],
  },
  {
    id: '7.2-entry-control', family: 'A.11', iso27002_2022: ['7.2'], iso27002_2013: ['A.11.1.2'], ccm: ['DCS-07', 'DCS-09'],
    label: { ja: '入退室管理', en: 'Physical entry control' },
    terms: ['入退室管理', '入退室', '入退館管理', '入退館', '入館管理', '入室管理', '入退出管理', '入室制限', '入退室記録', '入退室の記録', '共連れ', 'アンチパスバック', 'icカード', 'カードキー', 'カード認証', 'カードリーダー', 'カード制御', 'セキュリティカード', '入館証', '社員証', 'entry control', 'physical entry', 'physical access control', 'access card', 'key card', 'keycard', 'badge access', 'badge reader', 'entry and exit', 'tailgating', 'anti-passback', 'door access'],
    related: ['生体認証', '指紋認証', '静脈認証', '顔認証', '監視カメラ', '施錠', 'biometric', 'cctv'],
  },
  {
    id: '7.2-visitor-control', family: 'A.11', iso27002_2022: ['7.2'], iso27002_2013: ['A.11.1.2', 'A.11.1.6'], ccm: ['DCS-09'],
    label: { ja: '来訪者・搬入出の管理', en: 'Visitors and delivery areas' },
    terms: ['来訪者', '来客', '訪問者', '来訪者管理', '来訪者記録', '入館受付', '有人受付', 'ゲストカード', '受渡場所', '荷物の受渡', '荷受け', '搬入', '搬出', 'visitor', 'visitors', 'visitor log', 'visitor management', 'escorted', 'guest badge', 'delivery and loading', 'loading areas', 'reception desk'],
    related: ['付き添い', '同伴'],
  },
  {
    id: '7.3-office-security', family: 'A.11', iso27002_2022: ['7.3'], iso27002_2013: ['A.11.1.3'], ccm: ['DCS-03'],
    label: { ja: 'オフィス・執務室の保護', en: 'Securing offices and rooms' },
    terms: ['オフィスのセキュリティ', 'オフィスセキュリティ', 'オフィス管理', 'オフィスへの入室', 'オフィスへの不正侵入', '執務室', '執務エリア', '事務所の施錠', 'オフィスの施錠', 'サーバールーム', 'サーバルーム', 'マシンルーム', 'office security', 'securing offices', 'office premises', 'server room', 'office access'],
    related: ['オフィス', '事務所', '施錠', 'office', 'premises'],
  },
  {
    id: '7.4-physical-monitoring', family: 'A.11', iso27002_2022: ['7.4'], iso27002_2013: [], ccm: ['DCS-10'],
    label: { ja: '監視カメラ・警備', en: 'Physical security monitoring' },
    terms: ['監視カメラ', '防犯カメラ', 'cctv', '警備員', '有人警備', '機械警備', '警備会社', '警備システム', '侵入センサー', '人感センサー', 'セコム', 'alsok', 'security camera', 'surveillance camera', 'video surveillance', 'security guard', 'security guards', 'alarm system', 'intruder alarm', 'physical security monitoring'],
    related: ['録画', '24時間監視', 'recording', 'guarded'],
  },
  {
    id: '7.5-earthquake', family: 'A.11', iso27002_2022: ['7.5'], iso27002_2013: ['A.11.1.4'], ccm: ['DCS-15'],
    label: { ja: '地震対策', en: 'Earthquake protection' },
    terms: ['耐震', '耐震構造', '耐震性', '免震', '免震構造', '制震', '地震対策', '地震', '震度', '新耐震基準', 'earthquake', 'earthquakes', 'seismic', 'earthquake-resistant', 'earthquake resistant', 'seismic isolation', 'quake'],
    related: ['自然災害', 'ハザードマップ', '活断層', 'natural disaster'],
  },
  {
    id: '7.5-fire', family: 'A.11', iso27002_2022: ['7.5'], iso27002_2013: ['A.11.1.4'], ccm: ['DCS-15'],
    label: { ja: '火災対策', en: 'Fire protection' },
    terms: ['火災', '火事', '火災検知', '火災報知', '消火設備', '自動消火', 'ガス消火', '消火システム', '消火器', '防火', '耐火', 'スプリンクラー', '煙感知', '煙検知', 'fire suppression', 'fire detection', 'fire protection', 'fire alarm', 'fire extinguisher', 'fire extinguishers', 'sprinkler', 'sprinklers', 'gas suppression', 'fire-resistant', 'fire resistant', 'smoke detector'],
    related: ['消防', '不燃', 'fire'],
  },
  {
    id: '7.5-flood', family: 'A.11', iso27002_2022: ['7.5'], iso27002_2013: ['A.11.1.4'], ccm: ['DCS-15'],
    label: { ja: '水害対策', en: 'Flood and water protection' },
    terms: ['水害', '水害対策', '浸水', '浸水対策', '洪水', '冠水', '漏水', '漏水検知', '水没', '津波', '高潮', 'flood', 'floods', 'flooding', 'water damage', 'water leak', 'water leakage', 'water detection', 'tsunami', 'flood zone'],
    related: ['ハザードマップ', '海抜', '自然災害', 'natural disaster'],
  },
  {
    id: '7.5-lightning', family: 'A.11', iso27002_2022: ['7.5'], iso27002_2013: ['A.11.1.4'], ccm: ['DCS-14'],
    label: { ja: '落雷対策', en: 'Lightning protection' },
    terms: ['落雷', '落雷対策', '雷対策', '避雷', '避雷針', '雷サージ', 'サージ対策', 'サージ保護', 'サージ防護', 'lightning', 'lightning protection', 'lightning strike', 'lightning rod', 'surge protection', 'power surge', 'surge protector'],
    related: ['誘導雷', '接地', 'grounding'],
  },
  {
    id: '7.5-static-electricity', family: 'A.11', iso27002_2022: ['7.5'], iso27002_2013: ['A.11.1.4'],
    label: { ja: '静電気対策', en: 'Static electricity protection' },
    terms: ['静電気', '静電気対策', '除電', '帯電防止', '静電気防止', 'static electricity', 'electrostatic discharge', 'electrostatic', 'esd', 'antistatic', 'anti-static', 'static discharge'],
    related: ['フリーアクセスフロア', '二重床', 'raised floor'],
  },
  {
    id: '7.7-clear-desk', family: 'A.11', iso27002_2022: ['7.7'], iso27002_2013: ['A.11.2.9'], ccm: ['HRS-03', 'UEM-06'],
    label: { ja: 'クリアデスク・クリアスクリーン', en: 'Clear desk and clear screen' },
    terms: ['クリアデスク', 'クリーンデスク', 'クリアスクリーン', '画面ロック', 'スクリーンロック', '画面のロック', '画面をロック', 'スクリーンセーバー', '離席時', '机の上に放置', '机上に放置', '書類の放置', 'clear desk', 'clean desk', 'clear screen', 'screen lock', 'lock screen', 'lock the screen', 'screen saver', 'screensaver', 'auto-lock', 'unattended equipment'],
    related: ['施錠保管', '放置', '印刷物', 'unattended'],
  },
  {
    id: '7.8-equipment-siting', family: 'A.11', iso27002_2022: ['7.8'], iso27002_2013: ['A.11.2.1'], ccm: ['DCS-15'],
    label: { ja: '機器の設置と保護', en: 'Equipment siting and protection' },
    terms: ['機器の設置', '装置の設置', '機器の配置', '装置の配置', '機器の設置場所', '装置の設置場所', 'サーバーラック', 'サーバラック', 'ラックの施錠', 'ラック施錠', '施錠されたラック', 'equipment siting', 'equipment placement', 'equipment protection', 'locked racks', 'server racks', 'locked cages'],
    related: ['ラックマウント', 'cage', 'rack'],
  },
  {
    id: '7.9-off-premises', family: 'A.11', iso27002_2022: ['7.9'], iso27002_2013: ['A.11.2.6'], ccm: ['DCS-02'],
    label: { ja: '機器・情報の社外持ち出し', en: 'Assets off premises' },
    terms: ['持ち出', '持出', '持ち出し管理', '持出し管理', '持ち出し申請', '持出申請', '社外持ち出し', '外部持ち出し', '社外への持ち出し', '構外', '社外での利用', '社外での使用', 'off-premises', 'off premises', 'off-site equipment', 'taking equipment off-site', 'equipment taken home', 'take outside the office', 'removal of assets'],
    related: ['ノートpc', '紛失', '盗難', 'laptop', 'lost', 'stolen'],
  },
  {
    id: '7.11-power-supply', family: 'A.11', iso27002_2022: ['7.11'], iso27002_2013: ['A.11.2.2'], ccm: ['DCS-14'],
    label: { ja: '電源設備・停電対策', en: 'Power supply and outages' },
    terms: ['停電', '停電対策', '電力障害', '無停電電源装置', '無停電電源', 'ups', '非常用電源', '非常用発電機', '自家発電', '発電機', 'バックアップ電源', '予備電源', '電源の冗長化', '電源冗長', '電源の二重化', '電源確保', '電源を確保', '電源設備', '電源系統', 'power outage', 'power failure', 'uninterruptible power supply', 'backup power', 'generator', 'generators', 'emergency power', 'redundant power', 'power supply'],
    related: ['電源', '燃料', 'fuel'],
  },
  {
    id: '7.11-air-conditioning', family: 'A.11', iso27002_2022: ['7.11'], iso27002_2013: ['A.11.2.2'], ccm: ['DCS-13'],
    label: { ja: '空調・温湿度管理', en: 'Air conditioning and climate control' },
    terms: ['空調', '空調設備', '温度管理', '湿度管理', '温湿度', '温度と湿度', '温度及び湿度', '冷却設備', '空調の冗長化', 'air conditioning', 'hvac', 'cooling', 'temperature control', 'humidity control', 'climate control', 'environmental controls'],
    related: ['温度', '湿度', 'temperature', 'humidity'],
  },
  {
    id: '7.12-cabling', family: 'A.11', iso27002_2022: ['7.12'], iso27002_2013: ['A.11.2.3'], ccm: ['DCS-12'],
    label: { ja: '配線の保護', en: 'Cabling security' },
    terms: ['配線', 'ケーブル配線', '配線の保護', 'ケーブルの保護', '通信ケーブル', '電源ケーブル', 'ケーブルの盗聴', '配線の盗聴', 'cabling', 'cabling security', 'cable protection', 'wiring', 'network cabling'],
    related: ['盗聴', '配管', 'interception', 'conduit'],
  },
  {
    id: '7.13-equipment-maintenance', family: 'A.11', iso27002_2022: ['7.13'], iso27002_2013: ['A.11.2.4'],
    label: { ja: '装置の保守', en: 'Equipment maintenance' },
    terms: ['装置の保守', '機器の保守', '機器のメンテナンス', '装置のメンテナンス', 'ハードウェア保守', 'ハードウェアの保守', '保守点検', '定期点検', '設備点検', '保守契約', '保守業者', 'equipment maintenance', 'hardware maintenance', 'preventive maintenance', 'maintenance records', 'maintenance contract'],
    related: ['保守', '点検'],
  },
  {
    id: '7.14-secure-disposal', family: 'A.11', iso27002_2022: ['7.14', '7.10'], iso27002_2013: ['A.11.2.7', 'A.8.3.2'], ccm: ['DCS-01', 'DSP-02'],
    label: { ja: '機器・媒体の安全な廃棄', en: 'Secure disposal and re-use' },
    terms: ['媒体の廃棄', '機器の廃棄', '記録媒体の廃棄', '装置の廃棄', 'pcの廃棄', 'ハードディスクの廃棄', '廃棄手順', '廃棄方法', '廃棄証明', '消去証明', '物理破壊', '物理的に破壊', '物理的破壊', '破砕', '消磁', 'シュレッダー', '溶解処理', '再利用の際', '機器の再利用', '復元できないように', '復元不可能', '完全消去', 'データ抹消', 'secure disposal', 'media disposal', 'equipment disposal', 'disposal of media', 'certificate of destruction', 'certificate of disposal', 'physical destruction', 'shredding', 'shredder', 'degaussing', 'degauss', 'secure erase', 'data wiping', 'sanitization', 'sanitisation', 'nist 800-88', 'decommissioning'],
    related: ['廃棄', '処分', '破棄', 'disposal', 'dispose'],
  },
  {
    id: '7.1-data-center', family: 'A.11', iso27002_2022: ['7.1', '7.2', '7.5'], iso27002_2013: ['A.11.1.1', 'A.11.1.2', 'A.11.1.4'], ccm: ['DCS-03', 'DCS-07'],
    label: { ja: 'データセンターの物理的セキュリティ', en: 'Data centre facility security' },
    terms: ['データセンター', 'データセンタ', 'idc', 'データセンターの物理', '物理的及び環境的', '環境的脅威', 'ティア3', 'ティアiii', 'jdcc', 'ファシリティスタンダード', 'data center', 'data centre', 'datacenter', 'datacentre', 'colocation', 'environmental threats', 'tier iii', 'tier iv'],
    related: ['物理的セキュリティ', '設備', '立地', 'physical security', 'facility', 'facilities'],
  },
  {
    id: '8.1-endpoint-devices', family: 'A.11', iso27002_2022: ['8.1'], iso27002_2013: ['A.11.2.8', 'A.6.2.1'], ccm: ['UEM-01', 'UEM-05', 'UEM-08'],
    label: { ja: '業務用PC・端末の管理', en: 'User endpoint devices' },
    terms: ['業務用pc', '業務pc', '業務用パソコン', '業務用端末', '業務端末', '貸与pc', '貸与パソコン', '会社支給pc', '会社支給のpc', '社用pc', '端末管理', '端末の管理', 'pc管理', 'パソコンの管理', 'ノートpc', 'ノートパソコン', 'bitlocker', 'filevault', 'hddの暗号化', 'ハードディスクの暗号化', '全ディスク暗号化', 'ドライブ暗号化', 'ラップトップ', 'endpoint devices', 'endpoint management', 'company-issued laptop', 'corporate devices', 'managed devices', 'laptop', 'laptops', 'workstations', 'full disk encryption', 'full-disk encryption', 'laptop encryption', 'device encryption'],
    related: ['パソコン', '端末', '紛失', '盗難', 'pc', 'lost', 'stolen'],
  },

  // ───────────────────────── A.12 Operations ─────────────────────────
  {
    id: '5.37-operating-procedures', family: 'A.12', iso27002_2022: ['5.37'], iso27002_2013: ['A.12.1.1'],
    label: { ja: '操作手順書', en: 'Documented operating procedures' },
    terms: ['操作手順書', '運用手順書', '運用手順', '操作手順', '運用マニュアル', 'システム運用手順', '運用管理の手順', '運用ルール', '手順の文書化', '手順書を整備', 'operating procedures', 'operational procedures', 'documented procedures', 'standard operating procedures', 'sop', 'runbook', 'runbooks'],
    related: ['手順書', 'マニュアル', 'manual', 'procedures'],
  },
  {
    id: '8.32-change-management', family: 'A.12', iso27002_2022: ['8.32'], iso27002_2013: ['A.12.1.2', 'A.14.2.2', 'A.14.2.3', 'A.14.2.4'], ccm: ['CCC-01', 'CCC-03'],
    label: { ja: '変更管理', en: 'Change management' },
    terms: ['変更管理', '変更管理手順', '変更申請', '変更手順', '変更の承認', '変更承認', '変更履歴', 'リリース管理', 'リリース手順', 'デプロイ手順', '本番反映', '本番環境への反映', '変更の管理', 'change management', 'change control', 'change request', 'change approval', 'release management', 'deployment process', 'change advisory board'],
    related: ['リリース', 'デプロイ', 'release', 'deployment', 'rollback'],
  },
  {
    id: '8.6-capacity', family: 'A.12', iso27002_2022: ['8.6'], iso27002_2013: ['A.12.1.3'], ccm: ['IVS-02'],
    label: { ja: '容量・性能の管理', en: 'Capacity management' },
    terms: ['キャパシティ', 'キャパシティ管理', 'キャパシティプランニング', '容量管理', '性能管理', '容量・性能', '容量及び性能', '資源の利用状況', 'リソース監視', 'リソースの監視', 'リソース管理', '性能監視', '負荷監視', '負荷状況', 'オートスケーリング', 'オートスケール', 'スケールアウト', '自動拡張', 'capacity management', 'capacity planning', 'resource monitoring', 'performance monitoring', 'autoscaling', 'auto scaling', 'scalability', 'scale out'],
    related: ['アクセス集中', '負荷', '性能', 'peak'],
  },
  {
    id: '8.31-environment-separation', family: 'A.12', iso27002_2022: ['8.31'], iso27002_2013: ['A.12.1.4', 'A.14.2.6'], ccm: ['IVS-05'],
    label: { ja: '開発・テスト・本番環境の分離', en: 'Separation of development, test and production' },
    terms: ['開発環境', '検証環境', 'テスト環境', 'ステージング環境', 'ステージング', '本番環境と開発環境', '開発環境と本番環境', '本番環境の分離', '環境の分離', '環境分離', '本番環境とテスト環境', 'separation of environments', 'development environment', 'test environment', 'testing environment', 'staging environment', 'staging', 'non-production', 'environment separation'],
    related: ['本番環境', '本番', 'production environment', 'production'],
  },
  {
    id: '8.7-malware', family: 'A.12', iso27002_2022: ['8.7'], iso27002_2013: ['A.12.2.1'], ccm: ['TVM-02', 'UEM-09'],
    label: { ja: 'マルウェア対策', en: 'Malware protection' },
    terms: ['ウイルス対策', 'ウィルス対策', 'マルウェア対策', 'マルウエア対策', 'アンチウイルス', 'アンチウィルス', 'アンチマルウェア', 'ウイルス対策ソフト', 'ウィルス対策ソフト', 'ウイルス定義', '定義ファイル', 'パターンファイル', 'ウイルススキャン', 'ウイルスチェック', 'ウイルス検査', 'ランサムウェア対策', 'edr', 'xdr', 'エンドポイントセキュリティ', 'エンドポイント保護', 'ウイルスバスター', 'antivirus', 'anti-virus', 'anti-malware', 'antimalware', 'malware protection', 'virus protection', 'virus scan', 'virus scanning', 'virus definitions', 'endpoint protection', 'endpoint detection and response', 'endpoint security', 'microsoft defender', 'windows defender', 'crowdstrike', 'sentinelone', 'trend micro'],
    related: ['ウイルス', 'ウィルス', 'マルウェア', 'マルウエア', 'ランサムウェア', 'モバイルコード', 'virus', 'malware', 'ransomware', 'mobile code'],
  },
  {
    id: '8.13-backup', family: 'A.12', iso27002_2022: ['8.13'], iso27002_2013: ['A.12.3.1'], ccm: ['BCR-08'],
    label: { ja: 'バックアップの取得', en: 'Backup' },
    terms: ['バックアップ', 'ばっくあっぷ', 'バックアップの取得', 'バックアップ取得', 'バックアップ頻度', 'バックアップの頻度', 'バックアップの世代', 'バックアップ世代', 'バックアップの保存期間', 'バックアップデータ', '日次バックアップ', 'スナップショット', '世代数', 'backup', 'backups', 'back up', 'backed up', 'backup frequency', 'daily backup', 'backup retention', 'snapshot', 'snapshots', 'point-in-time recovery', 'pitr'],
    related: ['世代管理', 'nightly'],
    quantity: 'frequency',
  },
  {
    id: '8.13-backup-location', family: 'A.12', iso27002_2022: ['8.13'], iso27002_2013: ['A.12.3.1'], ccm: ['BCR-08'],
    label: { ja: 'バックアップの保管場所', en: 'Backup location' },
    terms: ['バックアップの保管場所', 'バックアップの保存場所', 'バックアップの保存先', 'バックアップ先', 'バックアップデータの保管', '遠隔地保管', '遠隔地バックアップ', '遠隔地へのバックアップ', '遠隔地に保管', '別拠点に保管', '別拠点へのバックアップ', 'オフサイトバックアップ', '別リージョンにバックアップ', 'offsite backup', 'off-site backup', 'backup location', 'backup storage location', 'remote backup', 'cross-region backup', 'geographically separate'],
    related: ['遠隔地', '別リージョン', 'another region', 'offsite'],
  },
  {
    id: '8.13-restore', family: 'A.12', iso27002_2022: ['8.13'], iso27002_2013: ['A.12.3.1'], ccm: ['BCR-08'],
    label: { ja: 'バックアップからの復元・リストア試験', en: 'Restore and restore testing' },
    terms: ['リストアテスト', 'リストア試験', 'リストア訓練', 'リストア手順', '復元テスト', '復元試験', '復元手順', 'バックアップの検査', 'バックアップの検証', 'バックアップテスト', 'データの復元', 'データ復元', 'バックアップからの復元', 'バックアップから復元', 'リストア', 'restore test', 'restore testing', 'restoration test', 'backup testing', 'backup test', 'test restores', 'restore from backup', 'data restoration'],
    related: ['復元', '誤って削除', 'restore', 'restored'],
    quantity: 'frequency',
  },
  {
    id: '8.15-logging', family: 'A.12', iso27002_2022: ['8.15'], iso27002_2013: ['A.12.4.1'], ccm: ['LOG-01', 'LOG-07', 'LOG-08'],
    label: { ja: 'ログの取得', en: 'Logging' },
    terms: ['ログ取得', 'ログの取得', 'ログを取得', 'ログ収集', 'ログの収集', 'ログを収集', 'ログ管理', 'ログを記録', 'ログを残', 'ログが残', 'ログの記録', '取得するログ', 'ログの種類', '監査ログ', 'イベントログ', 'システムログ', 'セキュリティログ', 'アクセスログ', '監査証跡', 'logging policy', 'log collection', 'log management', 'event log', 'event logs', 'event logging', 'system logs', 'security logs', 'audit log', 'audit logs', 'audit trail', 'audit logging', 'access logs', 'log data', 'log files', 'centralized logging', 'cloudtrail'],
    related: ['証跡'],
  },
  {
    id: '8.15-log-retention', family: 'A.12', iso27002_2022: ['8.15'], iso27002_2013: ['A.12.4.1'], ccm: ['LOG-02'],
    label: { ja: 'ログの保存期間', en: 'Log retention' },
    terms: ['ログの保存期間', 'ログの保管期間', 'ログの保持期間', 'ログ保存期間', 'ログ保管期間', 'ログ保持期間', 'ログの保存期限', 'ログを保存する期間', 'ログを保管する期間', 'ログの保存', 'ログの保管', 'ログを保存', 'ログを保管', 'ログ保管', 'ログ保存', 'log retention', 'log retention period', 'logs retained', 'retain logs', 'log storage', 'log archive'],
    related: ['保存期間', '保管期間', 'retention'],
    quantity: 'duration',
  },
  {
    id: '8.15-log-protection', family: 'A.12', iso27002_2022: ['8.15'], iso27002_2013: ['A.12.4.2'], ccm: ['LOG-09', 'IAM-12'],
    label: { ja: 'ログの保護', en: 'Protection of logs' },
    terms: ['ログの保護', 'ログの改ざん', 'ログの改竄', 'ログ改ざん', 'ログの改ざん防止', 'ログの完全性', 'ログへのアクセス制限', 'ログへのアクセス', 'ログの不正', '改ざんされないように', 'log protection', 'protection of log information', 'log integrity', 'tamper-proof logs', 'immutable logs', 'log tampering', 'worm storage'],
    related: ['改ざん', '改竄', 'tampering', 'integrity'],
  },
  {
    id: '8.15-admin-logs', family: 'A.12', iso27002_2022: ['8.15'], iso27002_2013: ['A.12.4.3'], ccm: ['LOG-11'],
    label: { ja: '管理者・運用者の操作記録', en: 'Administrator and operator logs' },
    terms: ['操作ログ', '作業ログ', '操作記録', '作業記録', '作業履歴', '操作履歴', '管理者の操作', '運用担当者の作業', '運用者の作業', 'システムの運用担当者の作業', '特権操作の記録', '管理者ログ', '実行者ログ', '運用者ログ', 'オペレーターログ', 'コマンド履歴', 'administrator logs', 'operator logs', 'admin activity logs', 'privileged activity logging', 'administrator actions', 'admin actions', 'operator actions', 'command history', 'session recording'],
    related: ['運用担当者', '管理者', 'operator', 'administrator'],
  },
  {
    id: '8.15-customer-audit-log', family: 'A.12', iso27002_2022: ['8.15'], iso27002_2013: ['A.12.4.1'],
    label: { ja: '利用者が参照できる監査ログ', en: 'Audit logs available to customers' },
    terms: ['監査ログの提供', 'ログデータの提供', 'ログのエクスポート', '監査ログのダウンロード', '操作ログのダウンロード', 'ログファイルのダウンロード', '監査ログを出力', '監査ログの出力', 'ログ閲覧機能', '監査ログの閲覧', '操作ログの閲覧', '監査ログを閲覧', '操作履歴の閲覧', '操作履歴を確認', 'ログイン履歴', 'アクセス履歴', '利用者の活動', '利用履歴', 'audit log export', 'log export', 'export logs', 'download logs', 'activity log', 'activity logs', 'login history', 'access history', 'customer-accessible logs', 'usage history'],
    related: ['管理画面', 'admin console', 'siem連携'],
  },
  {
    id: '8.16-log-monitoring', family: 'A.12', iso27002_2022: ['8.16', '8.15'], iso27002_2013: ['A.12.4.1'], ccm: ['LOG-03', 'LOG-05'],
    label: { ja: 'ログ監視・セキュリティ監視', en: 'Log and security monitoring' },
    terms: ['ログ監視', 'ログの監視', 'ログ分析', 'ログの分析', 'ログのレビュー', 'ログレビュー', '監査ログの確認', 'ログを定期的に確認', 'ログの定期的な確認', 'ログの定期確認', 'ログの点検', 'セキュリティ監視', '不正アクセス監視', '不正アクセスの監視', '不審なアクセス', '不審な操作', '異常検知', 'siem', 'セキュリティオペレーションセンター', 'security operations center', 'security operations centre', 'log monitoring', 'log review', 'log analysis', 'security monitoring', 'anomaly detection', 'suspicious activity', 'splunk', 'microsoft sentinel'],
    related: ['アラート', '24時間365日', 'alert', 'alerts', '24x7'],
  },
  {
    id: '8.16-availability-monitoring', family: 'A.12', iso27002_2022: ['8.16'], iso27002_2013: [], ccm: ['LOG-13'],
    label: { ja: '稼働監視', en: 'Availability monitoring' },
    terms: ['稼働監視', '死活監視', '障害監視', 'サービス監視', 'サーバ監視', 'サーバー監視', 'システム監視', 'ネットワーク監視', 'ネットワーク機器監視', '監視ツール', '外形監視', '稼働状況の監視', 'uptime monitoring', 'availability monitoring', 'health check', 'health checks', 'system monitoring', 'service monitoring', 'infrastructure monitoring', 'server monitoring', 'zabbix', 'cloudwatch', 'datadog', 'new relic', 'mackerel', 'pagerduty'],
    related: ['監視', 'モニタリング', 'monitoring', '24時間'],
  },
  {
    id: '8.16-outage-notification', family: 'A.12', iso27002_2022: ['8.16'], iso27002_2013: [],
    label: { ja: '障害時の対応と通知', en: 'Outage response and notification' },
    terms: ['障害対応', '障害対応手順', '障害対応体制', '障害発生時', '障害時の連絡', '障害時の通知', '障害の通知', '障害通知', '障害連絡', '障害情報', '障害報告', '障害履歴', '過去の障害', '稼働状況', 'ステータスページ', 'サービス停止を検知', 'サービスの停止を検知', 'status page', 'service status', 'system status', 'outage notification', 'outage history', 'past outages', 'downtime notification', 'service disruption'],
    related: ['障害', 'システム障害', 'サービス停止', 'outage', 'downtime'],
  },
  {
    id: '8.17-clock-sync', family: 'A.12', iso27002_2022: ['8.17'], iso27002_2013: ['A.12.4.4'], ccm: ['LOG-06'],
    label: { ja: '時刻同期', en: 'Clock synchronisation' },
    terms: ['時刻同期', '時刻の同期', 'クロックの同期', 'クロック同期', '時刻源', '正確な時刻', '時刻を同期', '時刻合わせ', 'ntp', 'ntpサーバ', 'time synchronization', 'time synchronisation', 'clock synchronization', 'clock synchronisation', 'clock sync', 'time sync', 'network time protocol', 'chrony', 'amazon time sync'],
    related: ['タイムスタンプ', '標準時', 'timestamp'],
  },
  {
    id: '8.19-software-installation', family: 'A.12', iso27002_2022: ['8.19'], iso27002_2013: ['A.12.5.1', 'A.12.6.2'], ccm: ['UEM-02'],
    label: { ja: 'ソフトウェアのインストール制限', en: 'Software installation' },
    terms: ['ソフトウェアのインストール', 'ソフトウェアインストール', 'インストールの制限', 'インストール制限', 'インストールを制限', 'インストールの許可', '許可されたソフトウェア', '許可されていないソフトウェア', '無許可のソフトウェア', '不正なソフトウェア', '未承認のソフトウェア', 'シャドーit', 'シャドウit', 'software installation', 'installation of software', 'unauthorized software', 'unapproved software', 'approved software', 'application whitelisting', 'application allowlisting', 'software allowlist', 'shadow it'],
    related: ['インストール', 'フリーソフト', 'install'],
  },
  {
    id: '8.8-vulnerability-management', family: 'A.12', iso27002_2022: ['8.8'], iso27002_2013: ['A.12.6.1'], ccm: ['TVM-01', 'TVM-03', 'TVM-07'],
    label: { ja: '脆弱性管理・パッチ適用', en: 'Vulnerability management and patching' },
    terms: ['脆弱性管理', '脆弱性の管理', '脆弱性対応', '脆弱性への対応', '脆弱性対策', '脆弱性情報', '脆弱性情報の収集', '技術的脆弱性', 'パッチ適用', 'パッチの適用', 'パッチを適用', 'パッチ管理', 'セキュリティパッチ', '修正パッチ', '修正プログラム', 'セキュリティアップデート', 'セキュリティ更新', 'osの更新', 'osのアップデート', 'osを最新', 'ソフトウェアの更新', '最新の状態', 'ゼロデイ', 'jvn', 'cve', 'cvss', 'vulnerability management', 'patch management', 'patching', 'security patch', 'security patches', 'security updates', 'hotfix', 'vulnerability remediation', 'zero-day', 'os updates'],
    related: ['脆弱性', 'ぜい弱性', 'パッチ', 'vulnerability', 'vulnerabilities', 'log4j', 'jpcert'],
    quantity: 'duration',
  },
  {
    id: '8.8-vulnerability-assessment', family: 'A.12', iso27002_2022: ['8.8'], iso27002_2013: ['A.12.6.1', 'A.18.2.3'], ccm: ['TVM-07'],
    label: { ja: '脆弱性診断', en: 'Vulnerability assessment' },
    terms: ['脆弱性診断', '脆弱性検査', '脆弱性スキャン', '脆弱性の診断', 'セキュリティ診断', 'プラットフォーム診断', 'webアプリケーション診断', 'webアプリ診断', 'アプリケーション診断', 'ネットワーク診断', 'サーバー診断', 'サーバ診断', '診断ツール', 'vulnerability assessment', 'vulnerability scan', 'vulnerability scanning', 'vulnerability test', 'security assessment', 'security scan', 'web application scan', 'nessus', 'qualys'],
    related: ['第三者機関', '外部の専門業者', 'third-party'],
    quantity: 'frequency',
  },
  {
    id: '8.8-penetration-test', family: 'A.12', iso27002_2022: ['8.8'], iso27002_2013: ['A.12.6.1', 'A.18.2.3'], ccm: ['TVM-06'],
    label: { ja: 'ペネトレーションテスト', en: 'Penetration testing' },
    terms: ['ペネトレーションテスト', 'ペネトレーション', 'ベネトレーションテスト', '侵入テスト', '侵入試験', 'ペンテスト', '擬似攻撃', '疑似攻撃', 'レッドチーム', 'penetration test', 'penetration testing', 'pentest', 'pen test', 'pen testing', 'ethical hacking', 'red team', 'red teaming'],
    related: ['第三者機関', 'third-party'],
    quantity: 'frequency',
  },
  {
    id: '8.8-vulnerability-disclosure', family: 'A.12', iso27002_2022: ['8.8'], iso27002_2013: ['A.12.6.1'],
    label: { ja: '脆弱性の報告受付', en: 'Vulnerability disclosure' },
    terms: ['脆弱性報告窓口', '脆弱性の報告窓口', '脆弱性の報告受付', '脆弱性情報の受付', '脆弱性開示', '脆弱性の届出', 'バグバウンティ', 'バグ報奨金', '脆弱性報奨金', 'vulnerability disclosure', 'vulnerability disclosure program', 'responsible disclosure', 'coordinated disclosure', 'bug bounty', 'security.txt', 'report a vulnerability'],
    related: ['ホワイトハッカー', 'researchers', 'hackerone'],
  },
  {
    id: '8.9-configuration-management', family: 'A.12', iso27002_2022: ['8.9'], iso27002_2013: [], ccm: ['IVS-04', 'CCC-06'],
    label: { ja: '構成管理・セキュア設定', en: 'Configuration management and hardening' },
    terms: ['構成管理', '構成情報', '設定管理', '標準設定', 'セキュア設定', 'セキュリティ設定の標準', 'ハードニング', '堅牢化', '不要なサービスの停止', '不要なサービスを停止', '初期設定の変更', 'デフォルトパスワード', '初期パスワードの変更', 'configuration management', 'secure configuration', 'hardening', 'system hardening', 'baseline configuration', 'configuration baseline', 'cis benchmark', 'cisベンチマーク', 'infrastructure as code', 'iac', 'terraform', 'default passwords'],
    related: ['不要なポート', 'golden image', 'ami'],
  },
  {
    id: '8.34-audit-testing', family: 'A.12', iso27002_2022: ['8.34'], iso27002_2013: ['A.12.7.1'],
    label: { ja: 'システム監査時の保護', en: 'Protection during audit testing' },
    terms: ['システム監査ツール', '監査ツール', '監査による影響', '監査時の業務への影響', '監査作業による影響', '情報システムの監査', 'audit tools', 'audit testing', 'information systems audit', 'audit considerations'],
    related: ['業務への影響', 'business disruption'],
  },

  // ───────────────────────── A.13 Network ─────────────────────────
  {
    id: '8.20-network-security', family: 'A.13', iso27002_2022: ['8.20'], iso27002_2013: ['A.13.1.1'], ccm: ['IVS-03'],
    label: { ja: 'ネットワークのセキュリティ管理', en: 'Network security' },
    terms: ['ネットワークセキュリティ', 'ネットワークのセキュリティ', 'ネットワークの管理', 'ネットワーク管理', 'ネットワークのアクセス制御', 'ネットワークアクセス制御', 'ネットワーク構成図', 'ネットワーク構成', 'ネットワーク機器の管理', 'ネットワークを脅威から保護', 'network security', 'network management', 'network access control', 'network diagram', 'network architecture', 'network controls', 'network devices'],
    related: ['ネットワーク', 'ネットワーク機器', 'ルーター', 'router'],
  },
  {
    id: '8.20-firewall', family: 'A.13', iso27002_2022: ['8.20'], iso27002_2013: ['A.13.1.1'], ccm: ['IVS-03', 'UEM-10'],
    label: { ja: 'ファイアウォール', en: 'Firewall' },
    terms: ['ファイアウォール', 'ファイヤーウォール', 'ファイアーウォール', 'ファイヤウォール', 'fw', 'セキュリティグループ', 'パケットフィルタ', '不要なポート', 'ポート番号', 'ポートを閉じ', 'ポートの閉塞', '通信の制御', '通信制御', 'firewall', 'firewalls', 'security group', 'security groups', 'packet filtering', 'network acl', 'open ports', 'unnecessary ports', 'port filtering', 'utm'],
    related: ['遮断', 'allowed services'],
  },
  {
    id: '8.20-waf', family: 'A.13', iso27002_2022: ['8.20', '8.26'], iso27002_2013: ['A.13.1.1', 'A.14.1.2'], ccm: ['IVS-09'],
    label: { ja: 'WAF（Webアプリケーションファイアウォール）', en: 'Web application firewall' },
    terms: ['waf', 'webアプリケーションファイアウォール', 'ウェブアプリケーションファイアウォール', 'webアプリケーションファイヤーウォール', 'web application firewall', 'web application firewalls', 'aws waf', 'cloudflare waf', 'imperva'],
    related: ['sqlインジェクション', 'クロスサイトスクリプティング', 'sql injection', 'xss', 'cloudflare'],
  },
  {
    id: '8.20-ddos', family: 'A.13', iso27002_2022: ['8.20'], iso27002_2013: ['A.13.1.1'], ccm: ['IVS-09'],
    label: { ja: 'DDoS対策', en: 'DDoS protection' },
    terms: ['ddos', 'dos攻撃', 'ddos攻撃', 'ddos対策', 'サービス妨害攻撃', 'サービス拒否攻撃', 'サービス妨害', '大量アクセス', 'dos attack', 'ddos attack', 'ddos protection', 'ddos mitigation', 'denial of service', 'denial-of-service', 'aws shield', 'akamai'],
    related: ['cdn', 'cloudflare', 'トラフィック', 'traffic'],
  },
  {
    id: '8.20-ids-ips', family: 'A.13', iso27002_2022: ['8.20', '8.16'], iso27002_2013: ['A.13.1.1'], ccm: ['IVS-09'],
    label: { ja: '侵入検知・防止', en: 'Intrusion detection and prevention' },
    terms: ['侵入検知', '侵入防止', '侵入検知システム', '侵入防止システム', '不正侵入検知', '不正侵入防止', '不正侵入の検知', 'ids ips', 'intrusion detection', 'intrusion prevention', 'intrusion detection system', 'intrusion prevention system', 'guardduty', 'network intrusion', 'ndr'],
    related: ['不正アクセス', 'unauthorized access', 'threat detection'],
  },
  {
    id: '8.20-remote-access', family: 'A.13', iso27002_2022: ['8.20'], iso27002_2013: ['A.13.1.1'],
    label: { ja: 'VPN・リモートアクセス', en: 'VPN and remote access' },
    terms: ['vpn', 'vpn接続', 'リモートアクセス', 'リモート接続', '社外からのアクセス', '社外からの接続', '社外から接続', '踏み台サーバ', '踏み台', 'ゼロトラスト', '閉域網', '専用線', 'remote access', 'virtual private network', 'ipsec', 'bastion', 'bastion host', 'jump server', 'zero trust', 'ztna', 'sase', 'private connection', 'direct connect'],
    related: ['ssh', 'リモートデスクトップ', 'rdp', 'remote desktop'],
  },
  {
    id: '8.20-wireless', family: 'A.13', iso27002_2022: ['8.20'], iso27002_2013: ['A.13.1.1'],
    label: { ja: '無線LANのセキュリティ', en: 'Wireless network security' },
    terms: ['無線lan', '公衆無線lan', 'wi-fi', 'wifi', 'ゲストwi-fi', 'ゲスト用wi-fi', 'ゲストネットワーク', 'wireless lan', 'wireless network', 'wireless networks', 'wlan', 'wpa2', 'wpa3', 'guest network', 'guest wifi'],
    related: ['アクセスポイント', 'access point', 'ssid'],
  },
  {
    id: '8.21-network-services', family: 'A.13', iso27002_2022: ['8.21'], iso27002_2013: ['A.13.1.2'], ccm: ['IVS-03'],
    label: { ja: 'ネットワークサービスのセキュリティ', en: 'Security of network services' },
    terms: ['ネットワークサービスのセキュリティ', 'ネットワークサービスの利用', 'ネットワークサービス', '回線事業者', '通信事業者', '通信回線', '回線の冗長', 'インターネット回線', 'network services', 'network service provider', 'internet service provider', 'isp', 'leased line', 'carrier'],
    related: ['回線', 'bandwidth', '帯域'],
  },
  {
    id: '8.22-network-segregation', family: 'A.13', iso27002_2022: ['8.22'], iso27002_2013: ['A.13.1.3'], ccm: ['IVS-06'],
    label: { ja: 'ネットワークの分離', en: 'Network segregation' },
    terms: ['ネットワーク分離', 'ネットワークの分離', 'ネットワークを分離', 'ネットワークセグメント', 'セグメント分割', 'セグメンテーション', 'ネットワークの領域分割', '領域分割', 'サブネット', 'プライベートサブネット', 'vlan', 'vpc', 'dmz', 'network segmentation', 'network segregation', 'network isolation', 'segmentation', 'subnet', 'subnets', 'private subnet'],
    related: ['セグメント', '論理的に分離', 'segment'],
  },
  {
    id: '8.23-web-filtering', family: 'A.13', iso27002_2022: ['8.23'], iso27002_2013: [],
    label: { ja: 'Webフィルタリング', en: 'Web filtering' },
    terms: ['webフィルタリング', 'ウェブフィルタリング', 'urlフィルタリング', 'フィルタリングソフト', 'コンテンツフィルタリング', '有害サイト', '危険なサイト', '不正なサイト', '悪意のあるサイト', 'プロキシサーバ', 'web filtering', 'url filtering', 'content filtering', 'secure web gateway', 'swg', 'web proxy', 'malicious websites'],
    related: ['プロキシ', 'proxy', 'dns filtering'],
  },

  // ───────────────────────── A.14 Development ─────────────────────────
  {
    id: '8.25-sdlc', family: 'A.14', iso27002_2022: ['8.25'], iso27002_2013: ['A.14.2.1'], ccm: ['AIS-04'],
    label: { ja: 'セキュア開発ライフサイクル', en: 'Secure development life cycle' },
    terms: ['セキュア開発', 'セキュアな開発', '安全な開発', '開発ライフサイクル', 'セキュリティバイデザイン', '開発規程', '開発標準', '開発方針', '開発ガイドライン', 'セキュア開発方針', 'セキュアな開発のための方針', 'sdlc', 'secure sdlc', 'ssdlc', 'secure development', 'secure development lifecycle', 'secure development policy', 'security by design', 'devsecops', 'secure software development', 'shift left'],
    related: ['開発プロセス', '開発', 'development process', 'developers'],
  },
  {
    id: '8.26-application-security-requirements', family: 'A.14', iso27002_2022: ['8.26'], iso27002_2013: ['A.14.1.2', 'A.14.1.3'], ccm: ['AIS-02'],
    label: { ja: 'アプリケーションのセキュリティ要件', en: 'Application security requirements' },
    terms: ['セキュリティ要件', 'セキュリティ要求事項', '情報セキュリティ要求事項', 'セキュリティ要件定義', 'セキュリティ機能要件', '公衆ネットワーク上のアプリケーション', 'アプリケーションサービスの取引', 'security requirements', 'application security requirements', 'security requirement analysis', 'transaction protection'],
    related: ['要件定義', '非機能要件'],
  },
  {
    id: '8.26-api-security', family: 'A.14', iso27002_2022: ['8.26'], iso27002_2013: ['A.14.1.2'], ccm: ['AIS-01'],
    label: { ja: 'APIのセキュリティ', en: 'API security' },
    terms: ['api', 'apis', 'api連携', 'api認証', 'apiキー', 'apiトークン', 'apiアクセス', 'apiの認証', 'apiの利用', 'web api', 'rest api', 'api security', 'api authentication', 'api key', 'api keys', 'api token', 'access token', 'access tokens', 'rate limit', 'rate limiting', 'レート制限', 'oauth', 'oauth2', 'oauth 2.0', 'api gateway', 'webhook', 'webhooks'],
    related: ['外部連携', 'トークン', 'token', 'integration'],
  },
  {
    id: '8.27-secure-architecture', family: 'A.14', iso27002_2022: ['8.27'], iso27002_2013: ['A.14.2.5'], ccm: ['AIS-04'],
    label: { ja: 'セキュアなシステム設計', en: 'Secure system architecture' },
    terms: ['セキュアな設計', '安全な設計', 'セキュリティアーキテクチャ', 'セキュアなシステム構築', 'システム構築の原則', 'セキュリティ設計', '脅威モデリング', '多層防御', 'secure architecture', 'security architecture', 'secure design', 'secure engineering principles', 'threat modeling', 'threat modelling', 'defense in depth', 'defence in depth'],
    related: ['アーキテクチャ', 'architecture', 'design review'],
  },
  {
    id: '8.28-secure-coding', family: 'A.14', iso27002_2022: ['8.28'], iso27002_2013: [], ccm: ['AIS-04'],
    label: { ja: 'セキュアコーディング・コードレビュー', en: 'Secure coding and code review' },
    terms: ['セキュアコーディング', 'コーディング規約', 'コーディング規準', 'コーディング標準', 'コードレビュー', 'ソースコードレビュー', 'ソースコードのレビュー', 'プルリクエスト', '入力値検証', '入力値チェック', 'sqlインジェクション', 'クロスサイトスクリプティング', 'クロスサイトリクエストフォージェリ', 'secure coding', 'coding standards', 'coding guidelines', 'code review', 'code reviews', 'peer review', 'pull request', 'pull requests', 'owasp', 'owasp top 10', 'input validation', 'sql injection', 'cross-site scripting', 'xss', 'csrf'],
    related: ['脆弱性', 'ソースコード', 'source code', 'vulnerabilities'],
  },
  {
    id: '8.28-open-source', family: 'A.14', iso27002_2022: ['8.28'], iso27002_2013: [], ccm: ['TVM-05'],
    label: { ja: 'OSS・外部ライブラリの管理', en: 'Open source and third-party libraries' },
    terms: ['オープンソース', 'oss', 'ossの管理', 'ossライセンス', 'ライブラリの脆弱性', '外部ライブラリ', 'サードパーティライブラリ', '依存ライブラリ', 'ライブラリの管理', 'ソフトウェア構成分析', 'sbom', 'open source', 'open-source', 'third-party libraries', 'third-party library', 'dependency scanning', 'software composition analysis', 'dependabot', 'snyk', 'open source license'],
    related: ['ライブラリ', '依存関係', 'library', 'libraries', 'dependencies', 'log4j'],
  },
  {
    id: '8.29-security-testing', family: 'A.14', iso27002_2022: ['8.29'], iso27002_2013: ['A.14.2.8', 'A.14.2.9'], ccm: ['AIS-05', 'CCC-02'],
    label: { ja: '開発時のセキュリティテスト', en: 'Security testing in development' },
    terms: ['セキュリティテスト', 'セキュリティ試験', 'セキュリティ検査', '受入テスト', '受け入れテスト', '受入試験', '受け入れ試験', '静的解析', '動的解析', '静的コード解析', 'ソースコード診断', 'リリース前の診断', 'リリース前のテスト', 'sast', 'dast', 'iast', 'security testing', 'security test', 'acceptance testing', 'static analysis', 'static code analysis', 'dynamic analysis', 'code scanning', 'system acceptance testing'],
    related: ['qa'],
  },
  {
    id: '8.30-outsourced-development', family: 'A.14', iso27002_2022: ['8.30'], iso27002_2013: ['A.14.2.7'],
    label: { ja: '開発の外部委託', en: 'Outsourced development' },
    terms: ['開発の外部委託', '外部委託開発', '委託開発', '開発委託', '開発の委託', '開発を委託', '開発を外部', 'オフショア開発', '外注開発', '開発の外注', 'outsourced development', 'offshore development', 'development outsourcing', 'third-party developers', 'contract developers'],
    related: ['開発パートナー', 'ニアショア', 'nearshore'],
  },
  {
    id: '8.33-test-data', family: 'A.14', iso27002_2022: ['8.33'], iso27002_2013: ['A.14.3.1'], ccm: ['DSP-15'],
    label: { ja: 'テストデータの管理', en: 'Test data' },
    terms: ['テストデータ', '試験データ', '検証用データ', '本番データの利用', '本番データの使用', '本番データを使用', '本番データをテスト', '本番データを開発', 'ダミーデータ', 'test data', 'test information', 'production data in test', 'use of production data', 'synthetic data', 'dummy data'],
    related: ['本番データ', 'production data', 'マスキング'],
  },

  // ───────────────────────── A.15 Suppliers ─────────────────────────
  {
    id: '5.19-supplier-security', family: 'A.15', iso27002_2022: ['5.19', '5.20'], iso27002_2013: ['A.15.1.1', 'A.15.1.2'], ccm: ['STA-09'],
    label: { ja: '委託先の管理', en: 'Supplier security' },
    terms: ['委託先管理', '委託先の管理', '委託先の選定', '委託先選定', '委託先の評価', '委託先評価', '委託先との契約', '委託先の監督', '外部委託先', '外部委託', '業務委託', '委託契約', '業務委託契約', '供給者', 'サプライヤー', '外部組織がかかわる', '協力会社', 'supplier management', 'supplier security', 'vendor management', 'vendor risk management', 'third-party risk management', 'tprm', 'third-party risk', 'outsourcing', 'outsourced', 'supplier agreements', 'supplier relationships'],
    related: ['委託先', '委託', '外部組織', 'contractors', 'third parties'],
  },
  {
    id: '5.19-subcontracting', family: 'A.15', iso27002_2022: ['5.19'], iso27002_2013: ['A.15.1.1'], ccm: ['DSP-13', 'DSP-14'],
    label: { ja: '再委託', en: 'Subcontracting and sub-processors' },
    terms: ['再委託', '再委託先', '再々委託', '下請け', '下請', 'サブプロセッサ', 'subcontractor', 'subcontractors', 'sub-contractor', 'subcontracting', 'subcontract', 'sub-processor', 'sub-processors', 'subprocessor', 'subprocessors', 'fourth party', 'fourth parties'],
    related: ['委託先', '事前承諾', '事前の承諾', 'prior approval'],
  },
  {
    id: '5.21-supply-chain', family: 'A.15', iso27002_2022: ['5.21'], iso27002_2013: ['A.15.1.3'], ccm: ['STA-07', 'STA-08'],
    label: { ja: 'サプライチェーンのセキュリティ', en: 'ICT supply chain security' },
    terms: ['サプライチェーン', 'サプライチェーンリスク', 'サプライチェーン攻撃', 'サプライチェーンセキュリティ', 'ictサプライチェーン', '供給網', 'supply chain', 'supply-chain', 'supply chain security', 'supply chain attack', 'supply chain risk', 'ict supply chain'],
    related: ['取引先', '調達', 'procurement'],
  },
  {
    id: '5.22-supplier-monitoring', family: 'A.15', iso27002_2022: ['5.22'], iso27002_2013: ['A.15.2.1', 'A.15.2.2'], ccm: ['STA-12', 'STA-13', 'STA-14'],
    label: { ja: '委託先の監視・評価', en: 'Monitoring and review of suppliers' },
    terms: ['委託先の監査', '委託先への監査', '委託先の定期評価', '委託先の見直し', '委託先のモニタリング', '委託先の点検', '委託先の再評価', '定期的な委託先評価', '供給者のサービスの監視', 'supplier monitoring', 'supplier review', 'supplier audit', 'supplier assessment', 'vendor review', 'vendor assessment', 'vendor audit', 'annual vendor review'],
    related: ['questionnaire', '実地監査'],
    quantity: 'frequency',
  },
  {
    id: '5.23-cloud-provider', family: 'A.15', iso27002_2022: ['5.23'], iso27002_2013: [],
    label: { ja: '利用しているクラウド基盤', en: 'Cloud service providers used' },
    terms: ['クラウド基盤', 'インフラ基盤', 'サービス基盤', '利用しているクラウド', 'クラウドプロバイダ', 'クラウド事業者の選定', 'iaas', 'paas', 'aws', 'amazon web services', 'アマゾンウェブサービス', 'gcp', 'google cloud', 'google cloud platform', 'azure', 'microsoft azure', 'さくらのクラウド', 'cloud provider', 'cloud service provider', 'hosting provider', 'underlying infrastructure', 'cloud infrastructure', 'oracle cloud'],
    related: ['インフラ', 'クラウドサービス', 'infrastructure', 'hosting', 'hosted'],
  },

  // ───────────────────────── A.16 Incidents ─────────────────────────
  {
    id: '5.24-incident-response', family: 'A.16', iso27002_2022: ['5.24', '5.25', '5.26'], iso27002_2013: ['A.16.1.1', 'A.16.1.4', 'A.16.1.5'], ccm: ['SEF-01', 'SEF-03'],
    label: { ja: 'インシデント対応', en: 'Incident response' },
    terms: ['インシデント対応', 'インシデント管理', 'インシデントレスポンス', 'インシデント対応手順', 'インシデント対応計画', 'インシデント対応体制', 'インシデント対応訓練', '情報セキュリティインシデント', 'セキュリティインシデント', 'セキュリティ事故', '情報漏えい時の対応', '情報漏洩時の対応', '事故対応', '事故発生時の対応', '緊急時対応', '緊急時の対応', '緊急連絡体制', '緊急連絡網', 'incident response', 'incident management', 'incident handling', 'incident response plan', 'security incident', 'security incidents', 'incident response testing', 'escalation procedure', 'playbook', 'playbooks'],
    related: ['インシデント', 'エスカレーション', '情報漏えい', '情報漏洩', 'incident', 'breach', 'escalation'],
  },
  {
    id: '5.24-csirt', family: 'A.16', iso27002_2022: ['5.24'], iso27002_2013: ['A.16.1.1'],
    label: { ja: 'CSIRT・セキュリティ窓口', en: 'CSIRT and security contact' },
    terms: ['csirt', 'シーサート', 'cirt', 'psirt', 'sirt', 'インシデント対応チーム', 'セキュリティ窓口', 'セキュリティに関する窓口', '情報セキュリティに関する窓口', 'セキュリティ担当窓口', 'セキュリティの問い合わせ先', 'incident response team', 'security incident response team', 'security contact', 'security point of contact', 'security team contact'],
    related: ['日本シーサート協議会', '窓口', 'point of contact'],
  },
  {
    id: '5.26-incident-notification', family: 'A.16', iso27002_2022: ['5.26'], iso27002_2013: ['A.16.1.5'], ccm: ['SEF-07'],
    label: { ja: 'インシデント発生時の利用者への通知', en: 'Incident notification to customers' },
    terms: ['インシデントの通知', 'インシデント通知', 'インシデント発生時の連絡', 'インシデント発生時の通知', 'インシデント発生時の報告', 'インシデントの報告', 'インシデント報告', '事故発生時の連絡', '事故発生時の報告', '事故発生時の通知', '漏えい時の連絡', '漏えい時の通知', '漏えい発生時の通知', '情報漏えい時の連絡', 'breach notification', 'incident notification', 'incident reporting', 'notification of security incidents', 'notify customers of incidents', 'security breach notification'],
    related: ['漏えい', '漏洩', '報告期限', 'data breach', '72 hours'],
    quantity: 'duration',
  },
  {
    id: '6.8-event-reporting', family: 'A.16', iso27002_2022: ['6.8'], iso27002_2013: ['A.16.1.2', 'A.16.1.3'],
    label: { ja: 'セキュリティ事象・弱点の報告', en: 'Reporting of security events and weaknesses' },
    terms: ['セキュリティ弱点', '弱点の報告', 'セキュリティ事象の報告', '情報セキュリティ事象の報告', '事象の報告', '報告ルート', '報告経路', 'ヒヤリハット', '疑いをもった', 'security weakness', 'security weaknesses', 'security event reporting', 'report security events', 'reporting security events', 'report suspicious activity'],
    related: ['弱点', '従業員からの報告', 'escalation'],
  },
  {
    id: '5.27-lessons-learned', family: 'A.16', iso27002_2022: ['5.27'], iso27002_2013: ['A.16.1.6'],
    label: { ja: '再発防止・原因分析', en: 'Learning from incidents' },
    terms: ['再発防止', '再発防止策', '原因分析', '原因究明', '根本原因', '真因分析', '事後分析', '事後レビュー', 'インシデントから学', 'ポストモーテム', 'lessons learned', 'root cause analysis', 'root cause', 'postmortem', 'post-mortem', 'post-incident review', 'rca'],
    related: ['教訓'],
  },
  {
    id: '5.28-evidence', family: 'A.16', iso27002_2022: ['5.28'], iso27002_2013: ['A.16.1.7'],
    label: { ja: '証拠の収集・保全', en: 'Collection of evidence' },
    terms: ['証拠の収集', '証拠収集', '証拠保全', '証拠の保全', 'フォレンジック', 'デジタルフォレンジック', '証拠の保管', 'evidence collection', 'collection of evidence', 'evidence preservation', 'forensics', 'forensic investigation', 'digital forensics', 'chain of custody'],
    related: ['証拠', 'evidence'],
  },

  // ───────────────────────── A.17 Continuity ─────────────────────────
  {
    id: '5.29-bcp', family: 'A.17', iso27002_2022: ['5.29'], iso27002_2013: ['A.17.1.1', 'A.17.1.2'], ccm: ['BCR-01', 'BCR-04'],
    label: { ja: '事業継続計画', en: 'Business continuity plan' },
    terms: ['事業継続計画', '事業継続計画書', '事業継続管理', '事業継続マネジメント', '事業継続', 'bcp', 'bcm', 'コンティンジェンシープラン', '緊急時事業継続', 'ビジネスインパクト分析', '事業影響度分析', '業務プロセスの中断', '事業の中断', 'business continuity', 'business continuity plan', 'business continuity planning', 'business continuity management', 'continuity plan', 'contingency plan', 'business impact analysis', 'bia'],
    related: ['災害', 'パンデミック', '感染症', 'disaster', 'pandemic'],
  },
  {
    id: '5.30-disaster-recovery', family: 'A.17', iso27002_2022: ['5.30', '5.29'], iso27002_2013: ['A.17.1.2'], ccm: ['BCR-09'],
    label: { ja: '災害復旧（DR）', en: 'Disaster recovery' },
    terms: ['災害復旧', 'ディザスタリカバリ', 'ディザスタリカバリー', 'ディザスターリカバリー', 'dr', 'dr構成', 'drサイト', 'dr環境', 'バックアップサイト', '別リージョンへの切り替え', '別リージョンへの切替', 'マルチリージョン', 'フェイルオーバー', 'フェールオーバー', 'disaster recovery', 'disaster recovery plan', 'dr site', 'dr plan', 'failover', 'fail over', 'secondary region', 'multi-region', 'geo-redundant', 'ict readiness'],
    related: ['別リージョン', '遠隔地', '災害', 'disaster', 'another region'],
  },
  {
    id: '5.30-rto-rpo', family: 'A.17', iso27002_2022: ['5.30', '5.29'], iso27002_2013: ['A.17.1.2'], ccm: ['BCR-02'],
    label: { ja: '目標復旧時間・目標復旧時点', en: 'RTO and RPO' },
    terms: ['目標復旧時間', '目標復旧時点', '復旧目標', '復旧時間目標', '復旧時点目標', '目標復旧レベル', 'rto', 'rpo', 'recovery time objective', 'recovery point objective', 'recovery time', 'recovery point', 'time to recover', 'mttr'],
    related: ['復旧までの時間', '復旧時間', 'データ損失', 'data loss'],
    quantity: 'duration',
  },
  {
    id: '5.30-continuity-testing', family: 'A.17', iso27002_2022: ['5.30', '5.29'], iso27002_2013: ['A.17.1.3'], ccm: ['BCR-06', 'BCR-10'],
    label: { ja: '事業継続・DR訓練', en: 'Continuity and DR testing' },
    terms: ['bcp訓練', 'bcpの訓練', 'bcpテスト', '事業継続訓練', '事業継続計画の訓練', '事業継続計画の試験', '事業継続計画のテスト', '災害復旧訓練', 'dr訓練', 'drテスト', '切替訓練', '切り替え訓練', '切替試験', '机上訓練', 'bcp test', 'bcp exercise', 'dr test', 'dr drill', 'disaster recovery test', 'disaster recovery testing', 'failover test', 'failover testing', 'tabletop exercise', 'continuity exercise', 'continuity testing'],
    related: ['訓練', '演習', 'drill', 'exercise'],
    quantity: 'frequency',
  },
  {
    id: '8.14-redundancy', family: 'A.17', iso27002_2022: ['8.14'], iso27002_2013: ['A.17.2.1'], ccm: ['BCR-11'],
    label: { ja: '冗長化', en: 'Redundancy and high availability' },
    terms: ['冗長化', '冗長構成', '冗長性', '二重化', '多重化', '単一障害点', 'マルチaz', 'マルチアベイラビリティゾーン', 'アベイラビリティゾーン', '複数のアベイラビリティゾーン', '複数のデータセンター', '複数拠点', '負荷分散', 'ロードバランサ', '高可用性', 'ha構成', 'クラスタ構成', 'redundancy', 'redundant', 'high availability', 'multi-az', 'multi az', 'availability zone', 'availability zones', 'single point of failure', 'load balancer', 'load balancing', 'active-active', 'active-standby', 'clustering'],
    related: ['冗長', '可用性', 'availability', 'replication'],
  },

  // ───────────────────────── A.18 Compliance, audits, certifications ─────────────────────────
  {
    id: '5.31-legal-requirements', family: 'A.18', iso27002_2022: ['5.31'], iso27002_2013: ['A.18.1.1', 'A.18.1.5'], ccm: ['GRC-07'],
    label: { ja: '法令・規制・契約上の要求事項', en: 'Legal, regulatory and contractual requirements' },
    terms: ['法令遵守', '法令順守', '法令等の遵守', '適用法令', '適用される法令', '関連法令', '関連する法令', '法的要求事項', '法的要件', '法令及び規制', '法令・規制', '規制要件', '契約上の要求事項', '暗号規制', 'legal requirements', 'regulatory requirements', 'contractual requirements', 'statutory requirements', 'legal compliance', 'regulatory compliance', 'laws and regulations', 'legislation', 'export control'],
    related: ['法令', '法律', '規制', 'regulations', 'laws'],
  },
  {
    id: '5.31-governing-law', family: 'A.18', iso27002_2022: ['5.31'], iso27002_2013: ['A.18.1.1'],
    label: { ja: '準拠法・管轄裁判所', en: 'Governing law and jurisdiction' },
    terms: ['準拠法', '管轄裁判所', '裁判管轄', '合意管轄', '専属的合意管轄', '管轄裁判', '日本の法律', '日本法に準拠', '日本法を準拠法', 'governing law', 'applicable law', 'jurisdiction', 'choice of law', 'competent court', 'governed by the laws'],
    related: ['裁判所', '紛争', 'court', 'dispute'],
  },
  {
    id: '5.31-fisc', family: 'A.18', iso27002_2022: ['5.31'], iso27002_2013: ['A.18.1.1'],
    label: { ja: 'FISC安全対策基準', en: 'FISC security guidelines' },
    terms: ['fisc', 'fisc安全対策基準', '金融機関等コンピュータシステムの安全対策基準', '金融情報システムセンター', 'fisc guidelines', 'fisc security guidelines'],
    related: ['金融機関', '金融庁', 'financial institutions'],
  },
  {
    id: '5.31-medical-guidelines', family: 'A.18', iso27002_2022: ['5.31'], iso27002_2013: ['A.18.1.1'],
    label: { ja: '医療情報の安全管理ガイドライン', en: 'Medical information security guidelines' },
    terms: ['3省2ガイドライン', '三省二ガイドライン', '3省3ガイドライン', '医療情報システムの安全管理', '医療情報の安全管理', '医療情報を取り扱う', '医療情報システム', 'hipaa', 'medical information guidelines'],
    related: ['医療機関', '医療情報', '厚生労働省', 'healthcare'],
  },
  {
    id: '5.32-intellectual-property', family: 'A.18', iso27002_2022: ['5.32'], iso27002_2013: ['A.18.1.2'],
    label: { ja: '知的財産権', en: 'Intellectual property rights' },
    terms: ['知的財産権', '知的財産', '著作権', 'ソフトウェアライセンス', 'ライセンス管理', 'ライセンスの管理', 'ライセンス違反', '不正コピー', '違法コピー', '利用を許諾する範囲', 'intellectual property', 'intellectual property rights', 'copyright', 'copyrights', 'software licensing', 'software licenses', 'license compliance', 'licence management', 'license management'],
    related: ['ライセンス', '特許', 'license', 'licence', 'patent'],
  },
  {
    id: '5.33-records-protection', family: 'A.18', iso27002_2022: ['5.33'], iso27002_2013: ['A.18.1.3'],
    label: { ja: '記録の保護', en: 'Protection of records' },
    terms: ['記録の保護', '重要な記録', '記録の管理', '記録の保管', '記録の保存', '記録の改ざん', '記録を保護', '文書管理', '文書の管理', '記録管理', 'protection of records', 'records management', 'record retention', 'records retention', 'document management'],
    related: ['消失', '破壊', '改ざん', 'records'],
  },
  {
    id: '5.35-independent-review', family: 'A.18', iso27002_2022: ['5.35'], iso27002_2013: ['A.18.2.1'], ccm: ['A&A-02'],
    label: { ja: '独立したレビュー・外部監査', en: 'Independent review and external audit' },
    terms: ['独立したレビュー', '独立したレビュー及び評価', '第三者評価', '第三者による評価', '第三者による監査', '第三者監査', '外部監査', '外部審査', '外部評価', '監査法人', '認証機関による審査', '審査機関', '定期審査', '更新審査', 'サーベイランス審査', 'independent review', 'independent assessment', 'independent audit', 'external audit', 'external audits', 'third-party audit', 'third-party assessment', 'audit firm', 'surveillance audit', 'certification audit'],
    related: ['審査', '監査', 'audit', 'auditor'],
    quantity: 'frequency',
  },
  {
    id: '5.35-internal-audit', family: 'A.18', iso27002_2022: ['5.35'], iso27002_2013: ['A.18.2.1'], ccm: ['A&A-01', 'A&A-05'],
    label: { ja: '内部監査', en: 'Internal audit' },
    terms: ['内部監査', '社内監査', '内部監査部門', '内部監査室', '監査室', '内部監査員', '内部監査人', 'internal audit', 'internal audits', 'internal auditing', 'internal auditor', 'internal auditors', 'internal audit function'],
    related: ['監査', '是正処置', 'corrective action', 'audit'],
    quantity: 'frequency',
  },
  {
    id: '5.35-customer-audit-rights', family: 'ORG', iso27002_2022: ['5.35'], iso27002_2013: ['A.18.2.1'],
    label: { ja: '利用者による監査の受け入れ', en: 'Customer audit rights' },
    terms: ['立入監査', '立ち入り監査', '立入検査', '実地監査', '監査権', '監査の受入', '監査の受け入れ', '監査を受け入れ', '利用者による監査', '顧客による監査', '個別の監査要求', '監査要求', 'right to audit', 'audit rights', 'customer audit', 'customer audits', 'on-site audit', 'onsite audit', 'audit by customers'],
    related: ['監査', '監査報告書', 'audit report'],
  },
  {
    id: '5.36-policy-compliance', family: 'A.18', iso27002_2022: ['5.36'], iso27002_2013: ['A.18.2.2', 'A.18.2.3'], ccm: ['A&A-04'],
    label: { ja: '規程の遵守状況の確認', en: 'Compliance with policies and standards' },
    terms: ['規程の遵守', '規程遵守', '方針の遵守', '規則の遵守', '遵守状況', '順守状況', '遵守状況の確認', 'セキュリティ方針及び標準の順守', '技術的順守', '技術的遵守', 'セルフチェック', '自己点検', 'policy compliance', 'compliance with policies', 'compliance with security policies', 'adherence to policies', 'technical compliance review', 'self-assessment'],
    related: ['遵守', '順守', 'compliance', 'adherence'],
    quantity: 'frequency',
  },
  {
    id: '5.35-iso27001', family: 'A.18', iso27002_2022: ['5.35'], iso27002_2013: ['A.18.2.1'],
    label: { ja: 'ISMS認証（ISO/IEC 27001）', en: 'ISO/IEC 27001 (ISMS) certification' },
    terms: ['iso27001', 'iso 27001', 'jis q 27001', 'jisq27001', 'isms', 'isms認証', 'isms適合性評価', '情報セキュリティマネジメントシステム', 'information security management system', 'iso27k', '27001'],
    related: ['iso認証', '認証取得', '登録証', 'certificate', 'iso certification'],
  },
  {
    id: '5.35-iso27017', family: 'A.18', iso27002_2022: ['5.35', '5.23'], iso27002_2013: ['A.18.2.1'],
    label: { ja: 'ISMSクラウドセキュリティ認証（ISO/IEC 27017）', en: 'ISO/IEC 27017 certification' },
    terms: ['iso27017', 'iso 27017', 'ismsクラウドセキュリティ認証', 'クラウドセキュリティ認証', 'isms-cloud', 'ismsクラウド', 'cloud security certification', '27017'],
    related: ['認証取得', 'iso認証'],
  },
  {
    id: '5.35-iso27018', family: 'A.18', iso27002_2022: ['5.35', '5.34'], iso27002_2013: ['A.18.2.1'],
    label: { ja: 'ISO/IEC 27018認証', en: 'ISO/IEC 27018 certification' },
    terms: ['iso27018', 'iso 27018', '27018', 'iso27018認証', 'パブリッククラウドにおける個人情報', 'pii in public clouds'],
    related: ['認証取得'],
  },
  {
    id: '5.35-iso27701', family: 'PRIV', iso27002_2022: ['5.35', '5.34'], iso27002_2013: ['A.18.2.1'],
    label: { ja: 'ISO/IEC 27701（PIMS）認証', en: 'ISO/IEC 27701 (PIMS) certification' },
    terms: ['iso27701', 'iso 27701', '27701', 'pims', 'プライバシー情報マネジメントシステム', 'privacy information management system'],
    related: ['認証取得'],
  },
  {
    id: '5.34-privacy-mark', family: 'PRIV', iso27002_2022: ['5.34', '5.35'], iso27002_2013: ['A.18.1.4'],
    label: { ja: 'プライバシーマーク', en: 'PrivacyMark' },
    terms: ['プライバシーマーク', 'pマーク', 'privacy mark', 'privacymark', 'p-mark', 'pmark', 'jis q 15001', 'jisq15001', '15001'],
    related: ['jipdec', '認証取得', '付与認定'],
  },
  {
    id: '5.35-soc-reports', family: 'A.18', iso27002_2022: ['5.35'], iso27002_2013: ['A.18.2.1'],
    label: { ja: 'SOC報告書', en: 'SOC reports' },
    terms: ['soc2', 'soc 2', 'soc1', 'soc 1', 'soc3', 'soc 3', 'soc報告書', 'socレポート', 'soc2報告書', 'soc2レポート', 'soc2 type2', 'soc 2 type 2', 'soc 2 type ii', 'ssae16', 'ssae 16', 'ssae18', 'ssae 18', 'isae3402', 'isae 3402', '保証報告書', '内部統制の保証報告書', 'assurance report', 'attestation report', 'soc report', 'soc reports'],
    related: ['監査法人', 'type 2', 'type ii'],
  },
  {
    id: '5.35-ismap', family: 'A.18', iso27002_2022: ['5.35', '5.23'], iso27002_2013: ['A.18.2.1'],
    label: { ja: 'ISMAP登録', en: 'ISMAP registration' },
    terms: ['ismap', 'ismap-lime', 'ismap登録', 'ismapクラウドサービスリスト', '政府情報システムのためのセキュリティ評価制度', 'ismap registration', 'ismap registered'],
    related: ['政府機関', '政府統一基準', 'government'],
  },
  {
    id: '5.35-pci-dss', family: 'A.18', iso27002_2022: ['5.35'], iso27002_2013: ['A.18.2.1'],
    label: { ja: 'PCI DSS準拠', en: 'PCI DSS' },
    terms: ['pci dss', 'pci-dss', 'pcidss', 'payment card industry', 'クレジットカード情報の保護', 'カード情報の非保持', 'カード情報非保持'],
    related: ['クレジットカード', 'カード情報', 'credit card', 'cardholder data'],
  },
  {
    id: '5.35-csa-star', family: 'A.18', iso27002_2022: ['5.35'], iso27002_2013: ['A.18.2.1'],
    label: { ja: 'CSA STAR認証', en: 'CSA STAR' },
    terms: ['csa star', 'star認証', 'star認定', 'cloud security alliance', 'caiq', 'consensus assessments initiative questionnaire', 'csa star certification', 'star attestation'],
    related: ['ccm', 'cloud controls matrix'],
  },

  // ───────────────────────── PRIV Privacy ─────────────────────────
  {
    id: '5.34-pii-protection', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'], ccm: ['DSP-01'],
    label: { ja: '個人情報の保護', en: 'Protection of personal information' },
    terms: ['個人情報', '個人データ', '個人情報の保護', '個人情報保護', '個人データの保護', '個人情報の取扱い', '個人情報の取り扱い', '個人情報管理', '個人情報保護管理者', '個人情報取扱規程', '個人情報保護規程', '安全管理措置', 'personal information', 'personal data', 'pii', 'personally identifiable information', 'personal information protection', 'protection of personal data', 'pii protection', 'data protection'],
    related: ['プライバシー', 'privacy', '要配慮個人情報'],
  },
  {
    id: '5.34-appi', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'],
    label: { ja: '個人情報保護法への対応', en: 'Japanese privacy law (APPI)' },
    terms: ['個人情報保護法', '個人情報の保護に関する法律', '個人情報保護委員会', '漏えい等報告', 'appi', 'act on the protection of personal information', 'japanese privacy law', 'personal information protection commission'],
    related: ['改正個人情報保護法', 'ppc'],
  },
  {
    id: '5.34-foreign-privacy-law', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'],
    label: { ja: 'GDPR・海外のプライバシー法', en: 'GDPR and foreign privacy laws' },
    terms: ['gdpr', '一般データ保護規則', 'eu一般データ保護規則', '十分性認定', '標準契約条項', 'general data protection regulation', 'eu data protection', 'standard contractual clauses', 'sccs', 'ccpa', 'cpra', 'california consumer privacy act', 'uk gdpr'],
    related: ['eu', '欧州', 'europe', 'dpo'],
  },
  {
    id: '5.34-privacy-policy', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'],
    label: { ja: 'プライバシーポリシー', en: 'Privacy policy' },
    terms: ['プライバシーポリシー', '個人情報保護方針', '個人情報保護基本方針', '個人情報の取扱いについて', '個人情報の取り扱いについて', 'privacy policy', 'privacy policies', 'privacy notice', 'privacy statement'],
    related: ['ウェブサイトに掲載'],
  },
  {
    id: '5.34-purpose-limitation', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'], ccm: ['DSP-12'],
    label: { ja: '利用目的の制限', en: 'Purpose limitation' },
    terms: ['利用目的', '目的外利用', '目的外の利用', '目的外使用', '利用目的の範囲', '二次利用', '本サービス以外の目的', 'サービス提供以外の目的', '他の目的', 'purpose of use', 'purpose limitation', 'secondary use', 'other purposes', 'any other purpose'],
    related: ['同意', '統計データ', 'consent', 'statistics'],
  },
  {
    id: '5.34-ai-data-use', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: [],
    label: { ja: 'AI学習・生成AIでのデータ利用', en: 'Use of data for AI' },
    terms: ['aiの学習', 'ai学習', '学習に利用', '学習に使用', '学習に使', '学習データとして', '機械学習への利用', '生成ai', '生成系ai', '大規模言語モデル', 'chatgpt', 'チャットgpt', 'llm', 'llms', 'openai', 'ai training', 'model training', 'train models', 'used to train', 'train ai', 'generative ai', 'genai', 'large language model', 'large language models'],
    related: ['ai', '人工知能', '機械学習', 'artificial intelligence', 'machine learning', 'copilot'],
  },
  {
    id: '5.34-third-party-disclosure', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'],
    label: { ja: '第三者提供', en: 'Disclosure to third parties' },
    terms: ['第三者提供', '第三者への提供', '第三者に提供', '第三者への開示', '第三者に開示', '第三者に利用させ', '第三者へ提供', '第三者へ開示', 'third-party disclosure', 'disclose to third parties', 'disclosed to third parties', 'share with third parties', 'shared with third parties', 'sell data', 'sell our data', 'data sharing'],
    related: ['第三者', '同意', 'third parties', 'consent'],
  },
  {
    id: '5.34-data-subject-rights', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'], ccm: ['DSP-11'],
    label: { ja: '本人からの開示等の請求', en: 'Data subject rights' },
    terms: ['開示請求', '開示等の請求', '開示等請求', '利用停止請求', '訂正請求', '削除請求', '本人からの請求', '保有個人データの開示', '本人からの求め', 'data subject request', 'data subject requests', 'data subject rights', 'right to erasure', 'right to be forgotten', 'dsar', 'right of access'],
    related: ['保有個人データ', 'data subject'],
  },
  {
    id: '5.34-dpia', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'], ccm: ['DSP-09'],
    label: { ja: 'プライバシー影響評価', en: 'Privacy impact assessment' },
    terms: ['プライバシー影響評価', 'pia', 'dpia', 'privacy impact assessment', 'data protection impact assessment', 'プライバシーバイデザイン', 'privacy by design'],
    related: ['影響評価', 'impact assessment'],
  },
  {
    id: '5.34-data-processing-agreement', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'],
    label: { ja: '個人データの取扱委託契約', en: 'Data processing agreement' },
    terms: ['個人データの取扱いに関する契約', '個人情報の取扱いに関する契約', '個人情報の取扱いに関する覚書', '個人情報取扱委託契約', '個人情報の取扱委託', '個人データの取扱いの委託', 'data processing agreement', 'data processing addendum', 'dpa', 'processor agreement'],
    related: ['覚書', '委託', 'processor', 'controller'],
  },
  {
    id: '5.34-my-number', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'],
    label: { ja: '特定個人情報（マイナンバー）', en: 'My Number (specific personal information)' },
    terms: ['特定個人情報', 'マイナンバー', '個人番号', '番号法', 'my number', 'individual number'],
    related: ['マイナンバーカード', '番号利用法'],
  },
  {
    id: '5.34-cookies', family: 'PRIV', iso27002_2022: ['5.34'], iso27002_2013: ['A.18.1.4'],
    label: { ja: 'Cookie・アクセス解析', en: 'Cookies and analytics' },
    terms: ['cookie', 'cookies', 'クッキー', 'アクセス解析', 'トラッキング', 'ウェブビーコン', 'google analytics', 'tracking cookies', 'web beacon', 'web beacons', 'cookie policy', 'cookie consent'],
    related: ['閲覧履歴', 'ad tracking'],
  },

  // ───────────────────────── CLOUD Cloud-specific ─────────────────────────
  {
    id: '5.23-shared-responsibility', family: 'CLOUD', iso27002_2022: ['5.23'], iso27002_2013: [], iso27017: ['CLD.6.3.1'], ccm: ['STA-01', 'STA-04'],
    label: { ja: '責任共有モデル', en: 'Shared responsibility model' },
    terms: ['責任共有モデル', '責任共有', '責任分界', '責任分界点', '責任範囲', '役割分担及び責任範囲', '役割分担と責任範囲', '責任の分担', '責任の所在', 'shared responsibility', 'shared responsibility model', 'responsibility matrix', 'division of responsibilities', 'demarcation of responsibilities'],
    related: ['役割分担', '利用者の責任', 'customer responsibility'],
  },
  {
    id: '8.3-tenant-isolation', family: 'CLOUD', iso27002_2022: ['8.3', '8.22'], iso27002_2013: ['A.9.4.1', 'A.13.1.3'], iso27017: ['CLD.9.5.1'], ccm: ['IVS-06'],
    label: { ja: 'テナント間の分離', en: 'Tenant isolation' },
    terms: ['マルチテナント', 'テナント分離', 'テナント間の分離', 'テナント間', '他テナント', '他のテナント', '他社のデータ', '他の利用者からのアクセス', '他のクラウド利用者', '他の利用企業', '仮想環境の分離', '論理的に分離', '論理分離', '論理的な分離', 'シングルテナント', 'multi-tenant', 'multitenant', 'multi tenant', 'multi-tenancy', 'tenant isolation', 'tenant separation', 'logical separation', 'logically separated', 'single-tenant', 'other tenants', 'other customers data'],
    related: ['テナント', '分離', 'tenant', 'isolation'],
  },
  {
    id: '8.22-virtual-network', family: 'CLOUD', iso27002_2022: ['8.22'], iso27002_2013: ['A.13.1.3'], iso27017: ['CLD.13.1.4'], ccm: ['IVS-06'],
    label: { ja: '仮想ネットワークの分離', en: 'Virtual network segregation' },
    terms: ['仮想ネットワーク', '仮想ネットワークの分離', '仮想ネットワークと物理ネットワーク', '仮想化基盤', 'ハイパーバイザ', '仮想マシン', '仮想サーバ', 'virtual network', 'virtual networks', 'virtual network segregation', 'hypervisor', 'virtual machine', 'virtual machines', 'vpc peering', 'virtualization security'],
    related: ['仮想化', 'virtualization', 'コンテナ', 'container'],
  },
  {
    id: '5.37-admin-operations', family: 'CLOUD', iso27002_2022: ['5.37'], iso27002_2013: ['A.12.1.1'], iso27017: ['CLD.12.1.5'],
    label: { ja: '利用者管理者向けの操作手順', en: 'Administrator operations for customers' },
    terms: ['管理者向け手順', '管理者向けマニュアル', '管理者マニュアル', '管理者ガイド', '管理者用の手順', '重要な操作の手順', '管理画面の操作手順', '管理コンソール', 'administrator guide', 'admin guide', 'admin console', 'administrator documentation', 'administrative operations'],
    related: ['管理画面', 'マニュアル', 'ヘルプセンター', 'help center'],
  },
  {
    id: '8.16-customer-monitoring', family: 'CLOUD', iso27002_2022: ['8.16'], iso27002_2013: [], iso27017: ['CLD.12.4.5'],
    label: { ja: '利用者による利用状況の監視', en: 'Customer monitoring of the service' },
    terms: ['利用状況の監視', '利用状況の確認', '利用状況レポート', '利用状況の把握', '利用状況ダッシュボード', '利用状況を確認', '利用状況を監視', 'クラウドサービスの監視', 'usage monitoring', 'usage reports', 'usage report', 'usage dashboard', 'monitor usage', 'monitoring of cloud services'],
    related: ['ダッシュボード', '利用状況', 'dashboard'],
  },
  {
    id: '8.10-deletion-on-termination', family: 'CLOUD', iso27002_2022: ['8.10'], iso27002_2013: [], iso27017: ['CLD.8.1.5'], ccm: ['DSP-16'],
    label: { ja: '契約終了時のデータ削除', en: 'Data deletion at contract end' },
    terms: ['解約時のデータ削除', '解約後のデータ削除', '解約時のデータの削除', '契約終了時のデータ削除', '契約終了後のデータ削除', '契約終了時のデータの削除', '契約終了後のデータ', '解約後のデータ', '解約後', '解約したら', '解約した場合', '解約した後', '契約終了後', '解約時のデータ', '退会時のデータ', '退会後のデータ', '契約が終了した場合', '契約終了時にデータ', '解約時にデータ', 'データが消去されること', '削除される範囲', 'deletion on termination', 'data deletion after termination', 'after contract termination', 'after cancellation', 'end of contract', 'contract termination'],
    related: ['解約', '契約終了', '退会', '完全消去', '削除証明', 'cancellation'],
    quantity: 'duration',
  },
  {
    id: 'cloud-data-export', family: 'CLOUD', iso27002_2022: [], iso27002_2013: [], iso27017: ['CLD.8.1.5'], ccm: ['IPY-01', 'IPY-04'],
    label: { ja: 'データの返却・エクスポート', en: 'Data return and export' },
    terms: ['データ返却', 'データの返却', 'データを返却', 'データエクスポート', 'データのエクスポート', 'データをエクスポート', 'データ出力', 'データの出力', 'データを出力', 'csv出力', 'csvエクスポート', 'データ移行', 'データの移行', 'データポータビリティ', '一括ダウンロード', '一括出力', 'data export', 'export data', 'data portability', 'return of data', 'data return', 'data migration', 'get our data back', 'export all data', 'bulk export'],
    related: ['エクスポート', 'csv', 'export'],
  },
  {
    id: '5.31-data-location', family: 'CLOUD', iso27002_2022: ['5.31'], iso27002_2013: ['A.18.1.1'], ccm: ['DSP-19'],
    label: { ja: 'データの保管場所（国内・海外）', en: 'Data location and residency' },
    terms: ['データの保管場所', 'データ保管場所', 'データの保存場所', 'データ保存場所', 'データの所在', 'データセンターの所在地', 'データセンターの場所', 'データセンターの所在する地域', 'データセンターの設置場所', '国内データセンター', '国内のデータセンター', '日本国内のデータセンター', 'サーバーの設置場所', 'サーバの設置場所', 'サーバーの所在地', '国内リージョン', '東京リージョン', '大阪リージョン', '国内で保管', '国内に保管', '国内に保存', '国内サーバ', '海外に保存', '海外に保管', '国外に保存', '国外に保管', '海外のサーバ', '越境移転', '国外移転', '事業を営む地域', 'data residency', 'data location', 'data localization', 'data sovereignty', 'stored in japan', 'tokyo region', 'osaka region', 'outside japan', 'cross-border transfer', 'where is the data stored', 'where is data stored', 'where is our data', 'where is the data', 'where is customer data'],
    related: ['国内', '国外', '海外', 'リージョン', 'region', 'japan', 'overseas'],
  },
  {
    id: '5.31-government-access', family: 'CLOUD', iso27002_2022: ['5.31'], iso27002_2013: ['A.18.1.1'], ccm: ['DSP-18'],
    label: { ja: '政府機関からの開示要求', en: 'Government access requests' },
    terms: ['cloud act', 'クラウド法', '捜査機関', '政府機関からの開示要求', '捜査機関からの開示要求', '公的機関からの開示要求', '法執行機関', '差押え', '差し押さえ', 'government access', 'government requests', 'law enforcement requests', 'law enforcement', 'lawful access', 'subpoena', 'patriot act', 'fisa'],
    related: ['令状', '開示要求', 'warrant'],
  },
  {
    id: 'cloud-service-termination', family: 'CLOUD', iso27002_2022: [], iso27002_2013: [],
    label: { ja: 'サービス終了時の事前通知', en: 'Service termination notice' },
    terms: ['サービス終了', 'サービスの終了', 'サービス提供の終了', 'サービス提供を終了', 'サービスの提供を終了', 'サービス廃止', 'サービスの廃止', '提供終了', 'サービス撤退', 'service termination', 'end of service', 'service discontinuation', 'discontinue the service', 'service shutdown', 'sunset'],
    related: ['事前通知', '事前に通知', 'advance notice', 'prior notice'],
    quantity: 'duration',
  },
  {
    id: '8.32-change-notice', family: 'CLOUD', iso27002_2022: ['8.32'], iso27002_2013: ['A.12.1.2'],
    label: { ja: '仕様変更の事前通知', en: 'Notice of changes to customers' },
    terms: ['仕様変更の通知', '仕様変更の事前通知', '機能変更の通知', '変更の事前通知', '変更を事前に通知', '利用者に影響を及ぼす', '利用者に影響を与える変更', 'バージョンアップの通知', 'アップデートの通知', 'リリースノート', '更新履歴', '変更履歴の公開', 'change notification', 'notice of changes', 'notification of changes', 'release notes', 'changelog', 'advance notice of changes', 'product updates'],
    related: ['仕様変更', 'バージョンアップ', '事前通知', '事前に通知', 'advance notice'],
    quantity: 'duration',
  },
  {
    id: '8.32-maintenance-notice', family: 'CLOUD', iso27002_2022: ['8.32'], iso27002_2013: ['A.12.1.2'],
    label: { ja: '計画メンテナンスと事前通知', en: 'Planned maintenance and notice' },
    terms: ['定期メンテナンス', '計画メンテナンス', '計画停止', '定期保守', 'メンテナンス時間', 'メンテナンスの時間', 'メンテナンスの通知', 'メンテナンスの事前通知', 'メンテナンスの予定', 'メンテナンスによる停止', 'メンテナンス停止', 'メンテナンスウィンドウ', 'scheduled maintenance', 'planned maintenance', 'maintenance window', 'maintenance windows', 'planned downtime', 'maintenance notification', 'maintenance notice'],
    related: ['メンテナンス', 'メンテ', '事前通知', '事前に通知', 'maintenance'],
    quantity: 'duration',
  },

  // ───────────────────────── ORG Company and service facts ─────────────────────────
  {
    id: '8.14-sla-uptime', family: 'ORG', iso27002_2022: ['8.14'], iso27002_2013: ['A.17.2.1'],
    label: { ja: 'SLA・稼働率', en: 'SLA and uptime' },
    terms: ['sla', 'slo', 'サービスレベル', 'サービスレベル合意', 'サービスレベル目標', 'サービスレベルアグリーメント', '稼働率', '稼働率保証', '稼働率目標', '可用性目標', 'サービスクレジット', 'service level agreement', 'service level objective', 'service level', 'service levels', 'uptime', 'uptime guarantee', 'availability target', 'availability sla', 'sla credits', 'service credits'],
    related: ['可用性', '99.9', 'availability', 'downtime'],
    quantity: 'percentage',
  },
  {
    id: 'org-support', family: 'ORG', iso27002_2022: [], iso27002_2013: [],
    label: { ja: 'サポート窓口・サポート時間', en: 'Support desk and hours' },
    terms: ['サポート窓口', 'サポート体制', 'サポート時間', 'サポートの受付時間', 'サポート受付時間', '問い合わせ窓口', '問合せ窓口', 'お問い合わせ窓口', 'ヘルプデスク', 'カスタマーサポート', 'カスタマーサクセス', 'テクニカルサポート', '苦情窓口', '営業時間', '受付時間', '電話サポート', 'メールサポート', 'チャットサポート', 'support hours', 'support desk', 'help desk', 'helpdesk', 'customer support', 'technical support', 'support channels', 'support contact', 'support team', 'business hours', 'office hours', 'hours of operation'],
    related: ['窓口', '平日', '土日祝', '24時間', 'weekdays', '24x7'],
    quantity: 'time',
  },
  {
    id: 'org-cyber-insurance', family: 'ORG', iso27002_2022: [], iso27002_2013: [],
    label: { ja: 'サイバー保険', en: 'Cyber insurance' },
    terms: ['サイバー保険', 'サイバーリスク保険', '情報漏えい保険', '情報漏洩保険', '個人情報漏えい保険', '賠償責任保険', '保険に加入', '保険加入', '保険に入', 'cyber insurance', 'cyber liability insurance', 'liability insurance', 'insurance coverage', 'insurance', 'insured'],
    related: ['補償', '保険金額', 'coverage'],
  },
  {
    id: 'org-data-ownership', family: 'ORG', iso27002_2022: [], iso27002_2013: [], ccm: ['DSP-06'],
    label: { ja: 'データの所有権', en: 'Data ownership' },
    terms: ['データの所有権', 'データ所有権', 'データの権利', 'データの帰属', '権利の帰属', 'データに関する権利', '所有権は利用者', '所有権はお客様', 'data ownership', 'who owns the data', 'owns the data', 'ownership of data', 'ownership of customer data', 'owner of the data'],
    related: ['所有権', 'ownership'],
  },
  {
    id: 'org-liability', family: 'ORG', iso27002_2022: [], iso27002_2013: [],
    label: { ja: '損害賠償・責任の制限', en: 'Liability and indemnity' },
    terms: ['損害賠償', '賠償責任', '責任制限', '責任の制限', '賠償額', '賠償の上限', '免責', '免責事項', 'limitation of liability', 'liability cap', 'indemnification', 'indemnity'],
    related: ['賠償', '補償', 'liability', 'compensation'],
  },
  {
    id: 'org-terms-of-service', family: 'ORG', iso27002_2022: [], iso27002_2013: [],
    label: { ja: '利用規約', en: 'Terms of service' },
    terms: ['利用規約', 'サービス規約', '約款', 'サービス利用規約', '利用契約', '使用許諾契約', 'terms of service', 'terms of use', 'terms and conditions', 'service agreement', 'user agreement', 'eula', 'master service agreement', 'msa'],
    related: ['規約', '契約書', 'contract', 'agreement'],
  },
  {
    id: 'org-company-profile', family: 'ORG', iso27002_2022: [], iso27002_2013: [],
    label: { ja: '会社概要', en: 'Company profile' },
    terms: ['会社概要', '企業概要', '企業情報', '会社情報', '資本金', '従業員数', '設立年', '設立年月日', '創業', '上場市場', '株式上場', '主要株主', '代表者名', 'company profile', 'company overview', 'company information', 'number of employees', 'year founded', 'publicly listed'],
    related: ['本店所在地', '代表取締役', 'headquarters'],
  },
  {
    id: 'org-antisocial-forces', family: 'ORG', iso27002_2022: [], iso27002_2013: [],
    label: { ja: '反社会的勢力の排除', en: 'Exclusion of anti-social forces' },
    terms: ['反社会的勢力', '反社チェック', '反社', '暴力団', '暴排条項', '暴力団排除', 'anti-social forces', 'antisocial forces', 'organized crime', 'organised crime'],
    related: ['表明保証', 'コンプライアンスチェック', 'sanctions screening'],
  },
  {
    id: 'org-past-incidents', family: 'ORG', iso27002_2022: [], iso27002_2013: [],
    label: { ja: '過去の事故・インシデントの有無', en: 'Past security incidents' },
    terms: ['過去のインシデント', '過去の事故', '過去の情報漏えい', '過去の情報漏洩', '事故歴', '事故の発生実績', 'インシデントの発生実績', '漏えい事故の有無', '事故の有無', '過去に情報漏えい', '過去に情報漏洩', '過去にセキュリティ事故', '過去にインシデント', '過去に事故', '事故が発生したこと', 'past incidents', 'previous incidents', 'incident history', 'ever been breached', 'history of breaches', 'prior breaches', 'past breaches'],
    related: ['過去'],
  },
  {
    id: 'org-supported-environment', family: 'ORG', iso27002_2022: [], iso27002_2013: [],
    label: { ja: '動作環境・対応ブラウザ', en: 'Supported environment' },
    terms: ['動作環境', '推奨環境', '対応ブラウザ', '推奨ブラウザ', '利用できるブラウザ', 'ウェブブラウザの種類', '対応os', '利用できるos', '対応端末', '動作保証', 'supported browsers', 'browser support', 'system requirements', 'supported environments', 'supported operating systems', 'recommended browser'],
    related: ['ブラウザ', 'chrome', 'safari', 'browser'],
    quantity: 'version',
  },
];
