/**
 * What the bot shows in Teams when it fills a questionnaire: the summary card (counts, what was
 * done with each sheet and why, which answer cells got which value, the rows to check), the file
 * consent card that offers the filled copy, and the file card once it is uploaded.
 */
import type { Attachment } from 'botbuilder';
import { describeCells, sheetLines, type FillResult } from '../../fill/index.js';
import { truncate } from '../../present/index.js';
import type { AdaptiveCard, CardElement } from './cards.js';

/** How many rows (with answer cells written, or to check) and sheets the card lists. */
export const FILL_LISTED_ROWS = 10;
export const FILL_LISTED_SHEETS = 20;
/** Forty-odd lines of this many characters stay well inside Teams' card budget, even in Japanese. */
const LINE_CHARS = 120;

export const FILL_TEXT = {
  received: 'チェックシートを受け取りました。回答を作成しています… (Checksheet received; filling it in…)',
  notReady:
    'kotae は起動中で、ナレッジを読み込んでいます。少し待ってからもう一度送ってください。 (kotae is still loading the knowledge; please send the file again in a moment.)',
  downloadFailed:
    'ファイルを Teams から取得できませんでした。もう一度送ってみてください。 (Could not fetch the file from Teams; please send it again.)',
  busy: 'いま他のチェックシートの記入が混み合っています。少し待ってからもう一度送ってください。 (Too many questionnaires are being filled right now; please send the file again in a minute.)',
  tooLarge: 'ファイルが大きすぎます（上限 10 MB）。分けて送ってください。 (The file is over the 10 MB limit; split it and send the parts.)',
  uploadExpired:
    '記入済みのファイルの保存期限が過ぎました。チェックシートをもう一度送ってください。 (The filled file is no longer kept; please send the checksheet again.)',
  uploadFailed:
    '記入済みのファイルを OneDrive に保存できませんでした。もう一度「許可」を押してください。 (Could not save the filled file to OneDrive; please accept again.)',
  declined: '記入済みのファイルの保存を取りやめました。 (The filled file was not saved.)',
  consent:
    '記入済みのチェックシートです。「許可」を押すと OneDrive に保存して、このチャットでお渡しします。 (The filled checksheet: accept to save it to your OneDrive and get it here.)',
} as const;

/** Why a file cannot be filled, with the fill module's message (it names the file and the fix). */
export function fillRefusedText(message: string): string {
  return `⚠️ チェックシートに記入できませんでした。 (Could not fill this file.)\n\n${message}`;
}

/** The summary of a filled questionnaire, fitted to Teams' card size. */
export function fillSummaryCard(result: Pick<FillResult, 'fileName' | 'summary' | 'rows'>): AdaptiveCard {
  const { summary } = result;
  const body: CardElement[] = [
    { type: 'TextBlock', text: '✅ チェックシートに回答を記入しました（下書き）', wrap: true, weight: 'Bolder', size: 'Medium' },
    {
      type: 'TextBlock',
      text: '出典を確かめ、要確認の行は担当者が記入してから提出してください。 (A draft: check the citations and complete the rows to check before sending it.)',
      wrap: true,
      isSubtle: true,
    },
    {
      type: 'FactSet',
      facts: [
        { title: 'ファイル', value: truncate(result.fileName, LINE_CHARS) },
        { title: '行数', value: String(summary.rows) },
        { title: '回答済み', value: String(summary.answered) },
        { title: '要確認', value: String(summary.toCheck) },
        { title: '回答欄に記入', value: String(summary.cellsWritten) },
      ],
    },
  ];
  if (summary.languageNote) {
    body.push({
      type: 'TextBlock',
      text: `⚠️ ${summary.languageNote.ja}（${summary.languageNote.en}）`,
      wrap: true,
      color: 'Warning',
      weight: 'Bolder',
    });
  }
  const section = (title: string, lines: readonly string[], more: number) => {
    if (lines.length === 0) return;
    body.push({ type: 'TextBlock', text: title, wrap: true, weight: 'Bolder', separator: true, spacing: 'Medium' });
    body.push({
      type: 'TextBlock',
      text: [...lines.map((line) => `- ${truncate(line, LINE_CHARS)}`), ...(more > 0 ? [`- …ほか ${more}`] : [])].join('\n'),
      wrap: true,
    });
  };
  section('シートごとの結果', sheetLines(summary.sheets.slice(0, FILL_LISTED_SHEETS)), summary.sheets.length - FILL_LISTED_SHEETS);
  const named = summary.sheets.length > 1;
  const where = (row: FillResult['rows'][number]) => (named && row.sheet !== null ? `${row.sheet} › ${row.line} 行目` : `${row.line} 行目`);
  const written = result.rows.filter((row) => row.cells.length > 0);
  section(
    '回答欄に記入したセル',
    written.slice(0, FILL_LISTED_ROWS).map((row) => `${where(row)}: ${describeCells(row)}`),
    written.length - FILL_LISTED_ROWS,
  );
  const toCheck = result.rows.filter((row) => row.toCheck);
  section(
    '要確認の行',
    toCheck.slice(0, FILL_LISTED_ROWS).map((row) => `${where(row)}: ${row.question}`),
    toCheck.length - FILL_LISTED_ROWS,
  );
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    msteams: { width: 'Full' },
  };
}

/** What the consent card carries back in the invoke: which filled copy to upload. */
export interface FillConsentContext {
  readonly kotae: 'fill';
  readonly fillId: string;
}

/** Offers the filled copy: Teams asks the person, then sends `fileConsent/invoke` with an upload URL. */
export function fileConsentAttachment(fileName: string, size: number, fillId: string): Attachment {
  const context: FillConsentContext = { kotae: 'fill', fillId };
  return {
    contentType: 'application/vnd.microsoft.teams.card.file.consent',
    name: fileName,
    content: { description: FILL_TEXT.consent, sizeInBytes: size, acceptContext: context, declineContext: context },
  };
}

/** The uploaded file, shown in the chat for the person to open. */
export function fileInfoAttachment(upload: {
  readonly name?: string;
  readonly contentUrl?: string;
  readonly uniqueId?: string;
  readonly fileType?: string;
}): Attachment {
  return {
    contentType: 'application/vnd.microsoft.teams.card.file.info',
    contentUrl: upload.contentUrl ?? '',
    name: upload.name ?? '',
    content: { uniqueId: upload.uniqueId ?? '', fileType: upload.fileType ?? '' },
  };
}

/** The fill id of a consent card's context, or null for anything else. */
export function parseConsentContext(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const context = value as Partial<FillConsentContext>;
  return context.kotae === 'fill' && typeof context.fillId === 'string' && context.fillId ? context.fillId : null;
}
