/**
 * A checksheet sent to kotae in a Teams personal chat comes back filled: the file is downloaded
 * from its download URL (a local stand-in for SharePoint), filled from the real knowledge, summed
 * up in a card, and offered with a file consent card; accepting it PUTs the file to the upload URL.
 */
import type { Activity } from 'botbuilder';
import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FILE_DOWNLOAD_INFO, isTeamsFileUrl, PendingUploads, sharedTeamsFiles } from '../../../src/bots/teams/files.js';
import { FILL_TEXT } from '../../../src/bots/teams/fill-cards.js';
import { cardTexts } from './card-facts.js';
import { BOT, mention, teamsMessage, useTeamsBot } from './harness.js';
import { waitFor } from '../../helpers/wait-for.js';

const ENV = { TEAMS_ALLOW_UNAUTHENTICATED: 'true' };
const QUESTIONS = ['通信は暗号化していますか', 'バックアップは取得していますか', 'ペンギンの好きな魚は何ですか'];

const t = useTeamsBot(ENV);
let workbook: Uint8Array;

beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('質問票');
  sheet.addRow(['No', '質問', '回答', '備考']);
  for (const [i, q] of QUESTIONS.entries()) sheet.addRow([i + 1, q]);
  workbook = new Uint8Array(await book.xlsx.writeBuffer());
});

beforeEach(() => {
  t.connector.files.clear();
});

/** A message with a file as Teams sends it in a personal chat. */
function fileMessage(name: string, downloadUrl: string, options: Parameters<typeof teamsMessage>[2] = {}): Partial<Activity> {
  return {
    ...teamsMessage(t.connector.serviceUrl, '', options),
    attachments: [
      {
        contentType: FILE_DOWNLOAD_INFO,
        contentUrl: 'https://contoso-my.sharepoint.com/personal/u/Documents/Microsoft%20Teams%20Chat%20Files/x',
        name,
        content: { downloadUrl, uniqueId: 'f-1', fileType: name.split('.').pop() },
      },
      { contentType: 'text/html', content: '<div></div>' },
    ],
  };
}

function consentInvoke(action: 'accept' | 'decline', context: unknown, uploadPath = '/upload/u-1'): Partial<Activity> {
  const base = teamsMessage(t.connector.serviceUrl, '');
  return {
    ...base,
    type: 'invoke',
    name: 'fileConsent/invoke',
    text: undefined,
    value: {
      type: 'fileUpload',
      action,
      context,
      uploadInfo: {
        name: '質問票.kotae.xlsx',
        uploadUrl: `${t.connector.url}${uploadPath}`,
        contentUrl: 'https://contoso-my.sharepoint.com/personal/u/Documents/質問票.kotae.xlsx',
        uniqueId: 'item-9',
        fileType: 'xlsx',
      },
    },
  };
}

const texts = () => t.connector.messages().map((s) => s.activity.text ?? '');
const attachmentsOf = (type: string) =>
  t.connector.messages().flatMap((s) => (s.activity.attachments ?? []).filter((a) => a.contentType === type));

