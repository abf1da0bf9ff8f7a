import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-2-abc' };

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('KOTAE_EXPERTS_SLACK_CHANNEL', () => {
  it('takes a public or private channel id, and is unset by default', () => {
    expect(loadConfig({ ...SLACK, KOTAE_EXPERTS_SLACK_CHANNEL: ' C0123ABCDEF ' }).KOTAE_EXPERTS_SLACK_CHANNEL).toBe('C0123ABCDEF');
    expect(loadConfig({ ...SLACK, KOTAE_EXPERTS_SLACK_CHANNEL: 'G0123ABCDEF' }).KOTAE_EXPERTS_SLACK_CHANNEL).toBe('G0123ABCDEF');
    expect(loadConfig(SLACK).KOTAE_EXPERTS_SLACK_CHANNEL).toBeUndefined();
  });

  it.each(['#security-experts', 'security-experts', 'U0123ABCDEF', 'c0123abcdef'])(
    'refuses %j, saying it wants a channel id and where to find one',
    (value) => {
      const error = configError({ ...SLACK, KOTAE_EXPERTS_SLACK_CHANNEL: value });
      expect(error.variables).toEqual(['KOTAE_EXPERTS_SLACK_CHANNEL']);
      expect(error.message).toContain('must be a Slack channel id such as C0123ABCDEF');
      expect(error.message).toContain('Channel ID');
    },
  );

  it('needs the Slack bot, which posts there', () => {
    const error = configError({ KOTAE_EXPERTS_SLACK_CHANNEL: 'C0123ABCDEF' });
    expect(error.variables).toEqual(['SLACK_BOT_TOKEN']);
    expect(error.message).toContain('SLACK_BOT_TOKEN: is required when KOTAE_EXPERTS_SLACK_CHANNEL is set');
  });
});
