/**
 * kotae's own words, Japanese first and English after, defined once for every surface: the CLI,
 * the web console (through the API's view), Slack and Teams. Surface-only texts (Slack's `/ask`
 * file help, Teams' file consent) stay with their surface.
 */
export const MESSAGES = {
  noConfidentAnswer: '確信を持てる回答はありません (no confident answer).',
  nothingClose: '近い項目も見つかりませんでした。この質問は管理者向けに記録しました。 (Nothing close was found; the question was recorded for the admins.)',
  nearestCandidates: '近い候補 (nearest candidates)',
  checkCandidates: '近い候補を挙げます。使う前に内容を確認してください。 (Nearest candidates below: check them before use.)',
  otherCandidates: '他の候補 (other candidates)',
  /** In place of the answer of an item that has only a status. */
  noAnswerText: '(回答欄なし)',
  helpful: '👍 役に立った',
  unhelpful: '👎 役に立たなかった',
  feedbackThanks: 'フィードバックありがとうございます。回答の改善に使います。 (Thanks for the feedback.)',
  feedbackFailed: 'すみません、フィードバックを記録できませんでした。 (Sorry, the feedback could not be saved.)',
  reloadRefused: 'すみません、再読み込みは管理者だけが実行できます。 (Sorry, only kotae admins can reload the knowledge.)',
  notReady: 'kotae は起動中で、ナレッジを読み込んでいます。少し待ってからもう一度お試しください。 (kotae is starting up and still loading the knowledge; please try again in a moment.)',
  apology: '申し訳ありません。回答中に問題が起きました。少し待ってからもう一度お試しください。 (Sorry, something went wrong. Please try again shortly.)',
  fillReceived: 'チェックシートを受け取りました。回答を作成しています… (Checksheet received; filling it in…)',
  fillBusy: 'いま他のチェックシートの記入が混み合っています。少し待ってからもう一度送ってください。 (Too many questionnaires are being filled right now; please share the file again in a minute.)',
  fillRefused: '⚠️ チェックシートに記入できませんでした。 (Could not fill this file.)',
} as const;

/** Labels of an answer's parts. */
export const LABELS = {
  question: '質問',
  answer: '回答',
  remarks: '備考',
  citation: '出典',
  itemQuestion: '設問',
  confidence: '信頼度',
  candidate: '候補',
  /** The security control an answer was matched on. */
  control: '管理策',
  /** Who answers for an item. */
  owner: '担当',
  /** When a stale answer was last checked. */
  lastChecked: '最終確認',
  /** Before a notice that needs the reader's attention (the files disagree). */
  caution: '注意',
} as const;
