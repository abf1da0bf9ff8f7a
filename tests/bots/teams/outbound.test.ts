/**
 * The Teams adapter's outbound calls: deadlines and bounded retries against a Bot Connector that
 * hangs or fails, and the company proxy (HTTPS_PROXY / NO_PROXY).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTOR_DEADLINES } from '../../../src/bots/teams/connector-deadline.js';
import { ConnectProxy } from '../../support/connect-proxy.js';
import { FakeConnector, memoryLogger, startBot, startCore, teamsMessage, type Core } from './harness.js';

const ENV = { TEAMS_ALLOW_UNAUTHENTICATED: 'true' };
/** Teams redelivers an activity whose HTTP response takes longer than this. */
const TEAMS_BUDGET_MS = 15_000;
const QUESTION = 'データは暗号化されていますか';

let core: Core;
let connector: FakeConnector;

beforeAll(async () => {
  core = await startCore();
  connector = new FakeConnector();
  await connector.start();
}, 60_000);

afterAll(async () => {
  await connector?.stop();
  await core?.cleanup();
});

beforeEach(() => {
  connector.mode = 'answer';
  connector.clear();
});

/** Posts a question to a bot started with these settings. */
async function turn(env: Record<string, string>, options: Parameters<typeof startBot>[2] = {}) {
  const log = memoryLogger();
  const bot = await startBot(core, { ...ENV, ...env }, options, log.logger);
  try {
    const response = await bot.post(teamsMessage(connector.serviceUrl, QUESTION));
    return { response, log };
  } finally {
    await bot.close();
  }
}

describe('a Bot Connector that does not answer', () => {
  // That the deadlines bound the whole turn, not each call, is the next test's: here, that the
  // defaults end the turn by a deadline and that their turn budget is inside Teams'.
  it(`ends the turn by its deadline with the default deadlines, a budget within Teams' ${TEAMS_BUDGET_MS / 1000} s, and logs why`, async () => {
    expect(DEFAULT_CONNECTOR_DEADLINES.turnMs).toBeLessThan(TEAMS_BUDGET_MS);
    connector.mode = 'hang';
    const { response, log } = await turn({});
    expect(response.status).toBeLessThan(600);
    const failure = log.lines.find((line) => line.msg === 'Teams turn failed');
    expect(failure).toBeDefined();
    expect(JSON.stringify(failure)).toMatch(/ConnectorDeadlineError|AbortError/);
  }, 30_000);

  it('gives up on a turn at its own shorter budget, without retrying a timed-out post', async () => {
    connector.mode = 'hang';
    const { log } = await turn({}, { connectorDeadlines: { turnMs: 1500, attemptMs: 1000, retries: 1, retryDelayMs: 50 } });
    expect(log.lines.some((line) => line.msg === 'Teams turn failed')).toBe(true);
    // The typing indicator timed out (not retried), the answer timed out with what was left, and
    // the apology found no time left at all.
    expect(connector.attempts).toBe(2);
  });
});

describe('a Bot Connector that answers 503', () => {
  it('retries each post once, then gives up and logs the failure', async () => {
    connector.mode = 'unavailable';
    const { log } = await turn({}, { connectorDeadlines: { turnMs: 5000, attemptMs: 1000, retries: 1, retryDelayMs: 50 } });
    // The typing indicator, the answer and the apology: twice each.
    expect(connector.attempts).toBe(6);
    expect(log.lines.some((line) => line.msg === 'Teams turn failed')).toBe(true);
    expect(log.lines.some((line) => line.msg === 'could not send the apology to Teams')).toBe(true);
  });
});

describe('the Bot Connector behind a proxy', () => {
  let proxy: ConnectProxy;
  beforeAll(async () => {
    proxy = new ConnectProxy('kotae:s3cret-proxy-pass');
    await proxy.start();
  });
  afterAll(async () => {
    await proxy?.stop();
  });

  it('sends the answer through HTTPS_PROXY, with its credentials, and never logs them', async () => {
    const before = proxy.connectsTo(connector.url).length;
    const { log } = await turn({ HTTPS_PROXY: proxy.urlWith('kotae:s3cret-proxy-pass') });
    expect(connector.messages()).toHaveLength(1);
    const connects = proxy.connectsTo(connector.url).slice(before);
    expect(connects.length).toBeGreaterThanOrEqual(1);
    expect(connects.every((c) => c.proxyAuthorization === `Basic ${Buffer.from('kotae:s3cret-proxy-pass').toString('base64')}`)).toBe(true);
    expect(log.raw.join('')).not.toContain('s3cret-proxy-pass');
    expect(log.raw.join('')).toContain(`"outbound":"${proxy.url}"`);
  });

  it('goes direct to hosts in NO_PROXY', async () => {
    const before = proxy.connects.length;
    await turn({ HTTPS_PROXY: proxy.urlWith('kotae:s3cret-proxy-pass'), NO_PROXY: '127.0.0.1' });
    expect(connector.messages()).toHaveLength(1);
    expect(proxy.connects.length).toBe(before);
  });
});
