/**
 * The built-in security glossary: groups of terms that mean the same thing for retrieval, in
 * Japanese and English together.
 *
 * ## What a group is
 *
 * A group lists the ways sales staff, customers and checksheets say one thing:
 * `['多要素認証', '二段階認証', 'mfa', '2fa', ...]`. The first term is the canonical form as Japanese
 * checksheets write it (the ASCII acronym, such as `sla` or `bcp`, where that is what they write);
 * the others are katakana variants (サーバ / サーバー), abbreviations, casual words (辞めた人 for
 * 退職者), the checksheets' own formal wording (媒体の廃棄, 入退室管理) and the English that customers
 * use. Besides topic groups there are plain word pairs (削除 / delete, 従業員 / employee, 頻度 /
 * how often): English questions, about a fifth of the traffic, must reach checksheets written
 * only in Japanese, and these pairs are the bridge.
 *
 * ## How it is used
 *
 * Expansion happens at query time only (`glossary.ts`): where a term of a group stands in the
 * normalised question, that place becomes one concept whose forms are all the group's terms, and a
 * checksheet item covers the concept when it contains any one form. Where terms overlap, the
 * longest match wins (`通信の暗号化` fires its own group, not also `暗号化`'s). So every term must be
 * safe both ways:
 *
 * - as a trigger, it must not fire inside unrelated words or sentences;
 * - as a form, it must not make unrelated items look like answers. One broad form (a word that is
 *   in half the items) makes the whole concept cheap and covered everywhere.
 *
 * A group is therefore meaning-equivalence or very tight relatedness (稼働率 with SLA, 国内 with 国外:
 * each question is answered by the other's item), never a loose topic: a bad group ranks a wrong
 * answer first.
 *
 * ## Rules the data follows (`tests/search/glossary-data.test.ts` checks the mechanical ones)
 *
 * - Terms are written normalised, as questions are: NFKC, lower case, plain hyphens, no padding,
 *   no space next to a Japanese character. No single-character terms.
 * - Japanese terms match as substrings, so none may hide inside everyday words: no ログ (ブログ),
 *   ポート (サポート), ソフト (マイクロソフト), 契約 alone (年間契約 is a pricing question), 保険 alone
 *   (社会保険), 受付 (受付時間).
 * - English terms match on word boundaries, spaces and hyphens optional, plural optional.
 *   Two-letter terms are well-known acronyms only (os, ip, db, dr, pc, ai, fw). Ambiguous words
 *   appear only inside phrases: `support hours`, never `support` (also a verb).
 * - A phrase must not swallow another group's key word: `minimum length`, not `minimum password
 *   length`, so that パスワード still fires on its own.
 * - No term that merely frames a question (お客様, 確認, 回答, 問い合わせ, customer, tell): the
 *   query planner drops those words, and a glossary match would bring them back.
 * - Mind how the analyser reads a form: suffixes are dropped (管理者 is read as 管理, アクセス権 as
 *   アクセス), so such a form is as broad as its stem; prefer the longer, specific wording.
 * - A term belongs to one group only (the test keeps an allow-list, empty by design).
 */
