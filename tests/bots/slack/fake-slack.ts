/**
 * A local HTTP server standing in for Slack: the Web API (`SLACK_API_URL` points here) and the
 * response_url hooks of commands and button clicks. It records what the bot sent and can be told
 * to fail or rate-limit the next call of a method.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_USER_ID = 'UBOT';
export const BOT_ID = 'BBOT';
export const TEAM_ID = 'T0KOTAE';

export interface ApiCall {
  readonly method: string;
  /** Form fields, with `blocks` parsed from its JSON string. */
  readonly body: Record<string, unknown>;
  readonly authorization: string | undefined;
  /** The raw request body, for "does this text appear anywhere" checks. */
  readonly raw: string;
  /** Answered with a scripted failure or 429 instead of success. */
  readonly scripted: boolean;
}

export interface HookPost {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly raw: string;
}

interface ScriptedReply {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body: unknown;
}

export class FakeSlack {
  /** Every Web API request, including ones answered with an error or a 429. */
  readonly calls: ApiCall[] = [];
  readonly hookPosts: HookPost[] = [];
  private readonly scripted = new Map<string, ScriptedReply[]>();
  private server: http.Server | null = null;
  private base = '';
  authTest: Record<string, unknown> = { ok: true, url: 'https://kotae-test.slack.com/', team: 'kotae', user: 'kotae', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };

  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.base}/hooks/${id}`;
  }

  /** Answers the next call(s) of `method` with these replies, in order, then normally again. */
  script(method: string, ...replies: ScriptedReply[]): void {
    this.scripted.set(method, [...(this.scripted.get(method) ?? []), ...replies]);
  }

  /** Successful chat.postMessage calls (what users saw). */
  posts(filter: (body: Record<string, unknown>) => boolean = () => true): ApiCall[] {
    return this.calls.filter((call) => call.method === 'chat.postMessage' && !call.scripted && filter(call.body));
  }

  hooks(id: string): HookPost[] {
    return this.hookPosts.filter((post) => post.id === id);
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.handle(req, Buffer.concat(chunks).toString('utf8'), res));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.base);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (url.pathname.startsWith('/hooks/')) {
      this.hookPosts.push({ id: url.pathname.slice('/hooks/'.length), body: JSON.parse(raw) as Record<string, unknown>, raw });
      send(200, { ok: true });
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      send(404, { ok: false, error: 'unknown_path' });
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const body = parseBody(raw, req.headers['content-type']);
    const scripted = this.scripted.get(method)?.shift();
    this.calls.push({ method, body, authorization: req.headers.authorization, raw, scripted: scripted !== undefined });
    if (scripted) {
      send(scripted.status, scripted.body, scripted.headers);
      return;
    }
    if (method === 'auth.test') send(200, this.authTest);
    else if (method === 'chat.postMessage') send(200, { ok: true, channel: body.channel, ts: `${Date.now() / 1000}`, message: { text: body.text } });
    else if (method === 'chat.postEphemeral') send(200, { ok: true, message_ts: `${Date.now() / 1000}` });
    else send(200, { ok: false, error: 'unknown_method' });
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = key === 'blocks' || key === 'attachments' ? (JSON.parse(value) as unknown) : value;
  }
  return body;
}

/** Polls until `probe` returns something (not undefined/false/empty array), or fails after a while. */
export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
