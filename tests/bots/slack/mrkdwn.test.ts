import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, mrkdwn, plainTextFromSlack } from '../../../src/bots/slack/mrkdwn.js';

describe('escapeMrkdwn', () => {
  it('escapes exactly &, < and >, so mentions and links in knowledge text stay text', () => {
    expect(escapeMrkdwn('<!channel> & <b> <@U1> <https://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;b&gt; &lt;@U1&gt; &lt;https://x|y&gt;');
    expect(escapeMrkdwn('*太字* _斜体_ "引用" \'x\'')).toBe('*太字* _斜体_ "引用" \'x\'');
  });

  it('escapes an existing entity again, so it shows as written', () => {
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });
});

describe('mrkdwn', () => {
  it('leaves text within the limit whole', () => {
    expect(mrkdwn('a & b', 9)).toBe('a &amp; b');
  });

  it('measures the limit after escaping and ends a cut with …', () => {
    const out = mrkdwn('&'.repeat(100), 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.endsWith('&amp;…')).toBe(true);
  });

  it('never splits an entity or a surrogate pair', () => {
    for (let max = 2; max < 30; max++) {
      const out = mrkdwn('a<b>&😀c'.repeat(5), max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
      expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});

describe('plainTextFromSlack', () => {
  it('drops mentions of the bot and of people, wherever they are', () => {
    expect(plainTextFromSlack('<@UBOT> データの暗号化は？ <@U2|taro>')).toBe('データの暗号化は？');
  });

  it('keeps the visible text of links, channels and special mentions', () => {
    expect(plainTextFromSlack('<https://example.com|規約> と <https://example.com/b> <#C1|sales> <!subteam^S1|@sec>')).toBe(
      '規約 と https://example.com/b #sales @sec',
    );
    expect(plainTextFromSlack('<!here> 質問')).toBe('質問');
  });

  it('decodes Slack’s escaping of &, < and >', () => {
    expect(plainTextFromSlack('A &amp; B &lt;重要&gt; &amp;lt;')).toBe('A & B <重要> &lt;');
  });

  it('collapses whitespace, full-width spaces included', () => {
    expect(plainTextFromSlack('  バックアップ\u3000の\n頻度  ')).toBe('バックアップ の 頻度');
  });
});
