/**
 * A local HTTP server standing in for Slack: the Web API (`SLACK_API_URL` points here) and the
 * response_url hooks of commands and button clicks. It records what the bot sent and can be told
 * to fail or rate-limit the next call of a method. For Socket Mode it also plays Slack's WebSocket
 * end (a minimal RFC 6455 server: text frames, ping/pong, close), sending envelopes and recording
 * the client's acks. For files it plays files.slack.com: private downloads that need the bot
 * token (without it, a sign-in page, as Slack does), and the three steps of files.uploadV2
 * (`files.getUploadURLExternal`, the POST of the bytes to the upload URL, `files.completeUploadExternal`).
 * For 「専門家に聞く」 it answers `chat.getPermalink`, `chat.update`, `views.open` and `users.info`
 * (with the display names a test gives it).
 */
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

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

/** A file the bot shared with files.uploadV2, as it stands once the upload is complete. */
export interface CompletedUpload {
  readonly fileId: string;
  readonly filename: string;
  readonly title: string | undefined;
  readonly channelId: unknown;
  readonly threadTs: unknown;
  readonly initialComment: unknown;
  /** What was POSTed to the upload URL; undefined when it went to another server. */
  readonly bytes: Buffer | undefined;
}

/** A request to a stand-in for a file host: GET of a private file, or POST to an upload URL. */
export interface FileRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
}

interface StoredFile {
  readonly name: string;
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly object: Record<string, unknown>;
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
  /** Envelope ids the Socket Mode client acknowledged. */
  readonly acks: string[] = [];
  private readonly sockets = new Set<Duplex>();
  private server: http.Server | null = null;
  private base = '';
  authTest: Record<string, unknown> = {
    ok: true,
    url: 'https://kotae-test.slack.com/',
    team: 'kotae',
    user: 'kotae',
    team_id: TEAM_ID,
    user_id: BOT_USER_ID,
    bot_id: BOT_ID,
  };
  /** The token private file downloads must carry (`Authorization: Bearer …`). */
  botToken = '';
  /** GETs of private files and POSTs to upload URLs, with their Authorization header. */
  readonly fileRequests: FileRequest[] = [];
  /** Display names users.info answers with (user id → name); anyone else is `user_not_found`. */
  readonly users = new Map<string, string>();
  /** Uploads completed with files.completeUploadExternal, in order. */
  readonly uploads: CompletedUpload[] = [];
  /** Where upload URLs point; this server unless a test sends uploads elsewhere. */
  uploadBase: string | null = null;
  private readonly stored = new Map<string, StoredFile>();
  private readonly received = new Map<string, Buffer>();
  private readonly pendingNames = new Map<string, string>();
  private fileCounter = 0;

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

  /**
   * Stores a file as if a user had uploaded it, and returns its Slack file object (what a
   * message event's `files[]` holds), with `url_private_download` on this server.
   */
  addFile(
    name: string,
    bytes: Uint8Array,
    options: { contentType?: string; extra?: Record<string, unknown> } = {},
  ): Record<string, unknown> {
    const id = `F0USER${String(++this.fileCounter).padStart(4, '0')}`;
    const path = `/files-pri/${TEAM_ID}-${id}/download/${encodeURIComponent(name)}`;
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
    const object: Record<string, unknown> = {
      id,
      created: Math.floor(Date.now() / 1000),
      timestamp: Math.floor(Date.now() / 1000),
      name,
      title: name,
      mimetype: options.contentType ?? 'application/octet-stream',
      filetype: extension,
      pretty_type: extension.toUpperCase(),
      user: 'UUSER001',
      mode: 'hosted',
      editable: false,
      is_external: false,
      external_type: '',
      is_public: false,
      public_url_shared: false,
      display_as_bot: false,
      username: '',
      size: bytes.byteLength,
      url_private: `${this.base}/files-pri/${TEAM_ID}-${id}/${encodeURIComponent(name)}`,
      url_private_download: `${this.base}${path}`,
      permalink: `https://kotae-test.slack.com/files/UUSER001/${id}/${encodeURIComponent(name)}`,
      ...options.extra,
    };
    this.stored.set(id, { name, bytes: Buffer.from(bytes), contentType: options.contentType ?? 'application/octet-stream', object });
    return object;
  }

