/**
 * Block Kit messages, built by pure functions so that every limit can be tested without Slack.
 * Slack rejects a whole message that breaks any limit (`invalid_blocks`, `msg_blocks_too_long`),
 * so each piece of knowledge text gets a fixed budget that adds up to well under the limits:
 * a long answer is cut with "…" while its citation, in its own block, always survives.
 */
import type { types } from '@slack/bolt';
import { changeLines, type ReloadOutcome } from '../../core/kotae-service.js';
import type { AskResult } from '../../core/types.js';
import { describeCells, sheetLines, type FillResult } from '../../fill/index.js';
import {
  type AnswerEntryView,
  type AnswerView,
  fitToBudget,
  LABELS,
  PREVIEW_CHARS,
  presentAnswer,
  QUESTION_ECHO_CHARS,
  MESSAGES as SHARED,
  SHOWN_ANSWERS,
  truncate,
} from '../../present/index.js';
import { encodeFeedbackValue, encodeQuestionValue } from './button-values.js';
import { escapeMrkdwn, mrkdwn } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** Slack's documented limits, plus a budget for the undocumented total (about 11–13 k). */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextText: 3000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  fallbackText: 3000,
  totalBlockText: 10_000,
} as const;

/**
 * The most each piece of text may take (escaped characters): a section holds at most
 * {@link LIMITS.sectionText}, so the best answer gets most of one and the rest far less. The whole
 * message is then fitted to {@link LIMITS.totalBlockText} by the cards' one budgeting scheme
 * ({@link fitToBudget}), which cuts every text to a common limit and never cuts a citation.
 */
const PIECE = {
  bestAnswer: 2400,
  bestRemarks: 500,
  reason: 300,
  reloadLine: 300,
  reloadFiles: 20,
  reloadWarnings: 10,
} as const;

/** How many answers a card shows: the best one and up to two more. */
export const CARD_RESULTS = SHOWN_ANSWERS;

export const ACTION_IDS = {
  helpful: 'kotae_feedback_helpful',
  unhelpful: 'kotae_feedback_unhelpful',
  share: 'kotae_share',
  /** 「専門家に聞く」 under an answer. */
  askExpert: 'kotae_ask_expert',
  /** 「回答する」 under a question in the experts' channel. */
  answerEscalation: 'kotae_answer_escalation',
} as const;

export interface SlackMessage {
  /** Notification and screen-reader text; mrkdwn like the blocks, so escaped the same way. */
  readonly text: string;
  readonly blocks: KnownBlock[];
}

export interface AnswerCardOptions {
  /**
   * Restate the question above the answer. Needed where the question is not visible just above
   * (a /ask answer, a shared post); a threaded reply sits under the question already.
   */
  readonly restateQuestion?: boolean;
  /** Who asked, shown with a restated question. */
  readonly askedBy?: string;
  /** Offer "チャンネルに共有" (only on the asker's private /ask answer). */
  readonly share?: boolean;
  /** Offer 「専門家に聞く」 (when an experts' channel is set up: KOTAE_EXPERTS_SLACK_CHANNEL). */
  readonly askExpert?: boolean;
}

/** The answer card: the best answer or a plain "no confident answer", candidates, and buttons. */
export function buildAnswerMessage(result: AskResult, options: AnswerCardOptions = {}): SlackMessage {
  const view = presentAnswer(result);
  const longest = Math.max(
    view.question.length,
    ...[view.best, ...view.others].flatMap((e) => (e ? [e.answer.length, e.remarks.length, e.itemQuestion.length] : [])),
    1,
  );
  // Escaping can triple a text: the widest build must not cut what would fit.
  return fitToBudget((limit) => answerMessage(view, options, limit), totalText, longest * 5, LIMITS.totalBlockText);
}

