/** The confidence stage on its own: what the match features make of a hit. */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD, confidenceOf, ITEM_NUMBER_CONFIDENCE } from '../../src/search/confidence.js';
import type { MatchFeatures } from '../../src/search/ranking.js';

const strong: MatchFeatures = {
  coverage: 0.9,
  relevance: 1,
  controls: 1,
  family: 1,
  questionHasControls: true,
  quantity: null,
  matchedConcepts: 3,
  concepts: 3,
  missing: 0,
  byItemNumber: false,
};
const features = (overrides: Partial<MatchFeatures>): MatchFeatures => ({ ...strong, ...overrides });

describe('confidenceOf', () => {
  it('is confident for an item covering the question and sharing its control, well ahead of the next', () => {
    expect(confidenceOf(strong, 0.4)).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
  });

  it('is never confident when the match rests on one word and no shared control (本社)', () => {
    const oneWord = features({ coverage: 1, controls: 0, questionHasControls: false, matchedConcepts: 1, concepts: 1 });
    expect(confidenceOf(oneWord, 1)).toBeLessThan(CONFIDENCE_THRESHOLD);
  });

  it('is lower when the item misses the control the question names', () => {
    expect(confidenceOf(features({ controls: 0 }), 0.4)).toBeLessThan(confidenceOf(strong, 0.4));
  });

  it('is lower when the question asks for a quantity the item does not state', () => {
    expect(confidenceOf(features({ quantity: 0 }), 0.4)).toBeLessThan(confidenceOf(features({ quantity: 1 }), 0.4));
  });

  it('is lower when the next candidate is as good (an ambiguous question)', () => {
    expect(confidenceOf(strong, 0)).toBeLessThan(confidenceOf(strong, 0.4));
  });

  it('rises with coverage', () => {
    const values = [0.2, 0.4, 0.6, 0.8].map((coverage) => confidenceOf(features({ coverage }), 0.2));
    expect([...values].sort((a, b) => a - b)).toEqual(values);
  });

  it('trusts an item named by number when the question says nothing else', () => {
    expect(confidenceOf(features({ byItemNumber: true, concepts: 0, matchedConcepts: 0, coverage: 0 }), null)).toBe(ITEM_NUMBER_CONFIDENCE);
  });
});