  /** Successful files.getUploadURLExternal + completeUploadExternal pairs, i.e. files users saw. */
  completedUploads(filter: (upload: CompletedUpload) => boolean = () => true): CompletedUpload[] {
    return this.uploads.filter(filter);
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => void this.handle(req, Buffer.concat(chunks), res));
    });
    this.server.on('upgrade', (req: http.IncomingMessage, socket: Duplex) => this.upgrade(req, socket));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get socketConnections(): number {
    return this.sockets.size;
  }

  /** Sends a Socket Mode envelope to every connected client; returns its id. */
  sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: Record<string, unknown>, retryAttempt = 0): string {
    const envelopeId = randomUUID();
    const message = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      retry_attempt: retryAttempt,
      retry_reason: retryAttempt ? 'timeout' : '',
    };
    for (const socket of this.sockets) socket.write(frame(0x1, Buffer.from(JSON.stringify(message))));
    return envelopeId;
  }

  private upgrade(req: http.IncomingMessage, socket: Duplex): void {
    const key = req.headers['sec-websocket-key'];
    if (typeof key !== 'string') {
      socket.destroy();
      return;
    }
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(
      ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${accept}`, '', ''].join(
        '\r\n',
      ),
    );
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => this.sockets.delete(socket));
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const parsed = readFrame(pending);
        if (!parsed) break;
        pending = pending.subarray(parsed.length);
        if (parsed.opcode === 0x1) {
          const data = JSON.parse(parsed.payload.toString('utf8')) as { envelope_id?: string };
          if (data.envelope_id) this.acks.push(data.envelope_id);
        } else if (parsed.opcode === 0x9) {
          socket.write(frame(0xa, parsed.payload));
        } else if (parsed.opcode === 0x8) {
          socket.end(frame(0x8, Buffer.alloc(0)));
          this.sockets.delete(socket);
        }
      }
    });
    socket.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0KOTAE' } }))));
  }

  private async handle(req: http.IncomingMessage, bytes: Buffer, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const raw = bytes.toString('utf8');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (url.pathname.startsWith('/files-pri/')) {
      this.fileRequests.push({ method: req.method ?? 'GET', path: url.pathname, authorization: req.headers.authorization });
      const id = /^\/files-pri\/[^/-]+-([^/]+)\//.exec(url.pathname)?.[1];
      const file = id ? this.stored.get(id) : undefined;
      if (!file) {
        send(404, 'not found', { 'content-type': 'text/plain' });
      } else if (!this.botToken || req.headers.authorization !== `Bearer ${this.botToken}`) {
        // What Slack does for a request without a valid token: its sign-in page, status 200.
        send(200, '<!DOCTYPE html><html><body>Sign in to Slack</body></html>', { 'content-type': 'text/html; charset=utf-8' });
      } else {
        res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.byteLength) });
        res.end(file.bytes);
      }
      return;
    }
    if (url.pathname.startsWith('/upload/')) {
      this.fileRequests.push({ method: req.method ?? 'POST', path: url.pathname, authorization: req.headers.authorization });
      this.received.set(url.pathname.slice('/upload/'.length), await uploadedBytes(bytes, req.headers['content-type']));
      send(200, `OK - ${bytes.byteLength}`, { 'content-type': 'text/plain' });
      return;
    }
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
    else if (method === 'chat.postMessage')
      send(200, { ok: true, channel: body.channel, ts: `${Date.now() / 1000}`, message: { text: body.text } });
    else if (method === 'apps.connections.open') send(200, { ok: true, url: `${this.base.replace('http:', 'ws:')}/socket` });
    else if (method === 'chat.postEphemeral') send(200, { ok: true, message_ts: `${Date.now() / 1000}` });
    else if (method === 'chat.update') send(200, { ok: true, channel: body.channel, ts: body.ts, text: body.text });
    else if (method === 'chat.getPermalink')
      send(200, {
        ok: true,
        channel: body.channel,
        permalink: `https://kotae-test.slack.com/archives/${String(body.channel)}/p${String(body.message_ts).replace('.', '')}`,
      });
    else if (method === 'views.open')
      send(200, { ok: true, view: { id: `V0${this.calls.length}`, ...(typeof body.view === 'object' ? body.view : {}) } });
    else if (method === 'users.info') {
      const name = this.users.get(String(body.user ?? ''));
      send(
        200,
        name
          ? {
              ok: true,
              user: {
                id: body.user,
                name: String(body.user).toLowerCase(),
                real_name: name,
                profile: { display_name: name, real_name: name },
              },
            }
          : { ok: false, error: 'user_not_found' },
      );
    } else if (method === 'files.getUploadURLExternal') {
      const fileId = `F0BOT${String(++this.fileCounter).padStart(4, '0')}`;
      this.pendingNames.set(fileId, String(body.filename ?? ''));
      send(200, { ok: true, upload_url: `${this.uploadBase ?? this.base}/upload/${fileId}`, file_id: fileId });
    } else if (method === 'files.completeUploadExternal') {
      const files = Array.isArray(body.files) ? (body.files as Array<{ id: string; title?: string }>) : [];
      for (const file of files) {
        this.uploads.push({
          fileId: file.id,
          filename: this.pendingNames.get(file.id) ?? '',
          title: file.title,
          channelId: body.channel_id,
          threadTs: body.thread_ts,
          initialComment: body.initial_comment,
          bytes: this.received.get(file.id),
        });
      }
      send(200, { ok: true, files: files.map((file) => ({ id: file.id, title: file.title })) });
    } else if (method === 'files.info') {
      const file = this.stored.get(String(body.file ?? ''));
      send(200, file ? { ok: true, file: file.object } : { ok: false, error: 'file_not_found' });
    } else send(200, { ok: false, error: 'unknown_method' });
  }
}