export const SECURITY_GLOSSARY: readonly (readonly string[])[] = [
  // ───────────────────────── Governance, policy, organisation ─────────────────────────
  ['情報セキュリティ基本方針', '情報セキュリティポリシー', 'セキュリティポリシー', 'セキュリティ方針', 'isms基本方針', 'security policy', 'information security policy', 'infosec policy', 'security policies'],
  ['ポリシー', '方針', 'policy', 'policies'],
  ['社内規程', '社内規定', '規程', '社内ルール', '社内規則', 'internal rules', 'internal regulations', 'company rules', 'company policy', 'internal policy', 'regulations'],
  ['文書', '文書化', '書類', 'ドキュメント', 'document', 'documents', 'documented', 'documentation', 'paperwork', 'written down', 'in writing', 'written'],
  ['承認', 'approve', 'approved', 'approval', 'sign off', 'signed off', 'sign-off', 'authorized by', 'endorsed'],
  ['見直し', 'レビュー', 'review', 'reviewed', 'reviews', 'revise', 'revised', 'revision'],
  ['経営陣', '経営層', '経営者', '役員', '代表取締役', 'senior management', 'top management', 'management team', 'executives', 'executive', 'leadership', 'board of directors', 'ceo'],
  ['情報セキュリティ責任者', 'セキュリティ責任者', 'セキュリティの責任者', '情報セキュリティ総括責任者', '最高情報セキュリティ責任者', 'ciso', 'security officer', 'chief information security officer', 'head of security', 'security lead', 'responsible for security', 'in charge of security'],
  ['情報セキュリティ委員会', 'セキュリティ委員会', 'isms委員会', 'iso運営委員会', 'セキュリティ体制', 'security committee', 'security organization', 'security organisation', 'security team', 'steering committee'],
  ['役割分担', '責任範囲', '責任分界', '責任分界点', '責任共有モデル', 'shared responsibility', 'shared responsibility model', 'division of responsibilities', 'responsibility matrix', 'demarcation'],
  ['役割', 'roles and responsibilities', 'responsibilities', 'responsibility'],
  ['セキュリティ対策', 'セキュリティ機能', 'security measures', 'security controls', 'security features', 'safeguards', 'security practices'],
  ['セキュリティ', 'セキュリテイ', '情報セキュリティ', 'security', 'secure', 'infosec', 'information security', 'cybersecurity', 'cyber security'],
  ['リスク評価', 'リスクアセスメント', 'リスク分析', 'リスク管理', 'リスクマネジメント', 'risk assessment', 'risk assessments', 'risk analysis', 'risk management', 'risk evaluation', 'threat modeling', 'threat modelling', '脅威分析'],
  ['ガイドライン', '指針', 'guideline', 'guidelines', 'guidance'],
  ['規格', '標準', 'standard', 'standards', 'framework', 'frameworks'],
  ['マニュアル', 'manual', 'manuals', 'handbook', 'user guide'],
  ['手順', '手順書', '手続き', '手続', '流れ', 'フロー', 'procedure', 'procedures', 'process', 'processes', 'workflow'],
  ['セキュリティチェックシート', 'チェックシート', 'checksheet', 'check sheet', 'security questionnaire', 'security checklist', 'questionnaire', 'vendor assessment'],
  ['ホワイトペーパー', 'セキュリティ資料', 'whitepaper', 'white paper', 'security whitepaper', 'security documentation', 'security overview'],

  // ───────────────────────── Certifications and audits ─────────────────────────
  ['iso27001', 'isms', 'iso 27001', 'iso/iec 27001', 'iso/iec27001', 'iso 27k', 'iso27k', 'jis q 27001', 'jisq27001', '情報セキュリティマネジメントシステム', 'isms認証', 'iso認証', 'information security management system', 'iso certification', 'iso certificate', 'iso certified'],
  ['iso27017', 'iso 27017', 'iso/iec 27017', 'isms-cloud', 'cloud security certification'],
  ['iso27018', 'iso 27018', 'iso/iec 27018'],
  ['iso27701', 'iso 27701', 'iso/iec 27701', 'pims'],
  ['プライバシーマーク', 'pマーク', 'privacy mark', 'privacymark', 'p-mark', 'pmark', 'p mark', 'jis q 15001', 'jisq15001'],
  ['soc2', 'soc 2', 'soc1', 'soc 1', 'soc3', 'soc 3', 'socレポート', 'soc報告書', 'soc report', 'soc reports', 'soc2 type2', 'soc 2 type 2', 'soc 2 type ii', 'ssae16', 'ssae 18', 'isae 3402', '保証報告書', 'assurance report', 'attestation report'],
  ['ismap', 'ismap-lime', 'ismap登録', '政府情報システムのためのセキュリティ評価制度', 'ismap registration', 'ismap registered'],
  ['pci dss', 'pci-dss', 'pcidss', 'クレジットカード情報', 'cardholder data', 'credit card data', 'payment card'],
  ['fisc', 'fisc安全対策基準', '金融機関向け', 'financial institutions', 'financial industry'],
  ['csa star', 'star認証', 'cloud security alliance', 'caiq'],
  ['認証取得', '取得済', '認証を取得', '第三者認証', 'certified', 'certification', 'certifications', 'accredited', 'accreditation', 'third-party certification'],
  ['認証番号', '登録番号', '認証登録番号', '登録認証番号', 'certificate number', 'certification number', 'registration number', 'cert number'],
  ['認証範囲', '適用範囲', '認証登録範囲', 'scope of certification', 'certification scope', 'isms scope'],
  ['監査', 'audit', 'audits', 'audited', 'auditing', 'auditor', 'auditors'],
  ['内部監査', '社内監査', 'internal audit', 'internal audits', 'internal auditing', 'internal auditor'],
  ['外部監査', '外部審査', '第三者監査', '第三者評価', '独立したレビュー', 'external audit', 'external audits', 'third-party audit', 'independent audit', 'independent review', 'independent assessment', '監査法人', 'audit firm'],
  ['監査報告書', '監査結果', '立入監査', '個別の監査要求', 'audit report', 'audit reports', 'audit results', 'right to audit', 'customer audit', 'on-site audit', 'onsite audit'],
  ['コンプライアンス', '遵守', '順守', '準拠', 'compliance', 'comply', 'complies', 'compliant', 'adhere', 'adherence'],

  // ───────────────────────── Legal, contract, privacy ─────────────────────────
  ['準拠法', 'governing law', 'applicable law', 'governed by', 'governs', 'choice of law', 'which law'],
  ['管轄裁判所', '裁判管轄', '合意管轄', '専属的合意管轄', '管轄', '裁判所', '紛争', 'jurisdiction', 'court', 'courts', 'competent court', 'venue', 'dispute', 'disputes', 'dispute resolution'],
  ['法令', '法律', '法規', '関連法規', '法的要求事項', '法的要件', 'law', 'laws', 'legislation', 'legal requirements', 'regulatory', 'regulatory requirements', 'statutory'],
  ['利用規約', '規約', '約款', 'サービス規約', '使用許諾契約', 'terms of service', 'terms of use', 'terms and conditions', 'tos', 'service terms', 'user agreement', 'service agreement', 'eula', 'license agreement'],
  ['契約書', '契約条件', '契約内容', '契約上', 'contract', 'contracts', 'contractual', 'agreement', 'agreements'],
  ['秘密保持', '秘密保持契約', '機密保持', '機密保持契約', '守秘義務', '誓約書', 'nda', 'ndas', 'non-disclosure agreement', 'non disclosure agreement', 'confidentiality agreement', 'confidentiality obligation'],
  ['機密情報', '秘密情報', '機密性', '機密', 'confidential', 'confidentiality', 'confidential information', 'sensitive information', 'sensitive data', 'confidential data'],
  ['知的財産権', '知的財産', '著作権', 'intellectual property', 'ip rights', 'copyright', 'copyrights'],
  ['データの所有権', 'データ所有権', '所有権', '権利の帰属', 'data ownership', 'ownership', 'who owns the data', 'owns the data', 'own our data', 'owner of the data'],
  ['損害賠償', '賠償', '補償', '免責', '責任制限', 'liability', 'indemnity', 'indemnification', 'compensation', 'limitation of liability'],
  ['サイバー保険', '賠償責任保険', '情報漏えい保険', '保険に加入', '保険加入', 'cyber insurance', 'insurance', 'insured', 'cyber liability insurance', 'liability insurance', 'insurance coverage'],
  ['個人情報', '個人データ', 'personal information', 'personal data', 'pii', 'personally identifiable information', 'privacy', 'private information'],
  ['特定個人情報', 'マイナンバー', '個人番号', 'my number', 'individual number'],
  ['プライバシーポリシー', '個人情報保護方針', '個人情報保護基本方針', '個人情報の取り扱いに関するガイドライン', 'privacy policy', 'privacy notice', 'privacy statement', 'privacy policies'],
  ['個人情報保護法', '個人情報の保護に関する法律', 'appi', 'act on the protection of personal information', 'japanese privacy law', 'privacy law', 'privacy laws', 'data protection law', 'data protection laws'],
  ['gdpr', '一般データ保護規則', 'eu一般データ保護規則', 'general data protection regulation', 'eu data protection'],
  ['プライバシー影響評価', 'pia', 'dpia', 'privacy impact assessment', 'data protection impact assessment'],
  ['データ保護', '情報保護', 'data protection', 'protect data', 'protection of data', 'information protection'],
  ['同意', 'consent', 'consents', 'opt-in', 'opt-out', 'オプトアウト', 'オプトイン'],
  ['利用目的', 'purpose of use', 'purposes of use', 'purpose', 'purposes'],
  ['目的外利用', '二次利用', '目的外', '別の用途', '他の用途', '他の目的', '本サービス以外の目的', 'secondary use', 'other purposes', 'any other purpose', 'anything other than', 'other than providing', 'repurpose', 'repurposed'],
  ['第三者提供', '第三者への提供', '第三者に提供', '第三者に開示', '第三者への開示', '第三者に利用させ', '第三者への利用の許可', 'third-party disclosure', 'share with third parties', 'shared with third parties', 'sharing with third parties', 'sell our data', 'sell data', 'data sharing'],
  ['第三者', 'third party', 'third parties', 'third-party'],
  ['開示', 'disclose', 'disclosed', 'disclosure', 'disclosing'],
  ['無断', '勝手に', '承諾を得ることなく', '同意なく', '許可なく', 'without permission', 'without consent', 'without our consent', 'without authorization', 'without authorisation'],
  ['開示請求', '利用停止請求', '本人からの請求', '保有個人データの開示', 'data subject request', 'data subject requests', 'data subject rights', 'right to erasure', 'right to be forgotten', 'dsar'],
  ['cookie', 'cookies', 'クッキー', 'アクセス解析', 'tracking', 'トラッキング', 'analytics', 'google analytics'],
  ['cloud act', '捜査機関', '政府機関からの開示要求', 'government access', 'law enforcement', 'lawful access', 'subpoena'],

  // ───────────────────────── Data location, cloud infrastructure ─────────────────────────
  ['国内', '日本国内', '国内リージョン', '東京リージョン', '大阪リージョン', 'tokyo region', 'osaka region', '国外', '海外', '国外移転', '越境移転', '海外リージョン', 'japan', 'domestic', 'domestically', 'onshore', 'outside japan', 'overseas', 'abroad', 'offshore', 'foreign country', 'foreign countries', 'cross-border'],
  ['リージョン', 'region', 'regions'],
  ['データの保管場所', '保管場所', '所在地', '所在する地域', '設置場所', 'data residency', 'data location', 'location', 'located', 'where is the data', 'stored where'],
  ['データセンター', 'データセンタ', 'サーバールーム', 'サーバルーム', 'data center', 'data centre', 'data centers', 'data centres', 'datacenter', 'datacentre', 'idc', 'server room', 'colocation'],
  ['インフラ', 'iaas', 'paas', 'infrastructure', 'infra', 'hosting', 'hosted', 'hosting provider', 'cloud provider', 'cloud service provider', 'cloud platform', 'cloud infrastructure', 'underlying cloud', 'クラウドプロバイダ', 'クラウドプロバイダー', 'aws', 'amazon web services', 'アマゾンウェブサービス', 'gcp', 'google cloud', 'google cloud platform', 'microsoft azure', 'azure', 'オンプレミス', 'on-premises', 'on-prem'],
  ['クラウドサービス', 'クラウド', 'saas', 'cloud', 'cloud service', 'cloud services', 'cloud-based'],
  ['サーバー', 'サーバ', 'server', 'servers', 'サーバー機器', 'インスタンス', 'instance', 'instances', 'ec2', '仮想マシン', 'virtual machine', 'virtual machines'],
  ['データベース', 'db', 'database', 'databases', 'rdbms', 'dbms', 'rds'],
  ['ストレージ', 'オブジェクトストレージ', 'storage', 'object storage', 'amazon s3', 's3 bucket', 's3 buckets', 'blob storage'],
  ['ネットワーク', 'network', 'networks'],
  ['ネットワーク機器', 'ルーター', 'ルータ', 'スイッチ', 'network equipment', 'network devices', 'network device', 'router', 'routers'],
  ['機器', 'ハードウェア', 'hardware', 'equipment'],
  ['os', 'オペレーティングシステム', 'オベレーティングシステム', 'operating system', 'operating systems', 'windows', 'linux', 'macos'],
  ['アプリケーション', 'アプリ', 'webアプリ', 'application', 'applications', 'app', 'apps', 'web application', 'web app'],
  ['ソフトウェア', 'ソフトウエア', 'software'],
  ['コンテナ', 'docker', 'kubernetes', 'k8s', 'container', 'containers', 'ecs', 'eks'],
  ['システム', 'system', 'systems'],
  ['本番環境', '本番サーバ', '本番サーバー', '本番', 'クラウド基盤システム', 'production', 'production environment', 'production server', 'production servers', 'prod', 'production systems'],
  ['開発環境', 'テスト環境', '検証環境', 'ステージング', 'ステージング環境', '本番データ', 'テストデータ', '環境分離', 'development environment', 'test environment', 'testing environment', 'staging', 'staging environment', 'dev environment', 'production data', 'test data'],

  // ───────────────────────── Availability, SLA, maintenance, outages ─────────────────────────
  ['稼働率', 'sla', 'slo', 'sli', 'サービスレベル', 'サービスレベル目標', 'サービスレベル合意', 'サービスレベル指標', '可用性', 'uptime', 'availability', 'service level', 'service levels', 'service level agreement', 'service level objective'],
  ['目標', '目標値', 'target', 'targets', 'goal', 'objective', 'commitment'],
  ['メンテナンス', 'メンテ', '保守', '保守作業', '定期メンテナンス', '計画停止', 'maintenance', 'planned maintenance', 'scheduled maintenance', 'maintenance window', 'maintenance windows', 'planned downtime'],
  ['事前に通知', '事前通知', '事前告知', '事前連絡', '事前に連絡', '事前に知らせ', '事前にお知らせ', '前もって', '予告', '何日前', 'どれくらい前', 'どのくらい前', '何か月前', '何ヶ月前', 'advance notice', 'prior notice', 'notice period', 'in advance', 'beforehand', 'ahead of time', 'how much notice'],
  ['変更', 'change', 'changes', 'changed', 'modify', 'modified', 'modification'],
  ['アップデート', 'バージョンアップ', 'アップグレード', '機能追加', '仕様変更', '機能アップデート', 'update', 'updates', 'upgrade', 'upgrades', 'new feature', 'new features', 'release', 'releases', 'リリース', 'リリースノート', '更新履歴', 'release notes', 'changelog'],
  ['変更管理', '変更申請', '変更手順', 'change management', 'change control', 'change request', 'change requests', 'change approval'],
  ['構成管理', '構成管理ツール', 'コード化', 'configuration management', 'infrastructure as code', 'iac'],
  ['障害', 'システム障害', 'サービス障害', '障害発生', 'サービス停止', 'サービスの停止', 'サーバーダウン', 'サーバダウン', 'システムダウン', 'ダウンタイム', '落ちて', '落ちた', 'outage', 'outages', 'failure', 'failures', 'service disruption', 'disruption', 'downtime', 'service down', 'goes down', 'went down', 'unavailable'],
  ['稼働状況', 'ステータスページ', 'ステータスサイト', '障害情報', '障害報告', '稼働状況ページ', 'status page', 'status site', 'service status', 'system status', 'service health', 'status dashboard', '障害履歴', '過去の障害', 'past outages', 'outage history'],
  ['通知', '連絡', '知らせ', '告知', 'notify', 'notified', 'notification', 'notifications', 'inform', 'informed', 'told', 'let customers know', 'alert customers', 'notify customers', 'inform customers'],
  ['報告', 'レポート', 'report', 'reports', 'reporting', 'reported'],
  ['アラート', '警告', 'alert', 'alerts', 'alerting', 'warning'],
  ['稼働監視', '死活監視', '障害監視', 'サービス監視', 'ネットワーク機器監視', 'uptime monitoring', 'availability monitoring', 'health check', 'health checks', 'system monitoring', 'service monitoring'],
  ['監視', 'モニタリング', 'monitoring', 'monitor', 'monitored', 'monitors'],
  ['容量', '性能', 'キャパシティ', '容量管理', '性能管理', 'リソース監視', '資源の利用状況', '増強', '増設', 'capacity', 'capacity planning', 'capacity management', 'performance', 'performance monitoring', 'resource usage', 'resource monitoring'],
  ['オートスケーリング', 'スケールアウト', 'スケールアップ', 'スケーラビリティ', '自動拡張', 'autoscaling', 'auto scaling', 'auto-scaling', 'scale out', 'scale up', 'scalability', 'traffic spike', 'peak load'],
  ['負荷分散', 'ロードバランサ', 'ロードバランサー', 'load balancer', 'load balancers', 'load balancing'],
  ['冗長化', '冗長構成', '冗長', '二重化', '多重化', '複数のデータセンター', 'redundancy', 'redundant', 'high availability', 'multi-az', 'multi az', 'availability zone', 'availability zones', 'replication', 'replicated', 'single point of failure', 'multiple data centers', 'multiple data centres'],

  // ───────────────────────── Backup, DR, BCP ─────────────────────────
  ['バックアップ', 'ばっくあっぷ', 'バックアップデータ', 'backup', 'backups', 'back up', 'backed up', 'スナップショット', 'snapshot', 'snapshots'],
  ['リストア', '復元', '復旧', 'リカバリ', 'リカバリー', 'restore', 'restored', 'restores', 'restoration', 'recover', 'recovered', 'recovery'],
  ['リストアテスト', '復元テスト', '復旧テスト', '復旧訓練', 'バックアップテスト', 'バックアップの検査', 'restore test', 'restore testing', 'recovery test', 'recovery testing', 'backup test', 'backup testing', 'dr test', 'dr drill', 'リストア訓練'],
  ['災害復旧', 'ディザスタリカバリ', 'ディザスタリカバリー', 'dr', 'dr構成', '別地域', '別地方', '遠隔地', '別リージョン', 'disaster recovery', 'dr site', 'another region', 'secondary region', 'other region', 'multi-region', 'another location', 'failover', 'fail over', 'geo-redundant'],
  ['災害', '自然災害', '天災', '災害対策', 'disaster', 'disasters', 'natural disaster', 'natural disasters', 'catastrophe'],
  ['事業継続計画', '事業継続計画書', '事業継続', '事業継続管理', 'bcp', 'bcm', 'コンティンジェンシープラン', 'business continuity', 'business continuity plan', 'business continuity planning', 'business continuity management', 'continuity plan', 'contingency plan'],
  ['ビジネスインパクト分析', '影響度分析', 'bia', 'business impact analysis'],
  ['目標復旧時間', '目標復旧時点', '復旧許容時間', '復旧目標', 'rto', 'rpo', 'recovery time objective', 'recovery point objective', 'recovery time'],
  ['訓練', '演習', 'drill', 'drills', 'exercise', 'exercises', 'tabletop', 'tabletop exercise', 'simulation'],
  ['パンデミック', '感染症', 'コロナ', '新型コロナ', 'pandemic', 'covid', 'covid-19'],

  // ───────────────────────── Data centre, physical and environmental ─────────────────────────
  ['耐震', '耐震構造', '耐震対策', '地震', '免震', '制震', 'earthquake', 'earthquakes', 'seismic', 'quake', 'earthquake-resistant', 'earthquake resistant', 'earthquake-proof'],
  ['落雷', '落雷対策', '雷対策', '避雷', '避雷針', '雷サージ', 'サージ', 'lightning', 'lightning strike', 'lightning strikes', 'lightning protection', 'surge protection', 'power surge'],
  ['水害', '水害対策', '浸水', '洪水', '冠水', '漏水', '水没', '津波', 'flood', 'floods', 'flooding', 'flooded', 'water damage', 'water leak', 'water leakage', 'inundation', 'tsunami'],
  ['火災', '火事', '消火', '消火設備', '自動消火', '火災検知', '防火', '消防', 'スプリンクラー', 'fire', 'fires', 'fire suppression', 'fire extinguisher', 'fire extinguishers', 'fire detection', 'fire protection', 'fire alarm', 'sprinkler', 'sprinklers'],
  ['静電気', '静電気対策', 'static electricity', 'electrostatic', 'esd', 'electrostatic discharge', 'static discharge', 'antistatic', 'anti-static'],
  ['停電', '電力障害', '無停電電源装置', '非常用電源', '自家発電', '発電機', 'バックアップ電源', '電源確保', '電源設備', 'ups', 'power outage', 'power outages', 'power failure', 'blackout', 'generator', 'generators', 'backup power', 'uninterruptible power supply', 'power supply'],
  ['空調', '空調設備', '温度管理', '湿度管理', '温度', '湿度', 'air conditioning', 'cooling', 'hvac', 'temperature', 'humidity', 'climate control'],
  ['物理的セキュリティ', '物理的', '物理的アクセス', 'physical', 'physically', 'physical security', 'physical access'],
  ['入退室管理', '入退室', '入退館', '入退館管理', '入館管理', '入室管理', '入室', '入館', '入退出', 'entry control', 'entrance control', 'entry and exit', 'entering and leaving', 'physical entry', 'building access', 'office access', 'door access'],
  ['カードキー', 'icカード', '入館証', '社員証', 'カード制御', 'カード認証', 'カードリーダー', 'key card', 'keycard', 'key cards', 'badge', 'badges', 'access card', 'access cards', 'id card', 'id badge', 'smart card', 'card reader'],
  ['生体認証', '静脈認証', '指紋認証', '顔認証', 'バイオメトリクス', 'biometric', 'biometrics', 'fingerprint', 'fingerprints', 'vein authentication', 'palm vein', 'face recognition', 'facial recognition'],
  ['監視カメラ', '防犯カメラ', 'cctv', 'security camera', 'security cameras', 'surveillance camera', 'surveillance cameras', 'video surveillance', 'camera', 'cameras'],
  ['警備', '警備員', '有人警備', 'security guard', 'security guards', 'guards', 'guarded'],
  ['来訪者', '来客', '訪問者', '有人受付', 'visitor', 'visitors', 'reception', 'receptionist'],
  ['セキュリティエリア', 'セキュリティ区画', '制限区画', 'セキュリティ境界', 'secure area', 'secure areas', 'restricted area', 'restricted areas', 'security perimeter', 'physical perimeter', 'security zone', 'security zones'],
  ['オフィス', '事務所', '執務室', '本社', '社屋', 'office', 'offices', 'premises', 'headquarters', 'workplace'],
  ['施錠', '施錠管理', '鍵のかかる', '施錠された', 'キャビネット', 'locked', 'lockable', 'locked cabinet', 'locked cabinets', 'cabinet', 'under lock'],
  ['クリアデスク', 'クリーンデスク', '机の上に放置', 'clear desk', 'clean desk', 'clear desk policy', 'clean desk policy'],
  ['クリアスクリーン', 'スクリーンロック', '画面ロック', '画面をロック', '自動ロック', 'スクリーンセーバー', '離席時', 'clear screen', 'screen lock', 'screen locking', 'lock screen', 'lock the screen', 'screen saver', 'screensaver', 'auto-lock', 'automatic lock'],

  // ───────────────────────── People: employees, training, leavers ─────────────────────────
  ['従業員', '社員', '職員', 'スタッフ', '全従業員', 'employee', 'employees', 'staff', 'staff member', 'staff members', 'personnel', 'workforce', 'team members'],
  ['派遣社員', '契約社員', 'アルバイト', 'パートタイマー', 'パート社員', '常駐者', 'contractor', 'contractors', 'temporary staff', 'temp staff', 'temporary workers', 'part-time', 'part-timer', 'part-timers', 'dispatched workers'],
  ['入社時', '入社', '新入社員', 'オリエンテーション', 'onboarding', 'new hire', 'new hires', 'new employee', 'new employees', 'joiner', 'joiners', 'when hired'],
  ['雇用契約', '雇用契約書', '就業規則', 'employment contract', 'employment contracts', 'employment agreement', 'terms of employment', 'work rules', 'employee handbook'],
  ['経歴確認', '身元確認', 'バックグラウンドチェック', '身辺調査', '前職調査', '採用時審査', 'background check', 'background checks', 'background screening', 'pre-employment screening', 'employment screening', 'vetting', 'reference check', 'reference checks', 'vetted'],
  ['セキュリティ教育', 'セキュリティ研修', '研修', '教育', '勉強会', '意識向上', 'eラーニング', 'training', 'trainings', 'awareness', 'security awareness', 'awareness training', 'security training', 'e-learning', 'elearning', 'educate', 'education', 'train', 'trained'],
  ['懲戒', '懲戒処分', '罰則', 'セキュリティ違反', '違反', 'disciplinary', 'disciplinary action', 'discipline', 'sanction', 'sanctions', 'penalty', 'penalties', 'security violation', 'policy violation', 'violation', 'violations'],
  ['退職', '退職者', '退職時', '離職', '辞め', '辞めた人', '雇用の終了', 'leaver', 'leavers', 'resign', 'resigned', 'resigns', 'resignation', 'offboarding', 'off-boarding', 'termination of employment', 'employment ends', 'leave the company', 'leaves the company', 'left the company', 'former employee', 'former employees', 'ex-employee', 'ex-employees', 'departing employee', 'departing employees'],
  ['異動', '部署異動', '人事異動', '配置転換', '組織変更', '雇用の変更', 'internal transfer', 'department transfer', 'transferred to another department', 'role change', 'change of role', 'change roles', 'changes roles', 'changes role', 'movers'],
  ['アカウント削除', 'アカウントの削除', 'アカウントを削除', 'アカウント停止', 'アカウントの停止', '使用停止', 'アカウント無効化', '権限削除', '権限の削除', 'アクセス権の削除', 'アクセス権の解除', '権限を剥奪', 'deprovision', 'deprovisioning', 'de-provisioning', 'revoke access', 'revoked', 'revocation', 'access revocation', 'remove access', 'disable account', 'disable accounts', 'account removal', 'account deletion', 'account deactivation'],

  // ───────────────────────── Assets, media, devices ─────────────────────────
  ['情報資産台帳', '資産台帳', '資産管理', '資産目録', '資産管理ツール', 'asset management', 'asset inventory', 'asset register', 'asset list', 'inventory of assets', 'it assets', 'cmdb'],
  ['情報分類', '分類', 'ラベル付け', 'ラベリング', '機密区分', '格付け', 'classification', 'data classification', 'information classification', 'classify', 'classified', 'labeling', 'labelling'],
  ['記録媒体', '媒体', '記録メディア', '電子媒体', '光ディスク', 'ディスク', 'テープ', 'storage media', 'recording media', 'media', 'storage device', 'storage devices', 'tape', 'tapes', 'ハードディスク', 'hdd', 'ssd', 'hard disk', 'hard disks', 'hard drive', 'hard drives', 'disk drive', 'disk drives'],
  ['紙媒体', '紙の書類', '紙資料', '印刷物', 'paper', 'paper documents', 'hard copy', 'hard copies', 'printouts', 'printed documents'],
  ['usbメモリ', 'usb', '外部記憶媒体', '外部記憶メディア', '外部メディア', '外部記録媒体', 'リムーバブルメディア', '可搬媒体', '可搬記憶媒体', '外付けhdd', 'sdカード', 'dvd', 'removable media', 'removable storage', 'usb stick', 'usb sticks', 'usb drive', 'usb drives', 'usb memory', 'thumb drive', 'thumb drives', 'flash drive', 'flash drives', 'external storage', 'external drive', 'external drives', 'external media', 'external hdd', 'sd card', 'device control'],
  ['廃棄', '処分', '破棄', '捨て', '廃棄方法', '廃棄処理', 'dispose', 'disposal', 'disposed', 'disposing', 'discard', 'discarded', 'throw away', 'thrown away', 'throwing away', 'get rid of', 'decommission', 'decommissioned', 'decommissioning', 'scrap', 'scrapped'],
  ['物理破壊', '物理的に破壊', '物理的破壊', '破砕', '粉砕', 'シュレッダー', '消磁', 'shred', 'shredder', 'shredding', 'shredded', 'degauss', 'degaussing', 'physical destruction', 'physically destroyed', 'destroy', 'destroyed', 'destruction'],
  ['データ消去', '完全消去', '完全に消去', 'データ抹消', '抹消', '上書き消去', '消去ソフト', 'wipe', 'wiped', 'wiping', 'data wiping', 'data erasure', 'secure erase', 'secure deletion', 'sanitize', 'sanitise', 'sanitization', 'sanitisation', 'overwrite', 'overwriting', 'nist 800-88'],
  ['復元できない', '復元不可能', '復元不能', '読み出せない', '読み取れない', '復旧できない', 'unrecoverable', 'irrecoverable', 'cannot be recovered', 'cannot be restored', 'not recoverable'],
  ['消去証明書', '廃棄証明書', '削除証明', '削除証明書', '削除完了通知', 'certificate of destruction', 'certificate of deletion', 'deletion certificate', 'destruction certificate', 'proof of deletion', 'deletion confirmation'],
  ['再利用', '再使用', 'reuse', 'reused', 're-use'],
  ['パソコン', 'pc', 'pcs', '業務pc', '貸与pc', 'クライアントpc', '端末pc', 'computer', 'computers', 'desktop', 'desktops', 'workstation', 'workstations'],
  ['ノートpc', 'ノートパソコン', 'ラップトップ', 'laptop', 'laptops', 'notebook', 'notebooks', 'notebook pc'],
  ['端末', 'エンドポイント', '運用端末', '業務端末', '情報端末', 'endpoint', 'endpoints', 'device', 'devices'],
  ['スマートフォン', 'スマホ', '携帯電話', 'タブレット', 'モバイル端末', 'モバイルデバイス', 'smartphone', 'smartphones', 'mobile phone', 'mobile phones', 'mobile device', 'mobile devices', 'cell phone', 'tablet', 'tablets', 'iphone', 'ipad', 'android'],
  ['mdm', 'モバイルデバイス管理', 'リモートワイプ', 'リモートロック', 'mobile device management', 'intune', 'remote wipe', 'remote lock', 'emm', 'uem', 'jamf'],
  ['byod', '私物端末', '私用端末', '個人所有端末', '私物pc', '私物スマホ', 'bring your own device', 'personal device', 'personal devices', 'personal laptop', 'personal laptops'],
  ['紛失', '盗難', 'なくした', '無くした', '失くした', '置き忘れ', 'lost', 'stolen', 'theft', 'lose', 'misplaced'],
  ['持ち出', '外部持ち出し', '社外に持ち出', 'take outside', 'taken outside', 'take home', 'taken home', 'take out of the office', 'taken out of the office', 'outside the office'],
  ['bitlocker', 'filevault', 'hddを暗号化', 'ドライブ暗号化', '全ディスク暗号化', 'full disk encryption', 'full-disk encryption', 'fde', 'device encryption', 'laptop encryption', 'endpoint encryption'],
  ['テレワーク', 'リモートワーク', '在宅勤務', '在宅', 'リモート勤務', '社外から', 'リモートアクセス', 'remote work', 'remote working', 'work from home', 'working from home', 'wfh', 'telework', 'teleworking', 'hybrid work', 'remote access'],
  ['vpn', 'vpn接続', 'vpn網', '専用線', 'virtual private network', 'ipsec', 'private network', 'leased line'],
  ['ゼロトラスト', 'zero trust', 'zero-trust', 'ztna', 'sase'],
  ['無線lan', '公衆無線lan', 'wi-fi', 'wifi', 'wireless', 'wireless lan', 'wlan', 'public wifi', 'public wi-fi'],

  // ───────────────────────── Vulnerabilities, patches, testing, development ─────────────────────────
  ['脆弱性', 'ぜい弱性', 'vulnerability', 'vulnerabilities', 'vuln', 'vulns', 'security hole', 'security holes', 'security flaw', 'security flaws'],
  ['脆弱性情報', '脆弱性情報の収集', 'log4j', 'log4shell', 'ゼロデイ', 'zero-day', 'zero day', 'jpcert', 'jpcert/cc', 'jvn', 'ipa', 'cve', 'cves', 'security advisory', 'security advisories', 'vulnerability information'],
  ['パッチ', 'パッチ適用', 'パッチ当て', '修正パッチ', 'patch', 'patches', 'patched', 'patching', 'security patch', 'security patches', 'security update', 'security updates', 'hotfix', 'hotfixes'],
  ['ハードニング', '堅牢化', 'セキュア設定', 'hardening', 'secure configuration', 'baseline configuration', 'cis benchmark', 'cisベンチマーク'],
  ['脆弱性診断', '脆弱性検査', '脆弱性スキャン', 'セキュリティ診断', 'vulnerability assessment', 'vulnerability assessments', 'vulnerability scan', 'vulnerability scans', 'vulnerability scanning', 'vulnerability test', 'vulnerability testing', 'security assessment', 'security testing', 'security test', 'security scan', 'security scans'],
  ['ペネトレーションテスト', 'ペネトレーション', 'ベネトレーションテスト', '侵入テスト', 'ペンテスト', 'penetration test', 'penetration tests', 'penetration testing', 'pentest', 'pentests', 'pen test', 'pen tests', 'pen testing', 'pentesting', 'ethical hacking'],
  ['第三者機関', '外部機関', '外部の会社', '外部業者', '専門業者', '専門会社', 'サードパーティベンダー', 'external vendor', 'external firm', 'outside firm', 'independent firm', 'external company', 'security vendor', 'specialist firm'],
  ['セキュリティ弱点', '弱点', '脆弱性の報告', '脆弱性報告窓口', '報告窓口', 'バグバウンティ', 'weakness', 'weaknesses', 'report a vulnerability', 'vulnerability disclosure', 'responsible disclosure', 'bug bounty', 'security.txt'],
  ['セキュア開発', 'セキュアコーディング', 'セキュアな開発', '安全な開発', 'セキュリティバイデザイン', 'secure development', 'secure coding', 'sdlc', 'secure sdlc', 'ssdlc', 'security by design', 'devsecops', 'owasp', 'owasp top 10', 'secure software development'],
  ['コードレビュー', 'ソースコードレビュー', 'code review', 'code reviews', 'peer review', 'peer reviews', 'pull request', 'pull requests', 'プルリクエスト'],
  ['静的解析', '静的コード解析', '動的解析', 'ソフトウェア構成分析', 'sast', 'dast', 'static analysis', 'static code analysis', 'dynamic analysis', 'code scanning', 'dependency scanning', 'dependabot', 'snyk', 'sbom'],
  ['ソースコード', 'リポジトリ', 'ソースコード管理', 'バージョン管理', 'source code', 'repository', 'repositories', 'github', 'gitlab', 'version control', 'git'],
  ['シークレット管理', '機密情報の管理', 'ハードコード', '認証情報', 'secret management', 'secrets management', 'secrets', 'hardcoded', 'hard-coded', 'credentials', 'secrets manager', 'parameter store'],
  ['オープンソース', 'oss', 'open source', 'open-source', 'ライブラリ', 'library', 'libraries', 'third-party library', 'third-party libraries', 'dependencies', '依存関係'],
  ['モバイルコード', 'mobile code', 'javascript', 'スクリプト', 'script', 'scripts', 'activex'],
  ['開発', '開発者', 'エンジニア', 'development', 'develop', 'developer', 'developers', 'engineer', 'engineers', 'engineering'],
  ['データマスキング', 'マスキング', '匿名化', '仮名化', '秘匿化', '非識別化', 'data masking', 'masking', 'masked', 'anonymization', 'anonymisation', 'anonymized', 'anonymised', 'pseudonymization', 'pseudonymisation', 'tokenization', 'de-identification'],

  // ───────────────────────── Logs and monitoring ─────────────────────────
  ['ログ管理', 'ログ取得', 'ログ収集', 'ログの取得', 'logs', 'logging', 'log management', 'log collection', 'log data', 'log files', 'ログを残', 'ログが残'],
  ['監査ログ', '監査証跡', 'イベントログ', '利用履歴', 'ユーザーの利用履歴', 'cloudtrail', 'audit log', 'audit logs', 'audit trail', 'audit trails', 'activity log', 'activity logs', 'event log', 'event logs', 'usage history'],
  ['アクセスログ', 'アクセス履歴', 'ログイン履歴', 'ログイン記録', 'access log', 'access logs', 'access history', 'login history', 'login logs', 'sign-in logs', 'sign-in history'],
  ['操作ログ', '作業ログ', '作業記録', '操作記録', '操作履歴', '作業内容を記録', 'コマンド履歴', 'ヒストリー機能', 'operation log', 'operation logs', 'operator log', 'operator logs', 'operator actions', 'admin actions', 'administrator actions', 'command history', 'session recording'],
  ['ログ監視', 'ログ分析', 'ログの監視', 'ログ確認', 'ログの確認', 'ログを確認', 'ログチェック', 'ログのチェック', 'ログモニタリング', 'siem', 'log monitoring', 'log analysis', 'log review', 'security monitoring', 'security operations center', 'splunk'],
  ['不正な操作', '不正操作', '不審な操作', 'unauthorized operation', 'unauthorized operations', 'suspicious activity', 'anomalous activity', 'misuse'],
  ['改ざん', '改竄', '改ざん防止', '完全性', 'tampering', 'tamper', 'tamper-proof', 'tamper-evident', 'tampered', 'integrity', 'falsification'],
  ['記録', 'record', 'records', 'recorded', 'recording'],
  ['保存期間', '保管期間', '保持期間', '保存期限', '保管期限', '保存する期間', '保持する期間', '何年保存', 'retention', 'retention period', 'retention periods', 'kept for', 'keep for', 'stored for', 'how long do you keep', 'how long do you retain', 'how long do you store'],
  ['保管', '保存', '保持', 'store', 'stored', 'storing', 'keep', 'kept', 'retain', 'retained'],
  ['時刻同期', '時刻源', 'クロックの同期', 'クロック同期', 'ntp', 'time synchronization', 'time synchronisation', 'time sync', 'clock synchronization', 'clock synchronisation', 'clock sync', 'network time protocol', 'chrony'],
  ['証拠', '証拠保全', '証拠の収集', 'フォレンジック', '追跡調査', 'forensics', 'forensic', 'evidence', 'evidence collection'],

  // ───────────────────────── Accounts, privileges, authentication ─────────────────────────
  ['アカウント', 'ユーザid', 'ユーザーid', '識別子', 'account', 'accounts', 'user id', 'userid', 'login id', 'username', 'usernames', 'identifier'],
  ['一意', '個人毎', '個人ごと', '共有アカウント', '共用アカウント', 'unique id', 'unique ids', 'unique identifier', 'individual account', 'individual accounts', 'shared account', 'shared accounts', 'named accounts', 'generic accounts'],
  ['特権', '特権id', '特権アカウント', '特権ユーザ', '特権ユーザー', '管理者権限', 'root', 'root account', 'root access', 'root user', 'root login', 'privileged', 'privileged access', 'privileged account', 'privileged accounts', 'privileged user', 'privileged users', 'privilege', 'privileges', 'admin rights', 'administrator rights', 'admin privileges', 'administrative access', 'elevated access', 'superuser', 'sudo'],
  ['管理者アカウント', 'アドミン', 'admin', 'admins', 'administrator', 'administrators', 'admin account', 'admin accounts', 'admin user'],
  ['運用担当', '運用担当者', 'システム運用者', '運用管理担当者', 'operator', 'operators', 'sre', 'ops team', 'operations team', 'operations staff', 'sysadmin', 'sysadmins', 'system administrator', 'system administrators', 'devops'],
  ['アクセス権限', '権限', '権限設定', '閲覧権限', '操作権限', '見られる範囲', '見える範囲', '閲覧範囲', 'permission', 'permissions', 'access rights', 'access right', 'access permissions', 'authorization', 'authorisation', 'what users can see'],
  ['権限管理', 'ロール管理', 'ロールベース', 'ロール設定', 'ユーザーロール', 'rbac', 'role-based access control', 'role based access control', 'role-based', 'role', 'roles', 'user roles', 'assign roles', 'role assignment', 'granular permissions', 'fine-grained permissions'],
  ['最小権限', '必要最小限', '必要最低限', '最小限', 'least privilege', 'principle of least privilege', 'need to know', 'need-to-know', 'minimum necessary', 'minimal access'],
  ['棚卸し', '棚卸', 'アカウント棚卸', '権限棚卸', 'アクセス権のレビュー', 'アクセス権限の見直し', '権限の見直し', 'access review', 'access reviews', 'user access review', 'user access reviews', 'entitlement review', 'access recertification', 'recertification', 'account review', 'account reviews'],
  ['職務分掌', '職務の分離', '権限分離', '相互牽制', '相互確認', 'ダブルチェック', '2名体制', '二人体制', 'segregation of duties', 'separation of duties', 'four-eyes', 'four eyes', 'four-eyes principle', 'dual control', 'maker-checker', 'double check', 'double-check'],
  ['ユーザー管理', 'ユーザ管理', 'ユーザー登録', 'ユーザ登録', '利用者登録', 'id登録', 'id管理', 'サブアカウント', 'user management', 'user provisioning', 'provisioning', 'add users', 'add and remove users', 'remove users', 'create users', 'invite users', 'manage users', 'scim', 'sub-account', 'sub-accounts', 'sub account', 'subaccount'],
  ['アクセス制御', 'アクセス制限', 'アクセスコントロール', 'access control', 'access controls', 'access restriction', 'access restrictions', 'restrict access', 'restricting access'],
  ['制限', '制御', '限定', 'restrict', 'restricted', 'restriction', 'restrictions', 'limit', 'limited', 'limits', 'control', 'controlled', 'controls', 'controlling'],
  ['遮断', '拒否', 'ブロック', 'block', 'blocked', 'blocking', 'deny', 'denied', 'reject', 'rejected'],
  ['無効化', '無効にする', 'disable', 'disabled', 'deactivate', 'deactivated', 'turn off'],
  ['ログイン', 'ログオン', 'login', 'logins', 'log in', 'logon', 'log on', 'sign in', 'sign-in', 'signin'],
  ['認証方式', '認証方法', 'ログイン認証', '本人認証', '認証機能', 'authentication', 'authenticate', 'authenticated', 'authentication method', 'authentication methods', 'authn', '利用者認証'],
  ['パスワード', 'ぱすわーど', 'バスワード', 'password', 'passwords', 'passphrase', 'passphrases', 'passcode'],
  ['パスワードポリシー', 'パスワードルール', 'パスワード規則', 'パスワード強度', '良質なパスワード', '複雑なパスワード', '複雑度', 'password policy', 'password policies', 'password rules', 'password requirements', 'password strength', 'strong password', 'strong passwords', 'password complexity', 'complexity', 'パスワード履歴', '世代管理', 'password history'],
  ['文字数', '桁数', '最小文字数', '何文字', '文字以上', '桁以上', 'minimum length', 'length', 'characters', 'how many characters', 'minimum characters'],
  ['有効期限', '期限切れ', 'expiry', 'expiration', 'expire', 'expires', 'expired'],
  ['パスワードリセット', 'パスワード再設定', 'パスワードを忘れ', 'password reset', 'reset password', 'reset passwords', 'forgot password', 'forgotten password'],
  ['パスワード管理ツール', 'パスワードマネージャー', 'password manager', 'password managers'],
  ['アカウントロック', 'アカウントロックアウト', 'ロックアウト', 'ブルートフォース', '総当たり', 'パスワードリスト攻撃', 'lockout', 'account lockout', 'account lock', 'failed login attempts', 'login attempts', 'brute force', 'brute-force', 'credential stuffing'],
  ['多要素認証', '多要素', '二要素認証', '二段階認証', '2段階認証', '2要素認証', '2段階', 'ワンタイムパスワード', '追加の認証', '認証アプリ', 'mfa', '2fa', 'otp', 'totp', 'multi-factor authentication', 'multi factor authentication', 'multifactor', 'multi-factor', 'two-factor authentication', 'two factor authentication', 'two-factor', '2-step verification', 'two-step verification', 'one-time password', 'one time password', 'one-time code', 'authenticator app', 'second factor', 'additional authentication', 'ワンタイム'],
  ['シングルサインオン', 'sso', 'saml', 'saml2', 'saml連携', 'saml認証', 'oidc', 'openid connect', 'oauth', 'oauth2', 'oauth 2.0', 'idp', 'idp連携', 'id連携', 'single sign-on', 'single sign on', 'identity provider', 'identity federation', 'federated login', 'azure ad', 'azure active directory', 'entra id', 'microsoft entra', 'microsoft entra id', 'okta', 'onelogin', 'active directory', 'ldap'],
  ['ipアドレス制限', 'ip制限', 'ipアドレス', '接続元ip', 'グローバルip', '社内ネットワークから', 'ip restriction', 'ip restrictions', 'ip address', 'ip addresses', 'ip whitelist', 'ip whitelisting', 'ip allowlist', 'ip allow list', 'ip filtering', 'ip address restriction', 'source ip', 'whitelist', 'allowlist', 'ホワイトリスト', 'from our office network', 'from the office network', 'from our network', 'only from our office'],
  ['セッションタイムアウト', 'タイムアウト', 'セッション', '自動ログアウト', 'セッション切断', '無操作', '一定時間操作がない', 'session timeout', 'session timeouts', 'idle timeout', 'inactivity timeout', 'auto logout', 'auto-logout', 'automatic logout', 'automatically logged out', 'session expiry', 'session expiration', 'session', 'sessions', 'idle', 'inactivity'],

  // ───────────────────────── Tenant isolation, encryption ─────────────────────────
  ['マルチテナント', 'テナント分離', 'テナント間', 'シングルテナント', '他社から', '他社のデータ', '他の利用企業', '他の顧客', '仮想環境の分離', 'multi-tenant', 'multitenant', 'multi tenant', 'multi-tenancy', 'tenant isolation', 'tenant separation', 'single-tenant', 'other customers', 'other tenants', 'shared environment'],
  ['分離', '論理的に分離', '論理分離', 'isolation', 'isolated', 'separation', 'separated', 'segregation', 'segregated', 'logically separated', 'logical separation'],
  ['閲覧', '見え', '見られ', 'view', 'viewed', 'viewing', 'visible', 'visibility', 'can see'],
  ['暗号化', 'encryption', 'encrypt', 'encrypted', 'encrypting', 'encrypts', 'cryptography', 'cryptographic'],
  ['通信の暗号化', '通信暗号化', '暗号化通信', '経路の暗号化', 'ネットワーク経路', '伝送データ', 'tls', 'ssl', 'https', 'ssl/tls', 'tls1.2', 'tls1.3', 'tls 1.2', 'tls 1.3', 'encryption in transit', 'in transit', 'data in transit', 'encrypted in transit', 'transport encryption', 'エンドツーエンド', 'end-to-end', 'end to end encryption', 'e2ee'],
  ['保存データの暗号化', '保管データの暗号化', 'データの暗号化', 'ストレージ暗号化', 'データベース暗号化', 'ディスク暗号化', 'encryption at rest', 'at rest', 'data at rest', 'encrypted at rest', 'on disk', 'disk encryption', 'database encryption', 'storage encryption', 'tde', 'transparent data encryption'],
  ['暗号方式', '暗号アルゴリズム', '暗号強度', '電子政府推奨', '推奨暗号', 'cryptrec', 'aes', 'aes-256', 'aes256', 'rsa', 'cipher', 'ciphers', 'cipher suite', 'cipher suites', 'encryption algorithm', 'encryption algorithms', 'encryption strength', 'key length'],
  ['平文', '非暗号化', 'plaintext', 'plain text', 'cleartext', 'unencrypted', 'not encrypted'],
  ['鍵管理', '暗号鍵', '暗号鍵管理', 'キー管理', '鍵のローテーション', 'kms', 'key management', 'encryption key', 'encryption keys', 'key rotation', 'hsm', 'byok', 'customer managed key', 'customer managed keys', 'customer-managed keys', 'cmk'],
  ['ハッシュ化', 'ハッシュ', 'ソルト', 'hash', 'hashed', 'hashing', 'salt', 'salted', 'bcrypt', 'sha-256', 'sha256', 'argon2'],
  ['証明書', 'サーバ証明書', 'サーバー証明書', 'ssl証明書', 'certificate', 'certificates', 'tls certificate', 'ssl certificate', 'server certificate'],
  ['ファイル', 'file', 'files', '添付ファイル', 'attachment', 'attachments'],
  ['アップロード', 'upload', 'uploaded', 'uploads', 'uploading'],
  ['ファイル転送', 'sftp', 'ftps', 'scp', 'file transfer', 'secure file transfer'],

  // ───────────────────────── Network, firewall, malware ─────────────────────────
  ['ファイアウォール', 'ファイヤーウォール', 'ファイアーウォール', 'ファイヤウォール', 'fw', 'f/w', 'firewall', 'firewalls', 'security group', 'security groups', 'パケットフィルタ', 'packet filtering', 'network acl', '不要なポート', 'ポート番号', 'ボート番号', 'ポート開放', 'ポートを開放', 'ポートのみ', 'port', 'ports', 'open ports', 'unused ports', 'unnecessary ports', 'closed ports', 'port scan', 'port scanning'],
  ['waf', 'webアプリケーションファイアウォール', 'ウェブアプリケーションファイアウォール', 'web application firewall', 'web application firewalls'],
  ['侵入検知', '侵入防止', '侵入検知システム', 'ids/ips', 'intrusion detection', 'intrusion prevention', 'intrusion detection system', 'guardduty', 'threat detection', '不正侵入検知'],
  ['不正アクセス', '不正侵入', 'unauthorized access', 'unauthorised access', 'intrusion', 'intrusions', 'hacking', 'hacked', 'hacker', 'hackers', 'break-in', 'break in', 'ハッキング', 'ハッカー', '乗っ取り', 'account takeover'],
  ['サイバー攻撃', '攻撃', 'attack', 'attacks', 'attacked', 'attacker', 'attackers', 'cyber attack', 'cyber attacks', 'cyberattack', 'cyberattacks', 'cyber-attack'],
  ['ddos', 'dos攻撃', 'ddos攻撃', 'ddos対策', 'サービス妨害', 'dos attack', 'dos attacks', 'ddos attack', 'ddos attacks', 'ddos protection', 'denial of service', 'denial-of-service', 'aws shield', 'cloudflare'],
  ['ネットワーク分離', 'ネットワークの分離', 'ネットワークセグメント', 'セグメント分割', '領域分割', 'ネットワークの領域分割', 'サブネット', 'network segmentation', 'network segregation', 'network isolation', 'segmentation', 'vlan', 'vpc', 'dmz', 'subnet', 'subnets'],
  ['通信', '伝送', 'communication', 'communications', 'traffic', 'network traffic', 'transmission', 'data transmission'],
  ['接続', 'connect', 'connection', 'connections', 'connected', 'connecting'],
  ['ウイルス対策', 'ウィルス対策', 'アンチウイルス', 'アンチウィルス', 'ウイルス対策ソフト', 'ウィルス対策ソフト', 'マルウェア対策', 'マルウエア対策', '定義ファイル', 'antivirus', 'anti-virus', 'anti virus', 'anti-malware', 'antimalware', 'virus protection', 'malware protection', 'virus scan', 'virus scanning', 'virus definitions', 'endpoint protection', 'edr', 'xdr', 'mdr', 'endpoint detection and response', 'endpoint detection', 'endpoint security', 'エンドポイントセキュリティ', 'crowdstrike', 'sentinelone', 'microsoft defender', 'windows defender', 'パターンファイル', 'pattern file'],
  ['ウイルス', 'ウィルス', 'コンピュータウイルス', 'マルウェア', 'マルウエア', 'スパイウェア', 'スパイウエア', 'ウイルス感染', 'virus', 'viruses', 'malware', 'spyware', 'trojan', 'worm', 'malicious software', 'infection', 'infected'],
  ['ランサムウェア', 'ランサムウエア', 'ransomware'],
  ['フィッシング', '標的型攻撃', '標的型メール', '標的型', 'ソーシャルエンジニアリング', 'ビジネスメール詐欺', 'phishing', 'spear phishing', 'spear-phishing', 'phishing email', 'phishing emails', 'phishing simulation', 'phishing simulations', 'social engineering', 'business email compromise', 'targeted attack', 'targeted attacks'],
  ['迷惑メール', 'スパム', 'なりすましメール', 'メールフィルタ', 'email security', 'spam', 'spam filter', 'spam filtering', 'email filtering', 'spf', 'dkim', 'dmarc', 'email spoofing', 'spoofing'],
  ['誤送信', 'メール誤送信', '誤送信防止', '送信前確認', 'misdirected email', 'misdirected emails', 'wrong recipient', 'wrong recipients', 'sent to the wrong'],
  ['dlp', '情報漏えい対策', '情報漏洩対策', '情報漏えい防止', '情報漏洩防止', 'data loss prevention', 'data leak prevention', 'data leakage prevention', 'exfiltration', 'data exfiltration'],
  ['ppap', 'パスワード付きzip', 'パスワード付きファイル', '添付ファイル暗号化', 'encrypted attachment', 'encrypted attachments', 'password-protected zip', 'password protected zip', 'password-protected file', 'password-protected files'],

  // ───────────────────────── Incidents ─────────────────────────
  ['情報セキュリティインシデント', 'セキュリティインシデント', 'インシデント', '事故', 'セキュリティ事象', '情報漏えい', '情報漏洩', '漏えい', '漏洩', '情報流出', '流出', 'incident', 'incidents', 'security incident', 'security incidents', 'security event', 'security events', 'breach', 'breaches', 'breached', 'data breach', 'data breaches', 'security breach', 'security breaches', 'leak', 'leaks', 'leaked', 'leakage', 'data leak', 'data leaks'],
  ['インシデント対応', 'インシデントレスポンス', '対応手順', '対応フロー', '対応の流れ', 'エスカレーション', '緊急時対応', '緊急対応', '危機管理', 'incident response', 'incident handling', 'incident management', 'incident response plan', 'escalation', 'escalate', 'escalated', 'escalation path', 'runbook', 'runbooks', 'playbook', 'playbooks', 'emergency response', 'crisis management'],
  ['csirt', 'シーサート', 'cirt', 'sirt', 'psirt', 'インシデント対応チーム', 'incident response team', 'security incident response team'],
  ['インシデント報告', 'インシデント通知', '事故報告', '漏えい時の連絡', 'breach notification', 'incident notification', 'incident report', 'incident reports', 'incident reporting'],
  ['再発防止', '原因分析', '原因究明', '事後分析', 'recurrence prevention', 'root cause', 'root cause analysis', 'lessons learned', 'postmortem', 'post-mortem'],
  ['過去のインシデント', '事故歴', '過去の事故', 'past incidents', 'previous incidents', 'incident history', 'ever been breached'],

  // ───────────────────────── Outsourcing, suppliers ─────────────────────────
  ['委託先', '業務委託', '委託', '委託先管理', '外部委託', 'アウトソーシング', '外部組織', '供給者', 'サプライヤー', '協力会社', 'outsourcing', 'outsource', 'outsourced', 'vendor', 'vendors', 'supplier', 'suppliers', 'service provider', 'service providers', 'vendor management', 'supplier management', 'third-party vendor', 'third-party vendors', 'external contractor'],
  ['再委託', '再委託先', '下請け', '下請', 'subcontractor', 'subcontractors', 'sub-contractor', 'subcontracting', 'subcontract', 'sub-processor', 'sub-processors', 'subprocessor', 'subprocessors', 'fourth party', 'fourth parties'],
  ['サプライチェーン', 'サプライチェーン攻撃', 'supply chain', 'supply-chain', 'supply chain attack'],

  // ───────────────────────── Contract end, data export, service termination ─────────────────────────
  ['契約終了', '解約', '契約満了', '契約解除', '退会', '解約時', '契約終了時', 'cancel', 'cancels', 'cancelled', 'canceled', 'cancellation', 'cancel the contract', 'terminate the contract', 'contract termination', 'termination of the contract', 'end of contract', 'end of the contract', 'contract ends', 'contract expires', 'after the contract', 'churn', 'unsubscribe'],
  ['削除', '消去', '消して', '消える', '消え', '消す', 'delete', 'deleted', 'deletes', 'deletion', 'deleting', 'erase', 'erased', 'erasure', 'remove', 'removed', 'removal', 'purge', 'purged'],
  ['データ返却', 'データの返却', 'データ出力', 'データエクスポート', 'エクスポート', 'データ移行', 'csv出力', 'csvエクスポート', 'export', 'exports', 'data export', 'export data', 'data portability', 'portability', 'return of data', 'data return', 'data migration', 'migrate', 'migration', 'get our data back'],
  ['サービス終了', 'サービス提供の終了', 'サービス提供を終了', 'サービスの終了', 'サービス廃止', 'サービスが終了', 'サービスが終わ', '提供終了', 'サービス撤退', 'end of service', 'service termination', 'discontinue', 'discontinued', 'discontinuation', 'shut down the service', 'service shutdown', 'sunset', 'end-of-life', 'stop providing', 'service ends'],

  // ───────────────────────── Support, contact, publication ─────────────────────────
  ['サポート窓口', 'サポート', '問い合わせ窓口', 'ヘルプデスク', 'カスタマーサポート', 'カスタマーサクセス', '窓口', '苦情窓口', 'customer support', 'customer service', 'support team', 'support desk', 'support contact', 'support center', 'support centre', 'support channel', 'support channels', 'technical support', 'tech support', 'contact support', 'help desk', 'helpdesk', 'point of contact', 'contact point', 'inquiry', 'inquiries', 'enquiry', 'enquiries', 'complaint', 'complaints', '営業時間', '受付時間', 'サポート時間', '何時まで', 'support hours', 'business hours', 'office hours', 'opening hours', 'hours of operation', 'operating hours', 'service hours'],
  ['平日', '土日祝', '土日', '祝日', '祝休日', '年末年始', 'weekday', 'weekdays', 'weekend', 'weekends', 'holiday', 'holidays', 'public holidays'],
  ['24時間', '24時間365日', '365日', '24/7', '24x7', 'around the clock', 'round the clock', 'round-the-clock'],
  ['電話', '電話番号', 'phone', 'telephone', 'phone number', 'phone support', 'by phone'],
  ['メール', '電子メール', 'eメール', 'email', 'emails', 'e-mail', 'mail'],
  ['チャット', 'チャットサポート', 'チャットボット', 'chat', 'live chat', 'chat support', 'chatbot'],
  ['webフォーム', '問い合わせフォーム', 'web form', 'contact form', 'online form'],
  ['sns', 'ソーシャルメディア', 'social media', 'twitter'],
  ['ホームページ', 'ウェブサイト', '公式サイト', 'サポートサイト', 'ヘルプサイト', 'ヘルプページ', 'ヘルプセンター', 'url', 'website', 'web site', 'homepage', 'home page', 'help center', 'help centre', 'help site', 'link', 'faq'],
  ['公開', '公表', '外部に公開', 'publish', 'published', 'publicly', 'publicly available', 'made public'],
  ['動作環境', '推奨環境', '対応ブラウザ', '推奨ブラウザ', 'ブラウザ', 'ウェブブラウザ', 'browser', 'browsers', 'web browser', 'supported browsers', 'system requirements', 'supported environment', 'chrome', 'safari', 'firefox'],

  // ───────────────────────── Generative AI ─────────────────────────
  ['生成ai', '生成系ai', 'chatgpt', 'チャットgpt', 'gpt', 'llm', 'llms', '大規模言語モデル', 'ai', '人工知能', 'aiの学習', '学習に利用', '学習に使', '学習させ', '学習データ', 'generative ai', 'genai', 'gen ai', 'large language model', 'large language models', 'openai', 'copilot', 'gemini', 'artificial intelligence', 'ai training', 'train ai', 'used to train', 'train models', 'model training', 'training data'],
  ['機械学習', 'machine learning'],

  // ───────────────────────── API, integrations ─────────────────────────
  ['api', 'apis', 'api連携', 'api認証', 'apiキー', 'apiトークン', 'web api', 'rest api', 'api security', 'api authentication', 'api key', 'api keys', 'api token', 'api tokens', 'access token', 'access tokens', 'rate limit', 'rate limiting', 'レート制限'],

  // ───────────────────────── Plain word pairs (Japanese ↔ English bridge) ─────────────────────────
  ['頻度', '回数', '何回', '周期', 'how often', 'frequency', 'how frequently', 'how many times', 'interval'],
  ['定期的', '定期', 'regular', 'regularly', 'periodic', 'periodically', 'routine', 'routinely'],
  ['年1回', '年に1回', '年一回', '年に一度', '毎年', '年次', 'annually', 'annual', 'yearly', 'once a year', 'every year', 'each year'],
  ['月次', '毎月', '月1回', '月に1回', 'monthly', 'every month', 'once a month'],
  ['週次', '毎週', 'weekly', 'every week', 'once a week'],
  ['四半期', '四半期ごと', 'quarterly', 'every quarter', 'every three months'],
  ['毎日', '日次', 'daily', 'every day', 'each day', 'once a day', 'nightly'],
  ['リアルタイム', 'real-time', 'realtime', 'real time', 'continuous', 'continuously'],
  ['即時', '速やかに', '迅速', '直ちに', 'immediately', 'promptly', 'quickly', 'asap', 'without delay', 'right away'],
  ['利用者', '顧客', 'ユーザー', 'ユーザ', 'クラウド利用者', 'サービス利用者', 'クラウドサービス利用者', 'user', 'users', 'end user', 'end users'],
  ['顧客データ', 'お客様データ', '利用者データ', 'ユーザーデータ', '顧客情報', 'お客様の情報', 'お預かりしているデータ', 'お預かりデータ', '登録したデータ', '登録されたデータ', '入力データ', '入力したデータ', 'customer data', 'client data', 'user data', 'our data', 'tenant data', 'customer information'],
  ['データ', 'data'],
  ['情報', 'information', 'info'],
  ['外部', 'external', 'externally', 'outside'],
  ['社内', '内部', 'internal', 'internally', 'in-house', 'inhouse'],
  ['論理的', 'logical', 'logically'],
  ['自動', '自動的', 'automatic', 'automatically', 'automated', 'auto'],
  ['管理', 'manage', 'managed', 'managing', 'management', 'administer', 'administered'],
  ['検知', '検出', 'detect', 'detected', 'detects', 'detection'],
  ['保護', 'protect', 'protected', 'protects', 'protection'],
  ['導入', 'install', 'installed', 'installation', 'deploy', 'deployed', 'deployment', 'in place', 'adopt', 'adopted'],
  ['提供', 'provide', 'provided', 'provides', 'providing', 'offer', 'offers', 'offered'],
  ['機能', 'feature', 'features', 'function', 'functionality', 'functions', 'capability', 'capabilities'],
  ['試験', 'テスト', 'test', 'tests', 'tested', 'testing'],
  ['設定', '設定可能', '設定できる', 'configure', 'configured', 'configurable', 'configuration', 'settings', 'setting', 'set up'],
  ['必須', '強制', '必須化', '義務化', '義務付け', 'mandatory', 'enforce', 'enforced', 'enforces', 'required', 'require', 'requires', 'compulsory'],
  ['有効化', '有効にする', 'enable', 'enabled', 'enables', 'turn on', 'activate', 'activated'],
];
