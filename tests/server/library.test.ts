import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidatesOf } from '../../src/present/index.js';
import {
  ADMIN_TOKEN,
  admin,
  ask,
  ENCRYPTION_QUESTION,
  NONSENSE_QUESTION,
  PENGUIN_QUESTION,
  useAdminServers,
} from '../support/kotae-server.js';

const servers = useAdminServers();

async function post(pathname: string, body: unknown, options: { token?: string | null; base?: string; contentType?: string } = {}) {
  const token = options.token === undefined ? ADMIN_TOKEN : options.token;
  const response = await fetch(new URL(pathname, options.base ?? servers.withToken.url), {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function getJson(pathname: string) {
  const response = await admin(servers.withToken.url, pathname);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('POST /api/admin/answers', () => {
  it('saves an expert answer into kotae-curated.csv and answers 201 once the next ask returns it with its citation', async () => {
    expect((await ask(servers.withToken.url, { question: PENGUIN_QUESTION })).body.answered).toBe(false);
    const saved = await post('api/admin/answers', {
      question: PENGUIN_QUESTION,
      answer: '社内規程でペンギンの飼育方針を定めています。',
      status: '○',
      author: '山田',
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      id: 'C-1',
      file: 'kotae-curated.csv',
      served: true,
      citation: expect.stringMatching(/^kotae-curated\.csv › No\.C-1 \(山田, \d{4}-\d{2}-\d{2}\)$/),
    });
    const answer = await ask(servers.withToken.url, { question: PENGUIN_QUESTION });
    expect(answer.body.answered).toBe(true);
    expect(answer.body.results![0]).toMatchObject({
      answer: '社内規程でペンギンの飼育方針を定めています。',
      citation: saved.body.citation,
    });
    const file = readFileSync(path.join(servers.dirs.knowledge, 'kotae-curated.csv'), 'utf8');
    expect(file.startsWith('\uFEFF項番,カテゴリ,質問,回答状況,回答,備考,回答者,登録日\r\n')).toBe(true);
    expect(servers.withToken.logLines().some((line) => line.event === 'reload' && line.trigger === 'answer')).toBe(true);
  });

  it('keeps every one of several answers sent at once, each served under its own id', async () => {
    const animals = ['カピバラ', 'アルパカ', 'ラッコ', 'コアラ', 'パンダ'];
    const responses = await Promise.all(
      animals.map((animal) =>
        post('api/admin/answers', {
          question: `${animal}の飼育記録はありますか`,
          answer: `${animal}の飼育記録を毎日つけています。`,
          author: '鈴木',
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(animals.map(() => 201));
    const ids = responses.map((r) => r.body.id as string);
    expect(new Set(ids).size).toBe(animals.length);
    expect(responses.every((r) => r.body.served === true)).toBe(true);
    for (const [i, animal] of animals.entries()) {
      const answer = await ask(servers.withToken.url, { question: `${animal}の飼育記録はありますか` });
      expect(answer.body.results![0]!.citation).toBe(responses[i]!.body.citation);
    }
  });

  it('refuses bad input with 400 naming each field, before writing anything', async () => {
    const before = readFileSync(path.join(servers.dirs.knowledge, 'kotae-curated.csv'));
    expect(await post('api/admin/answers', { question: 'MFAは必須ですか' })).toEqual({
      status: 400,
      body: { error: 'answer: is required' },
    });
    expect(await post('api/admin/answers', { question: '', answer: 'はい', status: 'たぶん' })).toEqual({
      status: 400,
      body: { error: 'question: must not be empty; status: must be one of ○ × △ − (or はい / いいえ / 一部 / 該当なし, yes / no)' },
    });
    expect(await post('api/admin/answers', ['not', 'an', 'object'])).toEqual({
      status: 400,
      body: { error: 'the body must be a JSON object like {"question": "...", "answer": "..."}' },
    });
    expect((await post('api/admin/answers', '{"question":', {})).status).toBe(400);
    expect((await post('api/admin/answers', 'question=x', { contentType: 'text/plain' })).status).toBe(415);
    const huge = await post('api/admin/answers', { question: 'q', answer: 'あ'.repeat(30_000) });
    expect(huge).toEqual({ status: 413, body: { error: 'request body too large: the limit is 64 KB' } });
    expect(readFileSync(path.join(servers.dirs.knowledge, 'kotae-curated.csv'))).toEqual(before);
  });

  it('needs the admin token, and does not exist without one configured', async () => {
    expect((await post('api/admin/answers', { question: 'q', answer: 'a' }, { token: null })).status).toBe(401);
    expect((await post('api/admin/answers', { question: 'q', answer: 'a' }, { token: 'wrong-token-but-long-enough' })).status).toBe(401);
    expect((await post('api/admin/answers', { question: 'q', answer: 'a' }, { base: servers.withoutToken.url })).status).toBe(404);
    for (const pathname of ['api/admin/escalations', 'api/admin/report']) {
      expect((await admin(servers.withoutToken.url, pathname)).status).toBe(404);
      expect((await admin(servers.withToken.url, pathname, { token: null })).status).toBe(401);
    }
  });
});

describe('escalations over HTTP', () => {
  it('lists open escalations and answers one into the knowledge; a second answer is 409, an unknown id 404', async () => {
    const { deps } = servers.withToken;
    const question = 'ミーアキャットの飼育記録はありますか';
    const escalation = await deps.escalations.record({
      question,
      asker: { id: 'U1', name: '佐藤' },
      surface: 'slack',
      where: { channel: 'C1', thread_ts: '1.2' },
      candidates: candidatesOf(deps.kotae.ask(question)),
    });
    const open = await getJson('api/admin/escalations');
    expect(open.status).toBe(200);
    expect((open.body.entries as Array<{ id: string }>).map((e) => e.id)).toContain(escalation.id);

    const answered = await post(`api/admin/escalations/${escalation.id}/answer`, {
      answer: 'ミーアキャットの飼育記録を毎日つけています。',
      status: 'はい',
      author: '山田',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      escalation: { id: escalation.id, state: 'answered', answered: { by: '山田', status: '○' } },
      saved: { served: true },
    });
    expect((await ask(servers.withToken.url, { question })).body.results![0]!.citation).toBe(
      (answered.body.saved as { citation: string }).citation,
    );

    expect((await post(`api/admin/escalations/${escalation.id}/answer`, { answer: 'もう一度' })).status).toBe(409);
    expect((await post('api/admin/escalations/not-an-id/answer', { answer: 'x' })).status).toBe(404);
    expect(await post(`api/admin/escalations/${escalation.id}/answer`, { answer: 'x', addToKnowledge: 'yes' })).toEqual({
      status: 400,
      body: { error: 'addToKnowledge: must be true or false' },
    });
    const done = await getJson('api/admin/escalations?state=answered&limit=5');
    expect((done.body.entries as Array<{ id: string }>)[0]!.id).toBe(escalation.id);
    expect((await getJson('api/admin/escalations?state=maybe')).status).toBe(400);
  });
});

describe('GET /api/admin/report', () => {
  it('reports the library and the usage of the questions just asked', async () => {
    await ask(servers.withToken.url, { question: ENCRYPTION_QUESTION });
    await ask(servers.withToken.url, { question: NONSENSE_QUESTION }, { 'x-kotae-client': 'web' });
    const { status, body } = await getJson('api/admin/report?days=7');
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual([
      'conflicts',
      'coverage',
      'duplicates',
      'generatedAt',
      'knowledge',
      'missingWords',
      'reviewMonths',
      'stale',
      'usage',
    ]);
    const usage = body.usage as { days: number; questions: number; surfaces: Array<{ surface: string; questions: number }> };
    expect(usage.days).toBe(7);
    expect(usage.questions).toBeGreaterThanOrEqual(2);
    expect(usage.surfaces.map((s) => s.surface).sort()).toEqual(['api', 'web']);
    expect((body.conflicts as unknown[]).length).toBeGreaterThan(0);
    expect(await getJson('api/admin/report?days=0')).toEqual({ status: 400, body: { error: 'days: must be from 1 to 366' } });
  });
});
