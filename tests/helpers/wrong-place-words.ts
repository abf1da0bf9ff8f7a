/**
 * Words and questions that security vocabulary must not fire on, shared by the hygiene tests of
 * the glossary (`src/search/glossary-data.ts`) and the control catalogue
 * (`src/controls/catalogue-data.ts`): both match Japanese terms as substrings, so both must stay
 * clear of the same everyday words.
 */

/**
 * Everyday words that contain a shorter security-sounding string. A Japanese term inside one of
 * these fires on it, unless the word itself is a term.
 */
export const EVERYDAY_FALSE_FRIENDS: readonly string[] = [
  'サポート',
  'レポート',
  'パスポート',
  'インポート',
  'ブログ',
  'カタログ',
  'ログイン',
  'ダウンロード',
  'シャットダウン',
  'コントロール',
  'スクロール',
  'ロールバック',
  'マイクロソフト',
  'ソフトバンク',
  'ホッケー',
  'キーボード',
  'モンキー',
  'アップロード',
  'バックログ',
  'メンテナンス',
  'ステータス',
  '社会保険',
  '保険料',
  '年間契約',
  '契約更新',
  '料金改定',
  '会議室',
  '受付時間',
  '最終受付',
  '日本語',
  '東日本',
  '取り消し',
  '交通費',
  '売上',
  '受注',
  '手数料',
  '割引',
  'ランチ',
  'ドリンク',
  'モニタリング',
  'インタフェース',
];

/**
 * Words that say how a question is asked, not what it is about ("お客様から…と質問がありました",
 * "please tell us"). The query planner drops them; security vocabulary must not bring them back.
 */
export const ASKING_WORDS: readonly string[] = [
  'お客様',
  '先方',
  '質問',
  '回答',
  '確認',
  '説明',
  '対応',
  '実施',
  '可能',
  '問い合わせ',
  'customer',
  'customers',
  'client',
  'clients',
  'tell',
  'please',
  'question',
  'answer',
];

/** Questions a sales team asks that have nothing to do with security. */
export const OFF_TOPIC_QUESTIONS: readonly string[] = [
  '来期の料金改定っていつからだっけ？',
  '明日15時に会議室Bって空いてる？',
  '先月の新規受注件数と売上金額を教えてください。',
  "What's on the product roadmap for next quarter?",
  'お客様から「年間契約にするとボリュームディスカウントはありますか」と聞かれました。',
  '交通費精算の締め日っていつ？',
  'How do I book a demo environment for a prospect?',
  '社会保険料の計算方法は？',
  'ブログとカタログのダウンロード数は？',
];
