import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENCRYPTION_QUESTION, makeTempDirs, spawnServe, waitFor, type ServeProcess, type TempDirs } from '../support/kotae-server.js';

interface Readiness {
  readonly status: string;
  readonly inFlight: number;
}

const readyz = async (url: string) => {
  const response = await fetch(new URL('readyz', url));
  return { status: response.status, body: (await response.json()) as Readiness };
};

/**
 * A POST whose body arrives in two parts: between them the request is in flight on the server,
 * for as long as the test wants, with no test hook in the server.
 */
function slowAsk(url: string, question: string) {
  const body = Buffer.from(JSON.stringify({ question }));
  const half = Math.floor(body.length / 2);
  const req = request(new URL('api/ask', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
  });
  const response = new Promise<{ status: number; connection: string | undefined; json: { answered: boolean } }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, json: JSON.parse(text) as { answered: boolean } }));
    });
    req.on('error', reject);
  });
  req.write(body.subarray(0, half));
  return { response, finish: () => req.end(body.subarray(half)) };
}

let dirs: TempDirs;
let serve: ServeProcess | undefined;

beforeEach(async () => {
  dirs = await makeTempDirs();
});

afterEach(async () => {
  if (serve && serve.child.exitCode === null && serve.child.signalCode === null) serve.child.kill('SIGKILL');
  serve = undefined;
  await dirs.remove();
});

describe('kotae serve shutdown', () => {
  it('on SIGTERM turns /readyz 503, finishes the request in flight, and exits 0 within 10 s', async () => {
    serve = await spawnServe(dirs.root, { KNOWLEDGE_DIR: dirs.knowledge, KOTAE_DATA_DIR: dirs.data });
    const { url } = serve;
    await waitFor(async () => (await readyz(url)).status === 200, 'the knowledge to load');

    const slow = slowAsk(url, ENCRYPTION_QUESTION);
    await waitFor(async () => (await readyz(url)).body.inFlight === 1, 'the slow request to reach the server');

    const signalledAt = Date.now();
    serve.child.kill('SIGTERM');
    await waitFor(() => serve!.stdout().includes('"event":"draining"'), 'the server to start draining');

    expect(await readyz(url)).toEqual({ status: 503, body: expect.objectContaining({ status: 'draining', inFlight: 1 }) });

    slow.finish();
    const answer = await slow.response;
    expect(answer.status).toBe(200);
    expect(answer.json.answered).toBe(true);
    expect(answer.connection).toBe('close');

    const exit = await serve.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(serve.stdout()).toContain('"event":"stopped"');
  });

  it('exits 0 promptly on SIGTERM right after answering', async () => {
    serve = await spawnServe(dirs.root, { KNOWLEDGE_DIR: dirs.knowledge, KOTAE_DATA_DIR: dirs.data });
    const response = await fetch(new URL('api/ask', serve.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: ENCRYPTION_QUESTION }),
    });
    expect(response.status).toBe(200);
    const signalledAt = Date.now();
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
  });
});
