import { describe, expect, it } from 'vitest';
import { ACTION_IDS, buildAnswerMessage, buildNoticeMessage, buildReloadMessage } from '../../../src/bots/slack/blocks.js';
import type { ReloadOutcome } from '../../../src/core/kotae-service.js';
import type { AskResult, RankedAnswer } from '../../../src/core/types.js';
import { buttons, expectWithinLimits } from './block-limits.js';
import { blockTexts } from './harness.js';

function ranked(overrides: Partial<RankedAnswer> = {}, rank = 1): RankedAnswer {
  return {
    rank,
    score: 10 - rank,
    confidence: 0.9,
    id: `jinjer.txt#${rank}`,
    question: 'クラウドサービスで保管されるデータが暗号化されていること。',
    answer: 'データは暗号化しております。',
    status: '○',
    remarks: '',
    matched: ['暗号'],
    controls: [],
    citation: `jinjer.txt › データ管理 › No.${rank}`,
    source: { file: 'jinjer.txt', collection: '', sheet: null, section: 'データ管理', item: String(rank), line: rank },
    ...overrides,
  };
}

function result(answered: boolean, results: RankedAnswer[], question = 'データは暗号化されていますか'): AskResult {
  return { question, answered, took_ms: 1, results };
}

describe('buildAnswerMessage', () => {
  it('shows the best answer with its status, citation and confidence, then up to two more candidates', () => {
    const message = buildAnswerMessage(
      result(
        true,
        [1, 2, 3, 4, 5].map((rank) => ranked({ confidence: 1 - rank / 10 }, rank)),
      ),
    );
    const texts = blockTexts(message.blocks).join('\n');
    expect(texts).toContain('*回答*  *○ 対応*');
    expect(texts).toContain('📄 jinjer.txt › データ管理 › No.1');
    expect(texts).toContain('信頼度 90%');
    expect(texts).toContain('他の候補 (other candidates)');
    expect(texts).toContain('No.3');
    expect(texts).not.toContain('No.4');
    expect(message.text).toContain('jinjer.txt › データ管理 › No.1');
  });

  it('labels every status mark', () => {
    const texts = (status: string) => blockTexts(buildAnswerMessage(result(true, [ranked({ status })])).blocks).join('\n');
    expect(texts('×')).toContain('× 非対応');
    expect(texts('△')).toContain('△ 一部対応');
    expect(texts('−')).toContain('− 対象外');
    expect(texts('')).not.toMatch(/○|×|△|−/);
  });

  it('says plainly when there is no confident answer and shows the nearest candidates', () => {
    const message = buildAnswerMessage(result(false, [ranked({ confidence: 0.3 }, 1), ranked({ confidence: 0.2 }, 2)]));
    const texts = blockTexts(message.blocks).join('\n');
    expect(texts).toContain('確信を持てる回答はありません (no confident answer)');
    expect(texts.match(/\*候補\*/g)).toHaveLength(2);
    expect(texts).not.toContain('*回答*');
    expect(message.text).toContain('確信を持てる回答はありません (no confident answer)');
  });

  it('has no buttons, and says nothing close was found, when nothing at all matched', () => {
    const message = buildAnswerMessage(result(false, []));
    expect(buttons(message)).toEqual([]);
    expect(message.text).toContain('近い項目も見つかりませんでした');
  });

  it('offers 👍/👎 for the best item, and sharing only when asked to', () => {
    const plain = buildAnswerMessage(result(true, [ranked()]));
    expect(buttons(plain).map((b) => b.action_id)).toEqual([ACTION_IDS.helpful, ACTION_IDS.unhelpful]);
    const shareable = buildAnswerMessage(result(true, [ranked()]), { share: true });
    expect(buttons(shareable).map((b) => b.action_id)).toEqual([ACTION_IDS.helpful, ACTION_IDS.unhelpful, ACTION_IDS.share]);
  });

  it('restates the question, and who asked, when asked to', () => {
    const message = buildAnswerMessage(result(true, [ranked()], '<!channel> 暗号化は?'), { restateQuestion: true, askedBy: 'U123' });
    const first = blockTexts(message.blocks)[0];
    expect(first).toBe('*質問*（<@U123> さん）\n&lt;!channel&gt; 暗号化は?');
  });

  it('escapes every piece of knowledge text and the question', () => {
    const evil = '<!channel> & <@U1> <https://evil.example|click>';
    const message = buildAnswerMessage(
      result(
        true,
        [ranked({ answer: evil, remarks: evil, question: evil, citation: `${evil} › No.1` }), ranked({ answer: evil }, 2)],
        evil,
      ),
      { restateQuestion: true },
    );
    // Button values are data Slack hands back to us, never rendered; everything else is shown.
    const everything = JSON.stringify(message, (key, value: unknown) => (key === 'value' ? undefined : value));
    expect(everything).not.toMatch(/<!channel>|<@U1>|<https:/);
    expect(everything).toContain('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('stays within every Block Kit limit with absurd input, cutting with … and keeping the citation', () => {
    const huge = 'A&B<重要>'.repeat(3000);
    const results = Array.from({ length: 50 }, (_, i) =>
      ranked(
        {
          answer: huge,
          remarks: huge,
          question: huge,
          citation: `long.tsv › ${'セクション'.repeat(20)} › No.${i + 1}`,
          id: `long.tsv#${'9'.repeat(100)}`,
        },
        i + 1,
      ),
    );
    for (const answered of [true, false]) {
      const message = buildAnswerMessage(result(answered, results, huge), { restateQuestion: true, askedBy: 'U1', share: true });
      expectWithinLimits(message);
      const texts = blockTexts(message.blocks).join('\n');
      expect(texts).toContain('…');
      expect(texts).toContain('No.1');
      // 👍/👎 are for a confident answer; sharing is offered either way.
      expect(buttons(message)).toHaveLength(answered ? 3 : 1);
    }
  });

  it('cuts a 5000-character answer but keeps its citation in its own block', () => {
    const message = buildAnswerMessage(result(true, [ranked({ answer: 'あ'.repeat(5000), citation: 'long.tsv › No.7' })]));
    expectWithinLimits(message);
    const [answerSection, details] = message.blocks;
    expect(blockTexts(answerSection).join('')).toMatch(/あ…$/);
    expect(blockTexts(details).join('\n')).toContain('long.tsv › No.7');
  });
});

describe('buildReloadMessage', () => {
  const outcome = (overrides: Partial<ReloadOutcome> & { files?: number; warnings?: number } = {}): ReloadOutcome => {
    const files = Array.from({ length: overrides.files ?? 2 }, (_, i) => ({ file: `sheet-${i}.xlsx`, items: 10 + i, bytes: 1000 }));
    const warnings = Array.from({ length: overrides.warnings ?? 0 }, (_, i) => ({
      file: `bad-${i}.pdf`,
      message: `unsupported file type ".pdf" <${i}>: skipped.`,
    }));
    return {
      ok: overrides.ok ?? true,
      ...(overrides.error ? { error: overrides.error } : {}),
      startedAt: new Date(0),
      finishedAt: new Date(120),
      tookMs: 120,
      changes: overrides.changes ?? { added: [], changed: [], kept: [], removed: [] },
      status: { dir: '/k', ready: true, version: 2, items: 21, files, warnings, loadedAt: null, lastReload: null },
    };
  };

  it('lists the files with their item counts, and the warnings', () => {
    const texts = blockTexts(buildReloadMessage(outcome({ warnings: 1 })).blocks).join('\n');
    expect(texts).toContain('ナレッジを再読み込みしました');
    expect(texts).toContain('2 ファイル・21 項目');
    expect(texts).toContain('• sheet-0.xlsx — 10 項目');
    expect(texts).toContain('*警告 1 件*');
    expect(texts).toContain('bad-0.pdf: unsupported file type ".pdf" &lt;0&gt;: skipped.');
  });

  it('says which files were added, changed, kept from before and removed', () => {
    const changes = { added: ['new.csv'], changed: ['sheet-0.xlsx'], kept: ['sheet-1.xlsx'], removed: ['old_*name*.csv'] };
    const texts = blockTexts(buildReloadMessage(outcome({ changes })).blocks).join('\n');
    expect(texts).toContain('追加 (added): new.csv');
    expect(texts).toContain('更新 (changed): sheet-0.xlsx');
    expect(texts).toContain('前回の内容で回答 (kept, last good): sheet-1.xlsx');
    expect(texts).toContain('削除 (removed): old_*name*.csv');
  });

  it('says the old knowledge is still serving when the reload failed, and why', () => {
    const texts = blockTexts(buildReloadMessage(outcome({ ok: false, error: 'no items could be loaded from /k' })).blocks).join('\n');
    expect(texts).toContain('再読み込みに失敗しました');
    expect(texts).toContain('以前のナレッジ');
    expect(texts).toContain('no items could be loaded from /k');
  });

  it('stays within limits with thousands of files and warnings', () => {
    const message = buildReloadMessage(outcome({ files: 3000, warnings: 5000 }));
    expectWithinLimits(message);
    const texts = blockTexts(message.blocks).join('\n');
    expect(texts).toContain('…ほか 2980 ファイル');
    expect(texts).toContain('…ほか 4990 件');
  });
});

describe('buildNoticeMessage', () => {
  it('is one section with the same fallback text', () => {
    const message = buildNoticeMessage('こんにちは');
    expect(message).toEqual({ text: 'こんにちは', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'こんにちは' } }] });
  });
});
