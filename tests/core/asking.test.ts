import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsker } from '../../src/core/asking.js';
import { KotaeService, type ReloadOutcome } from '../../src/core/kotae-service.js';
import type { AskOutcome, KotaeMetrics } from '../../src/core/metrics.js';
import { QuestionLog, type Channel } from '../../src/core/question-log.js';
import { createLogger } from '../../src/logging.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

/** Metrics that remember what they were told. */
function recordingMetrics() {
  const asks: Array<{ surface: Channel; outcome: AskOutcome }> = [];
  const metrics: KotaeMetrics = {
    ask: (surface, outcome, seconds) => {
      expect(seconds).toBeGreaterThanOrEqual(0);
      asks.push({ surface, outcome });
    },
    reload: () => undefined,
    fill: () => undefined,
  };
  return { metrics, asks };
}

const knowledge = makeKnowledgeFolder({ samples: ['jinjer.txt'] });
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kotae-asking-'));
const kotae = new KotaeService(knowledge.dir);
const logger = createLogger('silent');

beforeAll(async () => {
  await kotae.reload();
});
afterAll(() => {
  knowledge.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the asker counts every ask once, by surface and outcome', () => {
  it('counts a Slack answer and a Teams question without an answer', async () => {
    const { metrics, asks } = recordingMetrics();
    const asker = createAsker(kotae, new QuestionLog(dataDir), logger, metrics);
    await asker.ask('データは暗号化されていますか', 'slack');
    await asker.ask('xyzzy plugh', 'teams');
    expect(asks).toEqual([
      { surface: 'slack', outcome: 'answered' },
      { surface: 'teams', outcome: 'unanswered' },
    ]);
  });

  it('counts an ask that throws as an error, and still throws', async () => {
    class BrokenService extends KotaeService {
      override ask(): never {
        throw new Error('analysis failed');
      }
    }
    const { metrics, asks } = recordingMetrics();
    const asker = createAsker(new BrokenService(knowledge.dir), new QuestionLog(dataDir), logger, metrics);
    await expect(asker.ask('データは暗号化されていますか', 'api')).rejects.toThrow('analysis failed');
    expect(asks).toEqual([{ surface: 'api', outcome: 'error' }]);
  });
});

describe('KotaeService.onReload', () => {
  it('hears about each reload that ran once, however many callers joined it', async () => {
    const heard: ReloadOutcome[] = [];
    kotae.onReload((outcome) => heard.push(outcome));
    await Promise.all([kotae.reload(), kotae.reload(), kotae.reload()]);
    expect(heard).toHaveLength(1);
    expect(heard[0]?.ok).toBe(true);
  });
});
