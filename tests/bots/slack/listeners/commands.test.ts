import { describe, expect, it } from 'vitest';
import { blockTexts, useHarness, USER } from '../harness.js';
import { waitFor } from '../../../helpers/wait-for.js';

const h = useHarness();

describe('/ask', () => {
  it('acks at once and shows the answer only to the asker, restating the question, with a share button', async () => {
    const responseUrl = h.fake.responseUrl('ask-encryption');
    const response = await h.sendCommand({ text: 'データの暗号化はしていますか', response_url: responseUrl });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');

    const [answer] = await waitFor(() => h.fake.hooks('ask-encryption'), 'the private answer');
    expect(answer!.body.response_type).toBe('ephemeral');
    const texts = blockTexts(answer!.body.blocks).join('\n');
    expect(texts).toContain('*質問*');
    expect(texts).toContain('データの暗号化はしていますか');
    expect(texts).toContain(`📄 ${h.topAnswer('データの暗号化はしていますか').citation}`);
    expect(answer!.raw).toContain('kotae_share');
    expect(answer!.raw).toContain('チャンネルに共有');
    // Nothing went to the channel.
    expect(h.fake.posts()).toHaveLength(0);
  });

  it('reads the question the way the user typed it (Slack’s &amp; and links decoded)', async () => {
    const responseUrl = h.fake.responseUrl('ask-decoded');
    await h.sendCommand({ text: 'ログ &amp; 監査 <https://example.com|記録> の保存期間', response_url: responseUrl, user_id: USER });
    const [answer] = await waitFor(() => h.fake.hooks('ask-decoded'), 'the private answer');
    const texts = blockTexts(answer!.body.blocks).join('\n');
    expect(texts).toContain('ログ &amp; 監査 記録 の保存期間');
  });

  it('explains how to ask when the command has no question, files included', async () => {
    await h.sendCommand({ text: '   ', response_url: h.fake.responseUrl('ask-empty') });
    const [help] = await waitFor(() => h.fake.hooks('ask-empty'), 'the help text');
    expect(help!.body.response_type).toBe('ephemeral');
    expect(help!.body.text).toContain('/ask');
    expect(help!.body.text).toContain('チェックシート（.xlsx・.csv・.tsv）を DM で送ると');
  });

  it('says plainly that /ask cannot carry a file, and how to have a checksheet filled instead', async () => {
    await h.sendCommand({ text: 'ファイル', response_url: h.fake.responseUrl('ask-file') });
    const [howTo] = await waitFor(() => h.fake.hooks('ask-file'), 'the file instructions');
    expect(howTo!.body.response_type).toBe('ephemeral');
    expect(howTo!.body.text).toContain('`/ask` には Slack の仕様でファイルを添付できません');
    expect(howTo!.body.text).toContain('DM');
    expect(howTo!.raw).not.toContain('kotae_share');
  });

  it('still answers a real question that mentions files', async () => {
    await h.sendCommand({ text: 'ファイルの暗号化はしていますか', response_url: h.fake.responseUrl('ask-file-question') });
    const [answer] = await waitFor(() => h.fake.hooks('ask-file-question'), 'the answer');
    expect(blockTexts(answer!.body.blocks).join('\n')).toContain('*質問*');
  });
});
