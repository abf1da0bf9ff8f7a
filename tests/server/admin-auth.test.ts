import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ADMIN_FAILURE_BURST } from '../../src/server/admin-auth.js';
import { clientKey, DenialLog, FailureLimiter } from '../../src/server/auth-failures.js';
import { createLogger } from '../../src/logging.js';
import { ADMIN_TOKEN, admin, makeTempDirs, startTestServer, type TempDirs, type TestServer } from '../support/kotae-server.js';

/** A GET from a chosen loopback address (127.0.0.0/8 all reach a server on 127.0.0.1). */
function getFrom(localAddress: string, url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { localAddress, headers: { authorization: `Bearer ${token}` } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
}

describe('wrong admin tokens on a real server', () => {
  let dirs: TempDirs;
  let server: TestServer;
  beforeAll(async () => {
    dirs = await makeTempDirs();
    server = await startTestServer({ knowledgeDir: dirs.knowledge, dataDir: dirs.data, env: { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN } });
  });
  afterAll(async () => {
    await server?.stop();
    await dirs?.remove();
  });

  it(`answers 429 with Retry-After after ${ADMIN_FAILURE_BURST} wrong tokens from one client, even to the right token, and logs a few lines, not one each`, async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < ADMIN_FAILURE_BURST + 30; i++) {
      const response = await admin(server.url, 'api/admin/status', { token: `wrong-token-number-${i}` });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.slice(0, ADMIN_FAILURE_BURST).every((s) => s === 401)).toBe(true);
    // The bucket refills one failure every few seconds; on a slow machine one more may pass.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(28);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await admin(server.url, 'api/admin/status')).status).toBe(429);
    const denials = server.logLines().filter((line) => line.event === 'admin_denied' || line.event === 'admin_rate_limited');
    expect(denials.length).toBeLessThanOrEqual(5);
  });

  it('does not limit another client, which gets in with the right token', async () => {
    const url = new URL('api/admin/status', server.url).href;
    expect(await getFrom('127.0.0.1', url, ADMIN_TOKEN)).toBe(429);
    expect(await getFrom('127.0.0.2', url, ADMIN_TOKEN)).toBe(200);
  });
});

describe('DenialLog', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('logs the first few refusals of a window, then sums up the rest with the busiest clients', () => {
    vi.useFakeTimers();
    const chunks: string[] = [];
    const log = new DenialLog(createLogger('warn', { write: (chunk: string) => void chunks.push(chunk) }), {
      linesPerWindow: 2,
      windowMs: 60_000,
    });
    for (let i = 0; i < 10; i++) log.denied({ path: '/api/admin/status', client: i < 9 ? '192.0.2.7' : '198.51.100.1', limited: i >= 3 });
    const lines = () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines().map((line) => line.event)).toEqual(['admin_denied', 'admin_denied']);
    vi.advanceTimersByTime(60_000);
    expect(lines()).toHaveLength(3);
    expect(lines()[2]).toMatchObject({
      event: 'admin_denied_summary',
      denied: 8,
      rate_limited: 7,
      clients: 2,
      top: [
        { ip: '192.0.2.7', count: 7 },
        { ip: '198.51.100.1', count: 1 },
      ],
    });
    // A quiet window says nothing; the next refusal is logged on its own again.
    vi.advanceTimersByTime(60_000);
    log.denied({ path: '/api/admin/status', client: '192.0.2.7', limited: false });
    expect(lines()).toHaveLength(4);
  });
});

describe('FailureLimiter', () => {
  it('lets a burst through, then one failure per refill period, and says how long to wait', () => {
    let now = 0;
    const limiter = new FailureLimiter({ burst: 2, refillMs: 1000, now: () => now });
    limiter.fail('a');
    expect(limiter.retryAfterMs('a')).toBe(0);
    limiter.fail('a');
    expect(limiter.retryAfterMs('a')).toBe(1000);
    now = 400;
    expect(limiter.retryAfterMs('a')).toBe(600);
    now = 1000;
    expect(limiter.retryAfterMs('a')).toBe(0);
    expect(limiter.retryAfterMs('b')).toBe(0);
  });

  it('forgets the least recently seen clients beyond its bound', () => {
    const limiter = new FailureLimiter({ burst: 1, refillMs: 60_000, maxClients: 2, now: () => 0 });
    for (const client of ['a', 'b', 'c']) limiter.fail(client);
    expect(limiter.retryAfterMs('a')).toBe(0);
    expect(limiter.retryAfterMs('c')).toBeGreaterThan(0);
  });

  it('limits an IPv6 client by its /64, and an IPv4-mapped address as the IPv4 one', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:0db8:0001:0002:ffff:1:2:3'));
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'));
    expect(clientKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});
