import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = readFileSync(new URL('../../../slack-manifest.yaml', import.meta.url), 'utf8');
/** The manifest without comments, so that commented-out HTTP-mode lines do not count. */
const active = manifest
  .split('\n')
  .map((line) => line.replace(/\s+#.*$/, ''))
  .filter((line) => !line.trimStart().startsWith('#'))
  .join('\n');

describe('slack-manifest.yaml', () => {
  it('subscribes to the events the adapter answers, and to nothing that would double them', () => {
    expect(active).toMatch(/bot_events:\n\s+- app_mention\n\s+- message\.im\n/);
    // message.channels would deliver every mention a second time.
    expect(active).not.toMatch(/message\.(channels|groups|mpim)/);
  });

  it('asks for exactly the bot scopes the adapter uses', () => {
    const scopes = /bot:\n((?:\s+- .+\n)+)/
      .exec(active)?.[1]
      ?.match(/- (\S+)/g)
      ?.map((s) => s.slice(2));
    expect(scopes?.sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'files:read',
      'files:write',
      'im:history',
      'users:read',
    ]);
  });

  it('defines /ask without Slack-side escaping, turns interactivity on and uses Socket Mode by default', () => {
    expect(active).toMatch(/- command: \/ask\n/);
    expect(active).toMatch(/should_escape: false/);
    // Buttons and the experts' answer modal (views.open, view_submission) need interactivity.
    expect(active).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(active).toMatch(/socket_mode_enabled: true/);
    expect(active).toMatch(/messages_tab_enabled: true\n\s+messages_tab_read_only_enabled: false/);
  });

  it('points every HTTP-mode URL, once uncommented, at /slack/events', () => {
    const urls = manifest.match(/# (?:request_)?url: (\S+)/g) ?? [];
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url).toMatch(/\/slack\/events$/);
  });
});
