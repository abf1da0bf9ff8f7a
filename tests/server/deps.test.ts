import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { UNANSWERED_FILE } from '../../src/core/question-log.js';
import { createLogger } from '../../src/logging.js';
import { createServerDeps } from '../../src/server/deps.js';

describe('the server’s question log settings', () => {
  it('rotates at KOTAE_DATA_ROTATE_MB and keeps KOTAE_DATA_ROTATE_KEEP old files', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kotae-deps-'));
    try {
      const config = loadConfig({ KOTAE_DATA_DIR: dataDir, KOTAE_DATA_ROTATE_MB: '0.001', KOTAE_DATA_ROTATE_KEEP: '1' });
      const { questionLog } = createServerDeps(config, { knowledgeDir: dataDir, logger: createLogger('silent') });
      for (let n = 0; n < 40; n++)
        await questionLog.recordUnanswered({ channel: 'api', question: `question ${n}`, nearestId: null, nearestConfidence: null });
      expect((await readdir(dataDir)).sort()).toEqual([UNANSWERED_FILE, `${UNANSWERED_FILE}.1`]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('defaults to 10 MB and 5 files, and refuses values that make no sense, by name', () => {
    expect(loadConfig({})).toMatchObject({ KOTAE_DATA_ROTATE_MB: 10, KOTAE_DATA_ROTATE_KEEP: 5 });
    expect(() => loadConfig({ KOTAE_DATA_ROTATE_MB: '0' })).toThrow(/KOTAE_DATA_ROTATE_MB: must be a number of megabytes/);
    expect(() => loadConfig({ KOTAE_DATA_ROTATE_KEEP: '1.5' })).toThrow(/KOTAE_DATA_ROTATE_KEEP/);
  });
});