function answerMessage(view: AnswerView, options: AnswerCardOptions, limit: number): SlackMessage {
  const cut = (text: string, own: number) => mrkdwn(text, Math.min(own, limit));
  const blocks: KnownBlock[] = [];

  if (options.restateQuestion) {
    const who = options.askedBy ? `（<@${escapeMrkdwn(options.askedBy)}> さん）` : '';
    blocks.push(section(`*${LABELS.question}*${who}\n${cut(view.question, QUESTION_ECHO_CHARS)}`));
  }
  if (view.note) blocks.push(context([`ℹ️ ${escapeMrkdwn(view.note)}`]));
  if (view.conflict) {
    const citations = view.conflict.citations.map((citation) => `\n• ${escapeMrkdwn(citation)}`).join('');
    blocks.push(section(`⚠️ *${escapeMrkdwn(view.conflict.message)}*${citations}`));
  }

  const [first] = view.best ? [view.best] : view.others;
  if (view.best) {
    blocks.push(...answerBlocks(view.best, `*${LABELS.answer}*`, cut, PIECE.bestAnswer, PIECE.bestRemarks));
    if (view.others.length > 0) {
      blocks.push({ type: 'divider' });
      blocks.push(context([`*${MESSAGES.otherCandidates}*`]));
      for (const other of view.others) blocks.push(...answerBlocks(other, '', cut, PREVIEW_CHARS, PREVIEW_CHARS));
    }
  } else {
    const reason = view.reason ? `${mrkdwn(view.reason, PIECE.reason)}\n` : '';
    blocks.push(section(`⚠️ *${MESSAGES.noConfidentAnswer}*\n${reason}${first ? MESSAGES.checkCandidates : MESSAGES.nothingClose}`));
    for (const candidate of view.others) {
      blocks.push({ type: 'divider' });
      blocks.push(...answerBlocks(candidate, `*${LABELS.candidate}*`, cut, PREVIEW_CHARS, PREVIEW_CHARS));
    }
  }

  const buttons = answerButtons(view, options);
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'kotae_answer_actions', elements: buttons });

  const fallback = view.best
    ? `${view.best.status?.label ?? LABELS.answer}: ${truncate(view.best.answer || view.best.remarks, PREVIEW_CHARS)}（${view.best.citationLine}）`
    : `${MESSAGES.noConfidentAnswer} ${first ? `${MESSAGES.nearestCandidates}: ${first.citationLine}` : MESSAGES.nothingClose}`;
  return finish(blocks, fallback);
}

/** The reply to an admin's reload: what was loaded, or why nothing changed. */
export function buildReloadMessage(outcome: ReloadOutcome): SlackMessage {
  const { status } = outcome;
  const blocks: KnownBlock[] = [];
  const summary = `${status.files.length} ファイル・${status.items} 項目`;
  if (outcome.ok) {
    blocks.push(section(`✅ *ナレッジを再読み込みしました*: ${summary}（${outcome.tookMs} ms）`));
  } else {
    const reason = mrkdwn(outcome.error ?? '不明なエラー', 2000);
    blocks.push(section(`⚠️ *再読み込みに失敗しました。* 以前のナレッジ（${summary}）で回答を続けています。\n理由: ${reason}`));
  }

  const files = status.files.slice(0, PIECE.reloadFiles).map((file) => `• ${mrkdwn(file.file, PIECE.reloadLine)} — ${file.items} 項目`);
  if (status.files.length > PIECE.reloadFiles) files.push(`…ほか ${status.files.length - PIECE.reloadFiles} ファイル`);
  if (files.length > 0) blocks.push(section(files.join('\n')));
  const changes = changeLines(outcome.changes).map((line) => mrkdwn(line, PIECE.reloadLine));
  if (changes.length > 0) blocks.push(section(changes.join('\n')));

  if (status.warnings.length > 0) {
    const lines = status.warnings
      .slice(0, PIECE.reloadWarnings)
      .map((warning) => `• ${mrkdwn(`${warning.file}: ${warning.message}`, PIECE.reloadLine)}`);
    if (status.warnings.length > PIECE.reloadWarnings) lines.push(`…ほか ${status.warnings.length - PIECE.reloadWarnings} 件`);
    blocks.push(section(`*警告 ${status.warnings.length} 件*\n${lines.join('\n')}`));
  }

  const fallback = outcome.ok
    ? `ナレッジを再読み込みしました: ${summary}`
    : '再読み込みに失敗しました。以前のナレッジで回答を続けています。';
  return finish(blocks, fallback);
}

/** A one-paragraph message of our own words (refusals, help, apologies). */
export function buildNoticeMessage(text: string): SlackMessage {
  return finish([section(text)], text);
}

