import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS } from '../../src/server/routes/ask.js';
import {
  ADMIN_TOKEN,
  BIN,
  ENCRYPTION_QUESTION,
  NONSENSE_QUESTION,
  admin,
  ask,
  cleanEnv,
  makeTempDirs,
  startTestServer,
  type TempDirs,
  type TestServer,
} from '../support/kotae-server.js';

let dirs: TempDirs;
let kotae: TestServer;

beforeAll(async () => {
  dirs = await makeTempDirs();
  kotae = await startTestServer({ knowledgeDir: dirs.knowledge, dataDir: dirs.data, env: { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN } });
});

afterAll(async () => {
  await kotae?.stop();
  await dirs?.remove();
});

const withoutTiming = (result: object) => ({ ...result, took_ms: 0 });

describe('POST /api/ask', () => {
  it('answers with the same JSON as `kotae ask --json` on the same folder', async () => {
    const { status, body } = await ask(kotae.url, { question: ENCRYPTION_QUESTION, top: 3 });
    const cli = await promisify(execFile)(
      process.execPath,
      [BIN, 'ask', '--json', '--top', '3', '--knowledge', dirs.knowledge, ENCRYPTION_QUESTION],
      {
        env: cleanEnv({}),
      },
    );
    expect(status).toBe(200);
    expect(body.answered).toBe(true);
    expect(body.results).toHaveLength(3);
    expect(body.results?.[0]?.citation).toMatch(/^jinjer\.txt › /);
    expect(withoutTiming(body)).toEqual(withoutTiming(JSON.parse(cli.stdout) as object));
  });

  it('names the security control each result was matched on, and explains its features when asked', async () => {
    const response = await fetch(new URL('api/ask', kotae.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: '多要素認証に対応していますか', top: 2, explain: true }),
    });
    const body = (await response.json()) as {
      results: Array<{ controls: Array<{ id: string; label: string }>; features?: { coverage: number } }>;
    };
    expect(body.results[0]!.controls[0]).toMatchObject({ id: '8.5-mfa', label: '多要素認証' });
    expect(body.results[0]!.features?.coverage).toBeGreaterThan(0);
  });

  it('says why there is no answer when the question is about a control the knowledge does not cover', async () => {
    const response = await fetch(new URL('api/ask', kotae.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'バグバウンティ制度はありますか' }),
    });
    const body = (await response.json()) as { answered: boolean; reason?: { code: string; message: string } };
    expect(body.answered).toBe(false);
    expect(body.reason).toMatchObject({
      code: 'control_not_in_knowledge',
      message: expect.stringMatching(/^この項目（.+）の回答はナレッジにありません。$/),
    });
  });

  it('passes top and collection through to the answering core', async () => {
    const top1 = await ask(kotae.url, { question: ENCRYPTION_QUESTION, top: 1 });
    expect(top1.body.results).toHaveLength(1);
    const none = await ask(kotae.url, { question: ENCRYPTION_QUESTION, collection: 'no-such-collection' });
    expect(none.status).toBe(200);
    expect(none.body.results).toEqual([]);
  });

  it('writes one log line per question with latency, answered or not, and the top item', async () => {
    await ask(kotae.url, { question: 'ISMS認証を取得していますか' }, { 'x-kotae-client': 'web' });
    const line = kotae.logLines().find((l) => l.event === 'question' && l.channel === 'web');
    expect(line).toMatchObject({ event: 'question', channel: 'web', answered: true });
    expect(typeof line?.took_ms).toBe('number');
    expect(typeof line?.top_item).toBe('string');
  });

  it('keeps questions without a confident answer in the data folder, and lists them for admins', async () => {
    const { status, body } = await ask(kotae.url, { question: NONSENSE_QUESTION });
    expect(status).toBe(200);
    expect(body.answered).toBe(false);

    const file = await readFile(path.join(dirs.data, 'unanswered.jsonl'), 'utf8');
    expect(
      file
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { question: string; channel: string }),
    ).toContainEqual(expect.objectContaining({ question: NONSENSE_QUESTION, channel: 'api' }));
    const listed = await admin(kotae.url, 'api/admin/unanswered');
    expect(listed.status).toBe(200);
    const { entries } = (await listed.json()) as { entries: Array<{ question: string }> };
    expect(entries.map((e) => e.question)).toContain(NONSENSE_QUESTION);
  });
});

describe('POST /api/ask limits', () => {
  it(`refuses a question longer than ${MAX_QUESTION_CHARS} characters with 400 and says why`, async () => {
    const { status, body } = await ask(kotae.url, { question: 'あ'.repeat(MAX_QUESTION_CHARS + 1) });
    expect(status).toBe(400);
    expect(body.error).toMatch(/question: must be at most 1000 characters/);
    expect((await ask(kotae.url, { question: 'あ'.repeat(MAX_QUESTION_CHARS) })).status).toBe(200);
  });

  it('refuses a body over 16 KB with 413', async () => {
    const { status, body } = await ask(kotae.url, { question: 'a', padding: 'x'.repeat(17 * 1024) });
    expect(status).toBe(413);
    expect(body.error).toMatch(/too large.*16 KB/);
  });

  it.each([
    [{ question: 42 }, /question: must be a string/],
    [{}, /question: is required/],
    [{ question: '   ' }, /question: must not be empty/],
    [{ question: 'a', top: 0 }, /top: must be from 1 to 50/],
    [{ question: 'a', top: 51 }, /top: must be from 1 to 50/],
    [{ question: 'a', top: 2.5 }, /top: must be a whole number/],
    [{ question: 'a', top: '3' }, /top: must be a number/],
    [{ question: 'a', collection: 7 }, /collection: must be a string/],
    [['question'], /JSON object/],
  ])('refuses %j with 400', async (body, message) => {
    const response = await ask(kotae.url, body);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(message);
  });

  it('refuses malformed JSON with 400 and a non-JSON body with 415', async () => {
    const malformed = await ask(kotae.url, '{"question": ');
    expect(malformed).toEqual({ status: 400, body: { error: 'the request body is not valid JSON' } });
    const text = await fetch(new URL('api/ask', kotae.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'データは?',
    });
    expect(text.status).toBe(415);
    expect(((await text.json()) as { error: string }).error).toMatch(/Content-Type: application\/json/);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await fetch(new URL('api/nothing-here', kotae.url));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'no such endpoint: GET /api/nothing-here' });
  });
});
