import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPERTS_CHANNEL_FILE, ExpertsChannel } from '../../../src/bots/teams/experts-channel.js';
import { memoryLogger } from './harness.js';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kotae-experts-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const CHANNEL_MESSAGE = {
  activityId: '1700000000123',
  user: { id: '29:admin', name: '管理 太郎' },
  bot: { id: '28:kotae', name: 'kotae' },
  conversation: {
    id: '19:experts@thread.tacv2;messageid=1700000000123',
    conversationType: 'channel',
    isGroup: true,
    name: '',
    tenantId: 't-1',
  },
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/jp/',
  locale: 'ja-JP',
};

describe('ExpertsChannel', () => {
  it('keeps the channel (not the thread the command came in) in the data folder, and reads it back after a restart', async () => {
    const { logger } = memoryLogger();
    const channel = new ExpertsChannel(path.join(dataDir, 'not-yet'), logger);
    await channel.load();
    expect(channel.reference).toBeNull();
    const stored = await channel.set(CHANNEL_MESSAGE, 'aad-admin');
    expect(stored.conversation.id).toBe('19:experts@thread.tacv2');
    expect(stored).not.toHaveProperty('activityId');
    expect(stored).not.toHaveProperty('user');
    // Written by rename: no temporary file is left beside it.
    expect(await readdir(path.join(dataDir, 'not-yet'))).toEqual([EXPERTS_CHANNEL_FILE]);
    expect(JSON.parse(await readFile(channel.path, 'utf8'))).toMatchObject({
      setBy: 'aad-admin',
      reference: { serviceUrl: CHANNEL_MESSAGE.serviceUrl },
    });

    const restarted = new ExpertsChannel(path.join(dataDir, 'not-yet'), logger);
    await restarted.load();
    expect(restarted.reference).toEqual(stored);
  });

  it('reports a file it cannot read as a reference, naming it and the fix, and offers nothing', async () => {
    const { logger, lines } = memoryLogger();
    await writeFile(path.join(dataDir, EXPERTS_CHANNEL_FILE), '{"reference": {"serviceUrl": 1}}');
    const channel = new ExpertsChannel(dataDir, logger);
    await channel.load();
    expect(channel.reference).toBeNull();
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        event: 'teams_experts_channel_unreadable',
        file: channel.path,
        msg: expect.stringContaining('an admin sends "experts here" in the experts\' channel'),
      }),
    ]);
  });
});