describe('a checksheet sent in a personal chat', () => {
  it('is downloaded, filled and summed up, offered with a consent card, and uploaded once accepted', async () => {
    t.connector.files.set('q.xlsx', workbook);
    expect((await t.bot.post(fileMessage('質問票.xlsx', `${t.connector.url}/files/q.xlsx`))).status).toBe(200);
    expect(texts()).toContain(FILL_TEXT.received);

    await waitFor(() => attachmentsOf('application/vnd.microsoft.teams.card.file.consent').length === 1, 'the file consent card');
    const consent = attachmentsOf('application/vnd.microsoft.teams.card.file.consent')[0]!;
    expect(consent.name).toBe('質問票.kotae.xlsx');
    const content = consent.content as { sizeInBytes: number; acceptContext: unknown; declineContext: unknown };
    expect(content.sizeInBytes).toBeGreaterThan(1000);

    // The summary card: counts, the sheet and what was done, the cells written, the rows to check.
    const summary = cardTexts(attachmentsOf('application/vnd.microsoft.card.adaptive')[0]!.content).join('\n');
    const expected = QUESTIONS.map((q) => t.core.kotae.ask(q, { top: 3 }));
    expect(summary).toContain('チェックシートに回答を記入しました');
    expect(summary).toContain('設問 3 行：回答欄（C列「回答」・D列「備考」）に記入し');
    expect(summary).toMatch(/2 行目: (?:C2 ← [○×△−], )?D2 ← /);
    expect(summary).toContain('4 行目: ペンギンの好きな魚は何ですか');
    expect(expected.map((r) => r.answered)).toEqual([true, true, false]);

    t.connector.clear();
    const accepted = await t.bot.post(consentInvoke('accept', content.acceptContext));
    expect(accepted.status).toBe(200);
    expect(t.connector.uploads).toHaveLength(1);
    const upload = t.connector.uploads[0]!;
    expect(upload.contentRange).toBe(`bytes 0-${content.sizeInBytes - 1}/${content.sizeInBytes}`);
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.load(upload.bytes.slice().buffer);
    const sheet = filled.getWorksheet('質問票')!;
    expect(sheet.getCell('D2').value).toBe(expected[0]!.results[0]!.answer);
    expect(sheet.getCell('E1').value).toBe('kotae回答');
    expect(sheet.getCell('E4').value).toBe('要確認');
    const info = attachmentsOf('application/vnd.microsoft.teams.card.file.info')[0]!;
    expect(info).toMatchObject({ name: '質問票.kotae.xlsx', content: { uniqueId: 'item-9', fileType: 'xlsx' } });

    // The copy was handed over: accepting the same card again finds nothing left to upload.
    t.connector.clear();
    await t.bot.post(consentInvoke('accept', content.acceptContext));
    expect(t.connector.uploads).toHaveLength(0);
    expect(texts()).toContain(FILL_TEXT.uploadExpired);
  });

  it('forgets the filled copy when the person declines', async () => {
    t.connector.files.set('q.xlsx', workbook);
    await t.bot.post(fileMessage('質問票.xlsx', `${t.connector.url}/files/q.xlsx`));
    await waitFor(() => attachmentsOf('application/vnd.microsoft.teams.card.file.consent').length === 1, 'the file consent card');
    const context = (attachmentsOf('application/vnd.microsoft.teams.card.file.consent')[0]!.content as { declineContext: unknown })
      .declineContext;
    t.connector.clear();
    expect((await t.bot.post(consentInvoke('decline', context))).status).toBe(200);
    expect(texts()).toEqual([FILL_TEXT.declined]);
    await t.bot.post(consentInvoke('accept', context));
    expect(t.connector.uploads).toHaveLength(0);
  });

  it('says why a file cannot be filled, without downloading it', async () => {
    t.connector.files.set('r.pdf', new Uint8Array([1, 2, 3]));
    await t.bot.post(fileMessage('report.pdf', `${t.connector.url}/files/r.pdf`));
    expect(texts().join('\n')).toContain('report.pdf: not a spreadsheet (.pdf)');
    expect(texts()).not.toContain(FILL_TEXT.received);
  });

  it('still answers the question typed with a file it cannot fill', async () => {
    await t.bot.post({ ...fileMessage('report.pdf', `${t.connector.url}/files/r.pdf`), text: '通信は暗号化していますか' });
    expect(texts().join('\n')).toContain('report.pdf: not a spreadsheet (.pdf)');
    expect(attachmentsOf('application/vnd.microsoft.card.adaptive')).toHaveLength(1);
  });

  it('refuses a download URL off SharePoint and the Bot Connector', async () => {
    await t.bot.post(fileMessage('質問票.xlsx', 'https://files.example.net/q.xlsx'));
    await waitFor(() => texts().includes(FILL_TEXT.downloadFailed), 'the download failure message');
  });

  it('tells the person what is wrong with a file it cannot read', async () => {
    t.connector.files.set('broken.xlsx', new TextEncoder().encode('No,質問\n1,暗号化していますか\n'));
    await t.bot.post(fileMessage('broken.xlsx', `${t.connector.url}/files/broken.xlsx`));
    await waitFor(() => texts().join('\n').includes('broken.xlsx: not an .xlsx workbook'), 'why the file cannot be read');
  });

  it('leaves files in channels alone: only personal chats fill files', async () => {
    t.connector.files.set('q.xlsx', workbook);
    const activity = fileMessage('質問票.xlsx', `${t.connector.url}/files/q.xlsx`, {
      conversationType: 'channel',
      entities: [mention(BOT)],
    });
    await t.bot.post({ ...activity, text: '<at>kotae</at> 通信は暗号化していますか' });
    expect(texts()).not.toContain(FILL_TEXT.received);
    expect(attachmentsOf('application/vnd.microsoft.card.adaptive')).toHaveLength(1);
  });
});

describe('Teams file helpers', () => {
  it('takes file download info and named attachments, not cards or the HTML copy of the message', () => {
    const files = sharedTeamsFiles({
      attachments: [
        { contentType: FILE_DOWNLOAD_INFO, name: 'a.xlsx', content: { downloadUrl: 'https://x.sharepoint.com/a' } },
        { contentType: 'text/html', content: '<p>hi</p>' },
        { contentType: 'application/vnd.microsoft.card.adaptive', content: {} },
        {
          contentType: 'image/png',
          name: 'screenshot.png',
          contentUrl: 'https://smba.trafficmanager.net/jp/v3/attachments/1/views/original',
        },
        {
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          name: 'b.xlsx',
          contentUrl: 'http://localhost:3978/b',
        },
      ],
    });
    expect(files).toEqual([
      { name: 'a.xlsx', url: 'https://x.sharepoint.com/a' },
      { name: 'b.xlsx', url: 'http://localhost:3978/b' },
    ]);
  });

  it('allows HTTPS SharePoint/OneDrive hosts and the Bot Connector the activity came from, nothing else', () => {
    const service = 'https://smba.trafficmanager.net/jp/';
    expect(isTeamsFileUrl('https://contoso-my.sharepoint.com/personal/a/x.xlsx', service)).toBe(true);
    expect(isTeamsFileUrl('https://smba.trafficmanager.net/jp/v3/attachments/1', service)).toBe(true);
    for (const url of [
      'http://contoso.sharepoint.com/x',
      'https://sharepoint.com.evil.net/x',
      'https://user:pw@contoso.sharepoint.com/x',
      'https://contoso.sharepoint.com:8443/x',
      'not a url',
    ]) {
      expect(isTeamsFileUrl(url, service), url).toBe(false);
    }
  });

  it('keeps filled copies until they are taken or expire, dropping the oldest past the memory bound', () => {
    let now = 0;
    const store = new PendingUploads({ ttlMs: 1000, maxBytes: 10, now: () => now });
    const a = store.put({ fileName: 'a', bytes: new Uint8Array(6) });
    const b = store.put({ fileName: 'b', bytes: new Uint8Array(6) });
    expect(store.take(a)).toBeNull();
    now = 999;
    expect(store.take(b)?.fileName).toBe('b');
    expect(store.take(b)).toBeNull();
    const c = store.put({ fileName: 'c', bytes: new Uint8Array(1) });
    now = 2000;
    expect(store.take(c)).toBeNull();
  });
});