/** kotae's words in Slack: the shared ones (src/present/messages.ts) and Slack's own. */
export const MESSAGES = {
  ...SHARED,
  help: 'kotae です。セキュリティチェックシートの質問に、準備済みの回答から出典付きで答えます。 (kotae answers security-checksheet questions from prepared answers, with citations.)\n例: `@kotae データは暗号化されていますか` ・DM で質問・ `/ask パスワードの最小桁数`\nチェックシート（.xlsx・.csv・.tsv）を DM で送ると、全設問に回答を記入して返します。',
  fileHowTo:
    'チェックシート全体への記入: `/ask` には Slack の仕様でファイルを添付できません。チェックシート（.xlsx・.csv・.tsv）は kotae との DM にファイルとして送ってください（チャンネルでは @kotae をメンションしたメッセージに添付）。回答を記入したファイルがスレッドに返ります。 (Slash commands cannot carry files: share the checksheet with kotae in a DM, or attach it to a message that mentions @kotae; the filled copy comes back in the thread.)',
  fillDownloadFailed:
    'ファイルを Slack から取得できませんでした。もう一度送ってみてください。続くようなら管理者にお知らせください。 (Could not fetch the file from Slack; please share it again, and tell your admin if it keeps failing.)',
  fillExternal:
    'Slack の外（Google ドライブなど）にあるファイルは取得できません。ファイルそのものを Slack にアップロードしてください。 (Files stored outside Slack cannot be fetched; upload the file itself.)',
  fillUploadFailed:
    '回答は作成しましたが、記入済みのファイルをアップロードできませんでした。少し待ってからもう一度送ってください。 (The answers were drafted, but the filled file could not be uploaded; please share the file again shortly.)',
  feedbackAlready: 'この回答へのフィードバックは記録済みです。 (Already recorded, thank you.)',
  shareExpired: '共有できませんでした。もう一度 /ask で質問してください。 (Could not share this; please ask again with /ask.)',
} as const;

/** How many rows (要確認, and rows whose answer cells were filled) the summary under a filled file lists. */
export const FILL_LISTED_ROWS = 10;

/** Sheets the summary lists; assessments have a dozen, more is a data workbook. */
export const FILL_LISTED_SHEETS = 20;

const FILL_QUESTION_CHARS = 100;
const FILL_NOTE_CHARS = 200;
const FILL_CELLS_CHARS = 200;

/**
 * The comment posted with a filled questionnaire (files.uploadV2 `initial_comment`, mrkdwn): the
 * counts, what was done with each sheet and why, which answer cells got which value, and the first
 * rows to check with their row number and question (all escaped: they are the customer's text).
 */
export function buildFillComment(result: Pick<FillResult, 'summary' | 'rows'>): string {
  const { summary } = result;
  const counts = [`行数 ${summary.rows}`, `回答済み ${summary.answered}`, `要確認 ${summary.toCheck}`];
  if (summary.cellsWritten > 0) counts.push(`回答欄に記入 ${summary.cellsWritten}`);
  const lines = [
    '✅ *チェックシートに回答を記入しました（下書き）。* 出典を確かめ、要確認の行は担当者が記入してから提出してください。',
    counts.join(' ・ '),
  ];
  if (summary.languageNote) lines.push(`⚠️ ${summary.languageNote.ja}（${summary.languageNote.en}）。`);
  const named = summary.sheets.length > 1;
  if (named) {
    lines.push('*シートごとの結果*');
    for (const line of sheetLines(summary.sheets.slice(0, FILL_LISTED_SHEETS))) lines.push(`• ${mrkdwn(line, FILL_NOTE_CHARS)}`);
    if (summary.sheets.length > FILL_LISTED_SHEETS) lines.push(`…ほか ${summary.sheets.length - FILL_LISTED_SHEETS} シート`);
  } else if (summary.sheets[0]) {
    lines.push(mrkdwn(summary.sheets[0].note.ja, FILL_NOTE_CHARS));
  }
  const where = (row: FillResult['rows'][number]) =>
    named && row.sheet !== null ? `${mrkdwn(row.sheet, 40)} › ${row.line} 行目` : `${row.line} 行目`;
  const written = result.rows.filter((row) => row.cells.length > 0);
  if (written.length > 0) {
    lines.push(written.length > FILL_LISTED_ROWS ? `*回答欄に記入したセル*（最初の ${FILL_LISTED_ROWS} 行）` : '*回答欄に記入したセル*');
    for (const row of written.slice(0, FILL_LISTED_ROWS)) lines.push(`• ${where(row)}: ${mrkdwn(describeCells(row), FILL_CELLS_CHARS)}`);
    if (written.length > FILL_LISTED_ROWS) lines.push(`…ほか ${written.length - FILL_LISTED_ROWS} 行`);
  }
  const toCheck = result.rows.filter((row) => row.toCheck);
  if (toCheck.length === 0) {
    lines.push('要確認の行はありません。');
    return lines.join('\n');
  }
  lines.push(toCheck.length > FILL_LISTED_ROWS ? `*要確認の行*（最初の ${FILL_LISTED_ROWS} 件）` : '*要確認の行*');
  for (const row of toCheck.slice(0, FILL_LISTED_ROWS)) {
    lines.push(`• ${where(row)}: ${mrkdwn(row.question.replace(/\s+/g, ' ').trim(), FILL_QUESTION_CHARS)}`);
  }
  if (toCheck.length > FILL_LISTED_ROWS) lines.push(`…ほか ${toCheck.length - FILL_LISTED_ROWS} 行`);
  return lines.join('\n');
}

