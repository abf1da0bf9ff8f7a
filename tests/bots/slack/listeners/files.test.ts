import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationLine } from '../../../../src/present/citation.js';
import { MESSAGES } from '../../../../src/bots/slack/blocks.js';
import { answerText } from '../../../../src/fill/draft.js';
import { BOT_ID, BOT_USER_ID, RecordingServer } from '../fake-slack.js';
import { blockTexts, BOT_TOKEN, fileShareEvent, type Harness, mentionEvent, nextEventId, startHarness } from '../harness.js';
import { waitFor } from '../../../helpers/wait-for.js';

let h: Harness;
let foreign: RecordingServer;

beforeAll(async () => {
  h = await startHarness();
  foreign = new RecordingServer();
  await foreign.start();
}, 60_000);

afterAll(async () => {
  await h?.close();
  await foreign?.stop();
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Japanese checksheet questions: four the samples answer, two they cannot (one with markup). */
const QUESTIONS = [
  'データの暗号化はしていますか',
  'パスワードの最小文字数を教えてください',
  'バックアップは取得していますか',
  'ログの保存期間を教えてください',
  '猫の好きな食べ物は何ですか',
  '社員の <b>好きな色</b> & <!channel> は何ですか',
];

async function checksheetXlsx(questions: readonly string[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('チェックシート');
  sheet.addRow(['No.', '確認内容', '回答']);
  for (const [i, question] of questions.entries()) sheet.addRow([i + 1, question, '']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function checksheetCsvCp932(questions: readonly string[]): Uint8Array {
  const lines = ['No.,質問,回答', ...questions.map((question, i) => `${i + 1},${question},`)];
  return new Uint8Array(iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp932'));
}

const postsIn = (channel: string, threadTs?: string) =>
  h.fake.posts((body) => body.channel === channel && (threadTs === undefined || body.thread_ts === threadTs));
const textsIn = (channel: string) => postsIn(channel).map((call) => blockTexts(call.body.blocks).join('\n'));
const uploadsTo = (channel: string) => h.fake.completedUploads((upload) => upload.channelId === channel);
const requestsFor = (file: Record<string, unknown>) =>
  h.fake.fileRequests.filter((request) => String(file.url_private_download).endsWith(request.path));

/** Shares a small checksheet in another DM and waits for it to come back, so that earlier events have been handled. */
async function settle(): Promise<void> {
  const channel = `D0SETTLE${nextEventId()}`;
  const file = h.fake.addFile('settle.csv', new TextEncoder().encode('No.,質問\n1,データの暗号化はしていますか\n'), {
    contentType: 'text/csv',
  });
  await h.sendEvent(fileShareEvent([file], { channel }));
  await waitFor(() => uploadsTo(channel), 'the sentinel upload');
}

describe('a checksheet shared with the bot', () => {
  it('fills an .xlsx shared in a DM and uploads it in the thread, with the summary and the rows to check', async () => {
    const bytes = await checksheetXlsx(QUESTIONS);
    const file = h.fake.addFile('顧客チェックシート.xlsx', bytes, { contentType: XLSX_TYPE });
    const event = fileShareEvent([file], { channel: 'D0XLSX' });
    const response = await h.sendEvent(event);
    expect(response.status).toBe(200);

    // At once, in the thread of the message that shared the file.
    const [receipt] = await waitFor(() => postsIn('D0XLSX', event.ts as string), 'the receipt');
    expect(receipt!.body.text).toContain('チェックシートを受け取りました。回答を作成しています…');

    const [upload] = await waitFor(() => uploadsTo('D0XLSX'), 'the filled file');
    expect(upload!.threadTs).toBe(event.ts);
    expect(upload!.filename).toBe('顧客チェックシート.kotae.xlsx');

    // Downloaded once, from the URL Slack gave, with the bot token; the bytes went to the upload URL.
    const downloads = requestsFor(file);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(h.fake.fileRequests.find((request) => request.path === `/upload/${upload!.fileId}`)?.method).toBe('POST');

    // The kotae columns hold kotae's own answers.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      upload!.bytes!.buffer.slice(upload!.bytes!.byteOffset, upload!.bytes!.byteOffset + upload!.bytes!.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('チェックシート')!;
    const header = sheet.getRow(1).values as unknown[];
    const answerColumn = header.indexOf('kotae回答');
    const citationColumn = header.indexOf('kotae出典');
    expect(answerColumn).toBeGreaterThan(3);
    expect(citationColumn).toBe(answerColumn + 1);
    let answered = 0;
    const toCheck: number[] = [];
    QUESTIONS.forEach((question, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(2).value).toBe(question);
      const result = h.deps.kotae.ask(question, { top: 3 });
      if (result.answered) {
        answered++;
        expect(row.getCell(answerColumn).value).toBe(answerText(result.results[0]!));
        expect(row.getCell(citationColumn).value).toBe(citationLine(result.results[0]!));
      } else {
        toCheck.push(i + 2);
        expect(row.getCell(answerColumn).value).toBe('要確認');
      }
    });
    expect(answered, 'the samples answer the first four questions').toBeGreaterThanOrEqual(3);
    expect(toCheck.length, 'the last two have no confident answer').toBeGreaterThanOrEqual(2);

    // The comment: counts, then the rows to check with row number and question, escaped.
    const comment = String(upload!.initialComment);
    expect(comment).toContain(`行数 ${QUESTIONS.length} ・ 回答済み ${answered} ・ 要確認 ${toCheck.length}`);
    expect(comment).toContain('*要確認の行*');
    expect(comment).toContain('• 6 行目: 猫の好きな食べ物は何ですか');
    expect(comment).toContain('• 7 行目: 社員の &lt;b&gt;好きな色&lt;/b&gt; &amp; &lt;!channel&gt; は何ですか');
    expect(comment).not.toContain('<!channel>');
    expect(comment).not.toContain('データの暗号化はしていますか');

    // Nothing else was said in the DM, and the rows did not go to the unanswered log.
    expect(postsIn('D0XLSX')).toHaveLength(1);
    expect(h.logLines.some((line) => line.includes('"event":"slack_fill"') && line.includes('"outcome":"filled"'))).toBe(true);
  });

  it('fills a Shift_JIS (CP932) CSV and returns it in the same encoding', async () => {
    const questions = QUESTIONS.slice(0, 5);
    const bytes = checksheetCsvCp932(questions);
    const file = h.fake.addFile('checksheet.csv', bytes, { contentType: 'text/csv' });
    const event = fileShareEvent([file], { channel: 'D0CSV' });
    await h.sendEvent(event);
    const [upload] = await waitFor(() => uploadsTo('D0CSV'), 'the filled CSV');
    expect(upload!.filename).toBe('checksheet.kotae.csv');
    expect(upload!.threadTs).toBe(event.ts);

    const out = upload!.bytes!;
    const text = iconv.decode(out, 'cp932');
    // Valid CP932 (it round-trips), not UTF-8.
    expect(iconv.encode(text, 'cp932').equals(out)).toBe(true);
    expect(out.toString('utf8')).toContain('\uFFFD');
    const original = iconv.decode(Buffer.from(bytes), 'cp932').split('\r\n');
    expect(text.startsWith(`${original[0]},kotae回答,kotae出典,kotae信頼度,kotae候補\r\n`)).toBe(true);
    const encryption = h.deps.kotae.ask(questions[0]!, { top: 3 });
    expect(encryption.answered).toBe(true);
    // Citations use ›, which Shift_JIS writes as ＞.
    expect(text).toContain(encryption.results[0]!.citation.replace(/›/g, '＞'));
    expect(String(upload!.initialComment)).toContain(`行数 ${questions.length} ・`);
  });

  it('fills a file attached to a mention in a channel, in the thread of the mention', async () => {
    const file = h.fake.addFile('vendor.xlsx', await checksheetXlsx(QUESTIONS.slice(0, 2)), { contentType: XLSX_TYPE });
    const event = mentionEvent('このチェックシートに回答してください', { channel: 'C0FILES', files: [file] });
    await h.sendEvent(event);
    const [upload] = await waitFor(() => uploadsTo('C0FILES'), 'the filled file in the channel');
    expect(upload!.threadTs).toBe(event.ts);
    const [receipt] = postsIn('C0FILES', event.ts as string);
    expect(receipt!.body.text).toContain('チェックシートを受け取りました');
    // The text of the mention was not answered as a question besides.
    expect(postsIn('C0FILES')).toHaveLength(1);
  });

  it('answers a file it cannot fill (.pdf) with a polite note, and downloads and uploads nothing', async () => {
    const file = h.fake.addFile('security-whitepaper.pdf', new TextEncoder().encode('%PDF-1.7'), { contentType: 'application/pdf' });
    const event = fileShareEvent([file], { channel: 'D0PDF' });
    await h.sendEvent(event);
    const [note] = await waitFor(() => postsIn('D0PDF', event.ts as string), 'the polite note');
    const text = blockTexts(note!.body.blocks).join('\n');
    expect(text).toContain('.xlsx・.xlsm・.csv・.tsv');
    expect(text).toContain('security-whitepaper.pdf: not a spreadsheet (.pdf)');
    await settle();
    expect(postsIn('D0PDF')).toHaveLength(1);
    expect(requestsFor(file)).toHaveLength(0);
    expect(uploadsTo('D0PDF')).toHaveLength(0);
  });

  it('still answers the question typed with a file it cannot fill', async () => {
    const file = h.fake.addFile('screenshot.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { contentType: 'image/png' });
    await h.sendEvent(fileShareEvent([file], { channel: 'D0PNG', text: 'データの暗号化はしていますか' }));
    const texts = await waitFor(() => (textsIn('D0PNG').length >= 2 ? textsIn('D0PNG') : undefined), 'the note and the answer');
    expect(texts[0]).toContain('.xlsx・.xlsm・.csv・.tsv');
    expect(texts[1]).toContain(`📄 ${h.topAnswer('データの暗号化はしていますか').citation}`);
  });

  it('refuses a download URL on a host that is not Slack, without sending the token there', async () => {
    const file = h.fake.addFile('checksheet.csv', new TextEncoder().encode('No.,質問\n1,データの暗号化はしていますか\n'), {
      contentType: 'text/csv',
    });
    const planted = {
      ...file,
      url_private_download: `${foreign.base}/files-pri/T0KOTAE-F0EVIL/download/checksheet.csv`,
      url_private: `${foreign.base}/x`,
    };
    const event = fileShareEvent([planted], { channel: 'D0FOREIGN' });
    await h.sendEvent(event);
    await waitFor(() => textsIn('D0FOREIGN').find((text) => text.includes('取得できませんでした')), 'the could-not-fetch note');
    expect(foreign.requests).toHaveLength(0);
    expect(requestsFor(file)).toHaveLength(0);
    expect(uploadsTo('D0FOREIGN')).toHaveLength(0);
    const refused = h.logLines.find((line) => line.includes('"event":"slack_file_refused"'));
    expect(refused).toContain(foreign.base.replace('http://', ''));
    expect(refused).not.toContain(BOT_TOKEN);
  });

  it('does not send the token along with an upload to a URL off Slack', async () => {
    h.fake.uploadBase = foreign.base;
    try {
      const file = h.fake.addFile('offsite.csv', new TextEncoder().encode('No.,質問\n1,データの暗号化はしていますか\n'), {
        contentType: 'text/csv',
      });
      await h.sendEvent(fileShareEvent([file], { channel: 'D0OFFSITE' }));
      const [upload] = await waitFor(() => uploadsTo('D0OFFSITE'), 'the completed upload');
      const post = foreign.requests.find((request) => request.path === `/upload/${upload!.fileId}`);
      expect(post?.method).toBe('POST');
      expect(post?.authorization).toBeUndefined();
    } finally {
      h.fake.uploadBase = null;
    }
  });

  it('fills once when Slack delivers the same event again', async () => {
    const file = h.fake.addFile('retry.xlsx', await checksheetXlsx(QUESTIONS.slice(0, 3)), { contentType: XLSX_TYPE });
    const event = fileShareEvent([file], { channel: 'D0RETRY' });
    const eventId = nextEventId();
    await Promise.all([h.sendEvent(event, { eventId }), h.sendEvent(event, { eventId })]);
    await waitFor(() => uploadsTo('D0RETRY'), 'the filled file');
    await h.sendEvent(event, { eventId, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    // The same message as a new event id (a DM that also mentions the bot arrives twice).
    await h.sendEvent({ ...event, type: 'app_mention', subtype: undefined });
    await settle();
    expect(uploadsTo('D0RETRY')).toHaveLength(1);
    expect(requestsFor(file)).toHaveLength(1);
    expect(postsIn('D0RETRY')).toHaveLength(1);
  });

  it('ignores its own uploads when they come back as file shares', async () => {
    const file = h.fake.addFile('answers.kotae.xlsx', await checksheetXlsx(QUESTIONS.slice(0, 1)), { contentType: XLSX_TYPE });
    await h.sendEvent(fileShareEvent([file], { channel: 'D0SELF', user: BOT_USER_ID, bot_id: BOT_ID }));
    await settle();
    expect(postsIn('D0SELF')).toHaveLength(0);
    expect(requestsFor(file)).toHaveLength(0);
    expect(uploadsTo('D0SELF')).toHaveLength(0);
  });

  it('says briefly why a file cannot be filled (FillError), and uploads nothing', async () => {
    const file = h.fake.addFile('broken.xlsx', new TextEncoder().encode('this is not a workbook'), { contentType: XLSX_TYPE });
    await h.sendEvent(fileShareEvent([file], { channel: 'D0BROKEN' }));
    const note = await waitFor(() => textsIn('D0BROKEN').find((text) => text.includes('記入できませんでした')), 'the FillError note');
    expect(note).toContain('broken.xlsx: ');
    await settle();
    expect(uploadsTo('D0BROKEN')).toHaveLength(0);
    expect(textsIn('D0BROKEN')).toHaveLength(2);
  });

  it('refuses a file over 10 MB without downloading it', async () => {
    const file = h.fake.addFile('huge.csv', new TextEncoder().encode('No.,質問\n'), {
      contentType: 'text/csv',
      extra: { size: 11 * 1024 * 1024 },
    });
    await h.sendEvent(fileShareEvent([file], { channel: 'D0HUGE' }));
    const note = await waitFor(() => textsIn('D0HUGE').find((text) => text.includes('大きすぎます')), 'the too-large note');
    expect(note).toContain('10 MB');
    expect(requestsFor(file)).toHaveLength(0);
  });

  it('looks a file up with files.info when Slack sent only its id (Slack Connect)', async () => {
    const file = h.fake.addFile('connect.csv', new TextEncoder().encode('No.,質問\n1,データの暗号化はしていますか\n'), {
      contentType: 'text/csv',
    });
    const stub = { id: file.id, mode: 'file_access', file_access: 'check_file_info', created: 0, timestamp: 0, user: '' };
    await h.sendEvent(fileShareEvent([stub], { channel: 'D0CONNECT' }));
    const [upload] = await waitFor(() => uploadsTo('D0CONNECT'), 'the filled file');
    expect(upload!.filename).toBe('connect.kotae.csv');
    expect(h.fake.calls.some((call) => call.method === 'files.info' && call.body.file === file.id)).toBe(true);
  });

  it('tells the person when the filled file cannot be uploaded', async () => {
    h.fake.script('files.completeUploadExternal', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    const file = h.fake.addFile('unlucky.csv', new TextEncoder().encode('No.,質問\n1,データの暗号化はしていますか\n'), {
      contentType: 'text/csv',
    });
    await h.sendEvent(fileShareEvent([file], { channel: 'D0NOUPLOAD' }));
    const note = await waitFor(
      () => textsIn('D0NOUPLOAD').find((text) => text.includes('アップロードできませんでした')),
      'the upload-failed note',
    );
    expect(note).toBe(MESSAGES.fillUploadFailed);
    expect(h.logLines.some((line) => line.includes('could not fill a shared file') && line.includes('not_in_channel'))).toBe(true);
  });

  it('never writes the bot token to the logs', () => {
    expect(h.logLines.join('\n')).not.toContain(BOT_TOKEN);
  });
});

describe('a shared checksheet and the fill slots', () => {
  /** Takes `count` places in the server's fill slots (running, then waiting) until released. */
  function occupySlots(count: number): { release(): void; done: Promise<unknown> } {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const done = Promise.allSettled(Array.from({ length: count }, () => h.deps.fills.slots.run(() => held)));
    return { release, done };
  }

  it('waits for a slot the web uploads hold, then fills the file', async () => {
    const { slots } = h.deps.fills;
    const occupied = occupySlots(slots.size);
    try {
      const file = h.fake.addFile('順番待ち.csv', new TextEncoder().encode('No.,質問\n1,データの暗号化はしていますか\n'), {
        contentType: 'text/csv',
      });
      await h.sendEvent(fileShareEvent([file], { channel: 'D0QUEUED' }));
      await waitFor(() => slots.queued === 1, 'the shared file waiting for a slot');
      expect(uploadsTo('D0QUEUED')).toHaveLength(0);
    } finally {
      occupied.release();
    }
    await occupied.done;
    await waitFor(() => uploadsTo('D0QUEUED'), 'the filled file');
  });

  it('says the server is busy, and fills nothing, when every slot and place in the queue is taken', async () => {
    const { slots } = h.deps.fills;
    const occupied = occupySlots(slots.size + slots.queue);
    try {
      const file = h.fake.addFile('混雑.csv', new TextEncoder().encode('No.,質問\n1,データの暗号化はしていますか\n'), {
        contentType: 'text/csv',
      });
      await h.sendEvent(fileShareEvent([file], { channel: 'D0BUSY' }));
      await waitFor(() => textsIn('D0BUSY').some((text) => text.includes(MESSAGES.fillBusy)), 'the busy notice');
      expect(uploadsTo('D0BUSY')).toHaveLength(0);
      expect(h.logLines.some((line) => line.includes('"outcome":"busy"'))).toBe(true);
    } finally {
      occupied.release();
    }
    await occupied.done;
  });
});
