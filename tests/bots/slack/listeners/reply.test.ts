import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dmEvent, useHarness } from '../harness.js';
import { waitFor } from '../../../helpers/wait-for.js';

describe('questions while kotae is still loading its knowledge', () => {
  const h = useHarness({ loadKnowledge: false });

  it('says kotae is starting up instead of "nothing found", and logs no unanswered question', async () => {
    await h.sendEvent(dmEvent('データの暗号化はしていますか', { channel: 'D0EARLY' }));
    const [reply] = await waitFor(() => h.fake.posts((body) => body.channel === 'D0EARLY'), 'the reply');
    expect(reply!.body.text).toContain('起動中');
    expect(existsSync(path.join(h.dataDir, 'unanswered.jsonl'))).toBe(false);
  });

  it('answers normally once the knowledge is loaded', async () => {
    await h.deps.kotae.reload();
    await h.sendEvent(dmEvent('データの暗号化はしていますか', { channel: 'D0LATER' }));
    const [reply] = await waitFor(() => h.fake.posts((body) => body.channel === 'D0LATER'), 'the answer');
    expect(reply!.body.text).toContain(h.topAnswer('データの暗号化はしていますか').citation);
  });
});