/** A server-to-client frame: final, unmasked. */
function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head = length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (length >= 126 && length < 65_536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(length, 2);
  } else if (length >= 65_536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([head, payload]);
}

/** A client-to-server frame (always masked), or null until it has fully arrived. */
function readFrame(buffer: Buffer): { opcode: number; payload: Buffer; length: number } | null {
  if (buffer.length < 2) return null;
  const opcode = buffer[0]! & 0x0f;
  let length = buffer[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (buffer[1]! & 0x80) !== 0;
  const mask = masked ? buffer.subarray(offset, offset + 4) : null;
  offset += masked ? 4 : 0;
  if (buffer.length < offset + length) return null;
  const payload = Buffer.from(buffer.subarray(offset, offset + length));
  if (mask) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
  return { opcode, payload, length: offset + length };
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = key === 'blocks' || key === 'attachments' || key === 'files' || key === 'view' ? (JSON.parse(value) as unknown) : value;
  }
  return body;
}

/** The file in an upload POST: the first file part of a multipart body, or the raw body. */
async function uploadedBytes(body: Buffer, contentType: string | undefined): Promise<Buffer> {
  if (!contentType?.startsWith('multipart/form-data')) return body;
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  for (const [, value] of form) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}

/**
 * A server on another port standing in for a host that is not Slack: it records every request
 * (with its Authorization header) and answers 200 with a small body.
 */
export class RecordingServer {
  readonly requests: FileRequest[] = [];
  private server: http.Server | null = null;
  base = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        this.requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', authorization: req.headers.authorization });
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end('No.,質問\n1,データは暗号化されていますか\n');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
