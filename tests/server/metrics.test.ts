import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  ADMIN_TOKEN,
  ENCRYPTION_QUESTION,
  NONSENSE_QUESTION,
  admin,
  ask,
  makeTempDirs,
  startTestServer,
  type TempDirs,
  type TestServer,
} from '../support/kotae-server.js';

/** The value of one sample in a Prometheus text exposition; 0 when the series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value) && Object.keys(found).length === Object.keys(labels).length)
      return Number(match[3]);
  }
  return 0;
}

const CSV = 'No.,質問,回答\n1,データは暗号化されていますか,\n2,バックアップは取得していますか,\n3,xyzzy plugh,\n';

describe('GET /metrics with KOTAE_METRICS=admin', () => {
  let dirs: TempDirs;
  let kotae: TestServer;
  const scrape = async () => {
    const response = await admin(kotae.url, 'metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  beforeAll(async () => {
    dirs = await makeTempDirs();
    kotae = await startTestServer({
      knowledgeDir: dirs.knowledge,
      dataDir: dirs.data,
      env: { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN, KOTAE_METRICS: 'admin' },
    });
  });
  afterAll(async () => {
    await kotae?.stop();
    await dirs?.remove();
  });

  it('needs the admin token', async () => {
    expect((await admin(kotae.url, 'metrics', { token: null })).status).toBe(401);
  });

  it('counts asks by surface and outcome, with their latency, once each', async () => {
    const before = await scrape();
    await ask(kotae.url, { question: ENCRYPTION_QUESTION });
    await ask(kotae.url, { question: ENCRYPTION_QUESTION });
    await ask(kotae.url, { question: NONSENSE_QUESTION }, { 'x-kotae-client': 'web' });
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('kotae_asks_total', { surface: 'api', outcome: 'answered' })).toBe(2);
    expect(delta('kotae_asks_total', { surface: 'web', outcome: 'unanswered' })).toBe(1);
    expect(delta('kotae_asks_total', { surface: 'api', outcome: 'unanswered' })).toBe(0);
    expect(delta('kotae_ask_duration_seconds_count', { surface: 'api' })).toBe(2);
    expect(delta('kotae_ask_duration_seconds_bucket', { surface: 'web', le: '+Inf' })).toBe(1);
  });

  it('counts reloads by result and reports the index items and files', async () => {
    const before = await scrape();
    expect(sample(before, 'kotae_reloads_total', { result: 'ok' })).toBe(1);
    expect((await admin(kotae.url, 'api/admin/reload', { method: 'POST' })).status).toBe(200);
    const after = await scrape();
    const status = kotae.deps.kotae.status();
    expect(sample(after, 'kotae_reloads_total', { result: 'ok' })).toBe(2);
    expect(sample(after, 'kotae_reload_duration_seconds_count')).toBe(2);
    expect(sample(after, 'kotae_index_items')).toBe(status.items);
    expect(sample(after, 'kotae_index_files')).toBe(status.files.length);
    expect(sample(after, 'kotae_index_version')).toBe(2);
  });

  it('counts fills and their rows, and refused files as refused', async () => {
    const before = await scrape();
    const filled = await fetch(new URL('api/fill?filename=customer.csv', kotae.url), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: CSV,
    });
    expect(filled.status).toBe(200);
    const { summary } = (await filled.json()) as { summary: { rows: number } };
    const refused = await fetch(new URL('api/fill?filename=empty.csv', kotae.url), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: 'a,b\n',
    });
    expect(refused.status).toBe(400);
    const after = await scrape();
    expect(summary.rows).toBe(3);
    expect(sample(after, 'kotae_fill_rows_total', { surface: 'api' }) - sample(before, 'kotae_fill_rows_total', { surface: 'api' })).toBe(
      3,
    );
    expect(
      sample(after, 'kotae_fills_total', { surface: 'api', outcome: 'filled' }) -
        sample(before, 'kotae_fills_total', { surface: 'api', outcome: 'filled' }),
    ).toBe(1);
    expect(
      sample(after, 'kotae_fills_total', { surface: 'api', outcome: 'refused' }) -
        sample(before, 'kotae_fills_total', { surface: 'api', outcome: 'refused' }),
    ).toBe(1);
  });

  it('reports the event-loop lag and the process figures', async () => {
    const text = await scrape();
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
  });
});

describe('KOTAE_METRICS', () => {
  it('is off by default: /metrics is not served', async () => {
    const dirs = await makeTempDirs();
    const kotae = await startTestServer({ knowledgeDir: dirs.knowledge, dataDir: dirs.data });
    try {
      expect((await fetch(new URL('metrics', kotae.url))).status).toBe(404);
    } finally {
      await kotae.stop();
      await dirs.remove();
    }
  });

  it('public serves it without a token', async () => {
    const dirs = await makeTempDirs();
    const kotae = await startTestServer({ knowledgeDir: dirs.knowledge, dataDir: dirs.data, env: { KOTAE_METRICS: 'public' } });
    try {
      const response = await fetch(new URL('metrics', kotae.url));
      expect(response.status).toBe(200);
      expect(sample(await response.text(), 'kotae_reloads_total', { result: 'ok' })).toBe(1);
    } finally {
      await kotae.stop();
      await dirs.remove();
    }
  });

  it('admin without KOTAE_ADMIN_TOKEN is a configuration error naming both variables', () => {
    expect(() => loadConfig({ KOTAE_METRICS: 'admin' })).toThrow(/KOTAE_ADMIN_TOKEN: is required when KOTAE_METRICS is admin/);
    expect(() => loadConfig({ KOTAE_METRICS: 'yes' })).toThrow(/KOTAE_METRICS/);
  });
});