function answerBlocks(
  entry: AnswerEntryView,
  heading: string,
  cut: (text: string, own: number) => string,
  answerChars: number,
  remarksChars: number,
): KnownBlock[] {
  const head = [heading, entry.status ? `*${entry.status.label}*` : ''].filter(Boolean).join('  ');
  const body = entry.answer ? cut(entry.answer, answerChars) : `_${MESSAGES.noAnswerText}_`;
  const remarks = entry.remarks ? `\n_${LABELS.remarks}:_ ${cut(entry.remarks, remarksChars)}` : '';
  // The citation is never cut: it is what people verify the answer with.
  const details = [`📄 ${escapeMrkdwn(entry.citationLine)}`, `${LABELS.confidence} ${entry.confidencePercent}`];
  if (entry.itemQuestion) details.push(`${LABELS.itemQuestion}: ${cut(entry.itemQuestion, PREVIEW_CHARS)}`);
  return [section(head ? `${head}\n${body}${remarks}` : `${body}${remarks}`), context(details)];
}

function answerButtons(view: AnswerView, options: AnswerCardOptions): Button[] {
  const buttons: Button[] = [];
  const feedback = view.feedback ? encodeFeedbackValue(view.feedback) : null;
  if (feedback) {
    buttons.push(button(ACTION_IDS.helpful, SHARED.helpful, feedback));
    buttons.push(button(ACTION_IDS.unhelpful, SHARED.unhelpful, feedback));
  }
  const questionValue = encodeQuestionValue({ question: view.question });
  if (options.share && questionValue) buttons.push({ ...button(ACTION_IDS.share, 'チャンネルに共有', questionValue), style: 'primary' });
  if (options.askExpert && questionValue) buttons.push(button(ACTION_IDS.askExpert, SHARED.askExpert, questionValue));
  return buttons;
}

/** The text Slack counts towards a message's total: every block's, and the fallback's. */
export function totalText(message: SlackMessage): number {
  return blockTexts(message.blocks).reduce((sum, text) => sum + text.length, 0);
}

export function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clampText(text, LIMITS.sectionText) } };
}

export function context(texts: readonly string[]): KnownBlock {
  return {
    type: 'context',
    elements: texts.slice(0, LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text: clampText(text, LIMITS.contextText) })),
  };
}

export function button(actionId: string, label: string, value: string): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncate(label, LIMITS.buttonText), emoji: true },
    value,
  };
}

/**
 * Last line of defence for text we assembled: the budgets above keep us inside the limits, but a
 * cut here must not leave half an entity (`&am`), which Slack would show as garbage.
 */
function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = truncate(text, max);
  return cut.replace(/&[a-z]{0,4}…$/, '…');
}

/** Every text in a message, as Slack counts them towards its total. */
function blockTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) blockTexts(child, out);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && typeof value === 'string') out.push(value);
      else if (typeof value === 'object') blockTexts(value, out);
    }
  }
  return out;
}

/** Caps the block count (keeping the buttons, which come last) and shortens the fallback text. */
export function finish(blocks: KnownBlock[], fallback: string): SlackMessage {
  let kept = blocks;
  if (blocks.length > LIMITS.blocks) {
    const last = blocks[blocks.length - 1];
    kept = last?.type === 'actions' ? [...blocks.slice(0, LIMITS.blocks - 1), last] : blocks.slice(0, LIMITS.blocks);
  }
  return { text: mrkdwn(fallback, LIMITS.fallbackText), blocks: kept };
}
