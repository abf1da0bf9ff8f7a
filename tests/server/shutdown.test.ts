import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENCRYPTION_QUESTION, makeTempDirs, spawnServe, type ServeProcess, type TempDirs } from '../support/kotae-server.js';
import { waitFor } from '../helpers/wait-for.js';

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
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, json: JSON.parse(text) as { answered: boolean } }),
      );
    });
    req.on('error', reject);
  });
  req.write(body.subarray(0, half));
  return { response, finish: () => req.end(body.subarray(half)) };
}

/** How a fresh TCP connection to the server's port fares. */
function tryConnect(url: string): Promise<'connected' | string> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
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
  it('on SIGTERM refuses new connections at once, finishes the request in flight with Connection: close, and exits 0', async () => {
    serve = await spawnServe(dirs.root, { KNOWLEDGE_DIR: dirs.knowledge, KOTAE_DATA_DIR: dirs.data });
    const { url } = serve;
    await waitFor(async () => (await readyz(url)).status === 200, 'the knowledge to load');

    const slow = slowAsk(url, ENCRYPTION_QUESTION);
    await waitFor(async () => (await readyz(url)).body.inFlight === 1, 'the slow request to reach the server');

    serve.child.kill('SIGTERM');
    await waitFor(() => serve!.stdout().includes('"event":"draining"'), 'the server to start draining');
    expect(await tryConnect(url)).toBe('ECONNREFUSED');

    slow.finish();
    const answer = await slow.response;
    expect(answer.status).toBe(200);
    expect(answer.json.answered).toBe(true);
    expect(answer.connection).toBe('close');

    expect(await serve.exited).toEqual({ code: 0, signal: null });
    expect(serve.stdout()).toContain('"event":"stopped"');
    expect(serve.stdout()).not.toContain('drain_timeout');
  });

  it('under steady load on kept-alive connections, answers every request already sent, refuses new connections, and exits 0 before the drain deadline', async () => {
    serve = await spawnServe(dirs.root, { KNOWLEDGE_DIR: dirs.knowledge, KOTAE_DATA_DIR: dirs.data });
    const { url } = serve;
    await waitFor(async () => (await readyz(url)).status === 200, 'the knowledge to load');

    // Askers whose requests each stay in flight for a moment (the body arrives in two parts), one
    // after another on kept-alive connections: with eight of them, some request is always in flight.
    const statuses: number[] = [];
    let answered = 0;
    const askers = Array.from({ length: 8 }, async () => {
      for (;;) {
        const slow = slowAsk(url, ENCRYPTION_QUESTION);
        setTimeout(slow.finish, 40);
        try {
          statuses.push((await slow.response).status);
          answered++;
        } catch (error) {
          return (error as NodeJS.ErrnoException).code;
        }
      }
    });
    await waitFor(() => answered >= 24, 'the askers to be answered');
    serve.child.kill('SIGTERM');
    // Each asker's last request is refused a connection: none is reset after it was sent.
    expect(await Promise.all(askers)).toEqual(Array(8).fill('ECONNREFUSED'));

    expect(await serve.exited).toEqual({ code: 0, signal: null });
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(serve.stdout()).toContain('"event":"stopped"');
    expect(serve.stdout()).not.toContain('drain_timeout');
  });

  it('exits 0 on SIGTERM right after answering, without waiting out the drain deadline for the idle kept-alive connection', async () => {
    serve = await spawnServe(dirs.root, { KNOWLEDGE_DIR: dirs.knowledge, KOTAE_DATA_DIR: dirs.data });
    const response = await fetch(new URL('api/ask', serve.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: ENCRYPTION_QUESTION }),
    });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toEqual({ code: 0, signal: null });
    expect(serve.stdout()).toContain('"event":"stopped"');
    expect(serve.stdout()).not.toContain('drain_timeout');
  });
});
