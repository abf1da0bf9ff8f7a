import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBoltLogger, describeError } from '../../../src/bots/slack/logger.js';
import { createLogger } from '../../../src/logging.js';

function capture(level = 'debug') {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger(level, stream) };
}

describe('createBoltLogger', () => {
  it('writes Bolt’s lines as kotae JSON logs with tokens and secrets blanked', async () => {
    const { lines, logger } = capture();
    const bolt = createBoltLogger(logger);
    bolt.debug('http request body:', {
      token: 'xoxb-123-abc',
      channel: 'C1',
      nested: { client_secret: 's3cret', Authorization: 'Bearer xoxb-9' },
    });
    bolt.info('connected with xapp-1-A0-123-zzz and xoxb-1-2-three');
    bolt.error(
      Object.assign(new Error('boom'), {
        code: 'slack_webapi_request_error',
        original: { config: { headers: { Authorization: 'Bearer xoxb-leak' } } },
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    const text = lines.join('\n');
    const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages[0]).toContain('"channel":"C1"');
    expect(text).toContain('boom');
    expect(text).toContain('slack_webapi_request_error');
    for (const secret of ['xoxb-123-abc', 's3cret', 'xoxb-9', 'xapp-1-A0-123-zzz', 'xoxb-1-2-three', 'xoxb-leak'])
      expect(text).not.toContain(secret);
  });

  it('follows kotae’s log level, whatever level Bolt asks for', () => {
    const { lines, logger } = capture('warn');
    const bolt = createBoltLogger(logger);
    bolt.setLevel('debug' as Parameters<typeof bolt.setLevel>[0]);
    bolt.info('not shown');
    expect(lines).toEqual([]);
    expect(bolt.getLevel()).toBe('warn');
  });
});

describe('describeError', () => {
  it('keeps the name, message and Slack error code, and nothing else', () => {
    const error = Object.assign(new Error('An API error occurred: invalid_auth'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'invalid_auth' },
      headers: { authorization: 'x' },
    });
    expect(describeError(error)).toEqual({
      type: 'Error',
      message: 'An API error occurred: invalid_auth',
      code: 'slack_webapi_platform_error',
      slack_error: 'invalid_auth',
    });
    expect(describeError('plain')).toEqual({ message: 'plain' });
  });
});
