/**
 * kotae's own words, Japanese first and English after, defined once for every surface: the CLI,
 * the web console (through the API's view), Slack and Teams. Surface-only texts (Slack's `/ask`
 * file help, Teams' file consent) stay with their surface.
 */
export const MESSAGES = {
  noConfidentAnswer: '確信を持てる回答はありません (no confident answer).',
  nothingClose:
    '近い項目も見つかりませんでした。この質問は管理者向けに記録しました。 (Nothing close was found; the question was recorded for the admins.)',
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
  notReady:
    'kotae は起動中で、ナレッジを読み込んでいます。少し待ってからもう一度お試しください。 (kotae is starting up and still loading the knowledge; please try again in a moment.)',
  apology:
    '申し訳ありません。回答中に問題が起きました。少し待ってからもう一度お試しください。 (Sorry, something went wrong. Please try again shortly.)',
  fillReceived: 'チェックシートを受け取りました。回答を作成しています… (Checksheet received; filling it in…)',
  fillBusy:
    'いま他のチェックシートの記入が混み合っています。少し待ってからもう一度送ってください。 (Too many questionnaires are being filled right now; please share the file again in a minute.)',
  fillRefused: '⚠️ チェックシートに記入できませんでした。 (Could not fill this file.)',
  /** The button under an answer or a "no confident answer" when an experts' channel is set up. */
  askExpert: '専門家に聞く',
  /** What the asker's conversation gets once the question is with the experts. */
  escalated: 'セキュリティ担当に確認中です。回答が届いたらここでお知らせします。 (Asked the security team; their answer will come here.)',
  /** Heads the question as the experts see it. */
  escalationTitle: '専門家への質問 (a question for the experts)',
  noCandidates: 'kotae の近い候補はありません。 (kotae found nothing close.)',
  answerRequired: '回答を入力してください。 (Enter an answer.)',
  escalationFailed:
    'すみません、専門家に送れませんでした。少し待ってからもう一度お試しください。 (Sorry, the question could not be sent to the experts; please try again shortly.)',
  expertsUnreachable:
    "専門家チャンネルに送れませんでした: kotae がそのチャンネルのメンバーではありません。管理者に、kotae をチャンネルに招待するよう依頼してください。質問は管理者向けに記録しました。 (Could not post to the experts' channel: kotae is not a member of it. Ask an admin to invite kotae there; the question was recorded for the admins.)",
  expertsNotSetUp:
    "専門家チャンネルが設定されていません。質問は管理者向けに記録しました。 (No experts' channel is set up; the question was recorded for the admins.)",
  answerNotSaved: '回答を保存できませんでした。 (The answer could not be saved.)',
  answerNotDelivered:
    '回答は保存しましたが、質問者に届けられませんでした。 (The answer was saved, but could not be delivered to the asker.)',
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
  /** An item's status (○ × △ −), as a field an expert fills in. */
  status: '回答状況',
  /** Who sent a question to the experts. */
  askedBy: '質問者',
  /** Where the question was asked. */
  askedWhere: '場所',
  /** The experts' button and submit. */
  answerAction: '回答する',
  /** The expert's choice to save the answer into `kotae-curated.csv`. */
  addToKnowledge: 'ナレッジに追加',
  /** Where a saved answer now is in the knowledge. */
  savedAs: 'ナレッジに追加しました',
} as const;
