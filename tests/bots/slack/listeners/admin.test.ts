import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReloadRequest } from '../../../../src/bots/slack/listeners/admin.js';
import { ADMIN, blockTexts, dmEvent, mentionEvent, useHarness } from '../harness.js';
import { waitFor } from '../../../helpers/wait-for.js';

describe('isReloadRequest', () => {
  it('takes `reload` and `再読み込み` as the whole message, loosely typed', () => {
    for (const text of ['reload', 'Reload', ' RELOAD ', 'ｒｅｌｏａｄ', '再読み込み', '再読み込み。', 'reload!'])
      expect(isReloadRequest(text)).toBe(true);
  });

  it('does not take questions that merely contain the word', () => {
    for (const text of ['reload the index please', '再読み込みの手順は', 'リロード', '']) expect(isReloadRequest(text)).toBe(false);
  });
});

describe('reload from Slack', () => {
  const h = useHarness();

  it('reloads for an admin and replies with the files, item counts and warnings', async () => {
    writeFileSync(path.join(h.knowledgeDir, 'notes.pdf'), 'not a checksheet');
    const version = h.deps.kotae.status().version;
    await h.sendEvent(dmEvent('reload', { user: ADMIN, channel: 'D0ADMIN' }));
    const [reply] = await waitFor(() => h.fake.posts((body) => body.channel === 'D0ADMIN'), 'the reload reply');
    const texts = blockTexts(reply!.body.blocks).join('\n');
    const status = h.deps.kotae.status();
    expect(status.version).toBe(version + 1);
    expect(texts).toContain('ナレッジを再読み込みしました');
    expect(texts).toContain(`${status.files.length} ファイル・${status.items} 項目`);
    expect(texts).toContain('• jinjer.txt — ');
    expect(texts).toMatch(/警告 \d+ 件/);
    expect(texts).toContain('notes.pdf');
  });

  it('refuses politely for anyone else, without reloading', async () => {
    const version = h.deps.kotae.status().version;
    const event = mentionEvent('再読み込み', { channel: 'C0REFUSE' });
    await h.sendEvent(event);
    const [reply] = await waitFor(() => h.fake.posts((body) => body.channel === 'C0REFUSE'), 'the refusal');
    expect(reply!.body.thread_ts).toBe(event.ts);
    expect(reply!.body.text).toContain('管理者だけが実行できます');
    expect(h.deps.kotae.status().version).toBe(version);
  });

  it('works through /ask too, answering only the admin', async () => {
    await h.sendCommand({ text: 'reload', user_id: ADMIN, response_url: h.fake.responseUrl('admin-ask') });
    const [reply] = await waitFor(() => h.fake.hooks('admin-ask'), 'the reload reply');
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(blockTexts(reply!.body.blocks).join('\n')).toContain('ナレッジを再読み込みしました');
  });

  it('reports a failed reload and keeps answering from the previous knowledge', async () => {
    const aside = mkdtempSync(path.join(os.tmpdir(), 'kotae-slack-aside-'));
    const files = readdirSync(h.knowledgeDir);
    for (const file of files) renameSync(path.join(h.knowledgeDir, file), path.join(aside, file));
    try {
      await h.sendEvent(dmEvent('reload', { user: ADMIN, channel: 'D0ADMINFAIL' }));
      const [reply] = await waitFor(() => h.fake.posts((body) => body.channel === 'D0ADMINFAIL'), 'the failure reply');
      const texts = blockTexts(reply!.body.blocks).join('\n');
      expect(texts).toContain('再読み込みに失敗しました');
      expect(texts).toContain('以前のナレッジ');
      expect(h.deps.kotae.ask('データの暗号化はしていますか').answered).toBe(true);
    } finally {
      cpSync(aside, h.knowledgeDir, { recursive: true });
      rmSync(aside, { recursive: true, force: true });
    }
  });
});
