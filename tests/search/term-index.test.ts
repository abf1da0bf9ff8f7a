/**
 * The term index against MiniSearch 7, which it replaces: the same analysed items, the same
 * queries, the same options kotae used; the same items must come back in the same order with the
 * same scores, to the last bit.
 */
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemsByFile } from '../../src/core/analysed-knowledge.js';
import { taggerFor } from '../../src/core/analysis-session.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { KnowledgeItem } from '../../src/knowledge/types.js';
import { createAnalyzer } from '../../src/search/analyzer.js';
import { analyseItems, fieldTexts, FIELDS } from '../../src/search/item-analysis.js';
import { DEFAULT_RANKING } from '../../src/search/ranking.js';
import { bestFirst, mergeAnalysed, TermIndex } from '../../src/search/term-index.js';
import { BUNDLED_KNOWLEDGE } from '../helpers/knowledge-folder.js';

let items: readonly KnowledgeItem[];
let mini: MiniSearch;
let index: TermIndex;
let vocabulary: string[];
let termsOf: (text: string) => string[];

beforeAll(async () => {
  items = (await loadKnowledge(BUNDLED_KNOWLEDGE)).items;
  const analyzer = await createAnalyzer();
  const analysed = new Map<string, string[]>();
  termsOf = (text: string) => {
    if (!analysed.has(text)) analysed.set(text, analyzer.terms(text));
    return analysed.get(text)!;
  };
  mini = new MiniSearch({ fields: [...FIELDS], tokenize: (text) => (text ? termsOf(text) : []), processTerm: (term) => term });
  mini.addAll(items.map((item, id) => ({ id, ...Object.fromEntries(FIELDS.map((field, f) => [field, fieldTexts(item)[f]])) })));
  // Merged from several parts, as a folder's files are.
  const byFile = itemsByFile(items);
  index = await TermIndex.open(mergeAnalysed([...byFile.values()].map((part) => analyseItems(part, termsOf, taggerFor(null)))));
  vocabulary = [...new Set([...analysed.values()].flat())].sort();
}, 60_000);

/** A repeatable pseudo-random sequence (a linear congruential generator). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('choosing the best items', () => {
  it('keeps the best by score, equal scores in their first order, as sorting all of them would', () => {
    const next = random(3);
    for (let round = 0; round < 200; round++) {
      const scores = Float64Array.from({ length: Math.floor(next() * 200) }, () => Math.floor(next() * 20) / 4);
      const limit = Math.floor(next() * 40);
      const sorted = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!);
      expect(bestFirst(scores, limit)).toEqual(sorted.slice(0, limit));
    }
  });
});

describe('the term index', () => {
  it('scores queries exactly as MiniSearch did: same items, same order, same scores, same matched-term counts', () => {
    const next = random(7);
    for (let q = 0; q < 200; q++) {
      const query = new Map<string, number>();
      const size = 1 + Math.floor(next() * 8);
      while (query.size < size)
        query.set(vocabulary[Math.floor(next() * vocabulary.length)]!, [1, 0.6, 0.35, 1.4][Math.floor(next() * 4)]!);
      const accept = (doc: number) => doc % 5 !== q % 5;
      const expected = mini
        .search([...query.keys()].join('\u0000'), {
          tokenize: (text) => text.split('\u0000'),
          processTerm: (term) => term,
          boost: { ...DEFAULT_RANKING.fieldBoost },
          boostTerm: (term) => query.get(term) ?? 1,
          filter: (result) => accept(result.id as number),
        })
        .map((r) => ({ doc: r.id as number, score: r.score, terms: r.queryTerms.length }));
      expect(index.bm25(query, DEFAULT_RANKING.fieldBoost, accept, items.length)).toEqual(expected);
      // Only the best few, as a search keeps: the same first ones, equal scores in the same order.
      expect(index.bm25(query, DEFAULT_RANKING.fieldBoost, accept, 7)).toEqual(expected.slice(0, 7));
    }
  });

  it('lists the items holding a term, and finds none for a term no item has', () => {
    for (const term of [vocabulary[0]!, vocabulary[Math.floor(vocabulary.length / 2)]!, vocabulary.at(-1)!]) {
      const holding = items.flatMap((item, doc) => (fieldTexts(item).some((text) => text && termsOf(text).includes(term)) ? [doc] : []));
      expect(holding.length).toBeGreaterThan(0);
      expect([...index.documentsWith(term)]).toEqual(holding);
      expect(index.documentFrequency(term)).toBe(holding.length);
    }
    expect(index.documentsWith('存在しない語').length).toBe(0);
    expect(index.id('存在しない語')).toBe(-1);
  });

  it('counts the items holding every word of at least one phrase', () => {
    const next = random(11);
    const holding = (words: readonly string[]) =>
      items.flatMap((item, doc) =>
        words.every((word) => fieldTexts(item).some((text) => text && termsOf(text).includes(word))) ? [doc] : [],
      );
    for (let q = 0; q < 30; q++) {
      const phrases = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 2) }, () => vocabulary[Math.floor(next() * vocabulary.length)]!),
      );
      phrases.push(['暗号化'], ['データ', '暗号化']);
      expect(index.itemsWithAnyOf(phrases)).toBe(new Set(phrases.flatMap(holding)).size);
    }
    expect(index.itemsWithAnyOf([['存在しない語'], []])).toBe(0);
    expect(index.id('存在しない語')).toBe(-1);
  });
});
