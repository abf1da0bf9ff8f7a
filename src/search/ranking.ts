/**
 * The tuning of retrieval and re-ranking, in one documented options object, and how a
 * candidate's match features become its ranking score. Weights were chosen on held-out folds of
 * kotae's own question sets (`node scripts/quality.mjs --fold K/N`), not on one set as a whole.
 */
import type { QuantityKind } from './quantity.js';

export interface RankingOptions {
  /** BM25 field boosts: the question says what an item is about. */
  readonly fieldBoost: { readonly question: number; readonly section: number; readonly answer: number; readonly remarks: number };
  /** How many lexical candidates are re-ranked. */
  readonly candidates: number;
  /** How many more candidates come from the question's controls alone (wording nobody shares). */
  readonly controlCandidates: number;
  /** Weight of a synonym the glossary added, relative to a word the user typed. */
  readonly synonymWeight: number;
  /** A concept found only in an item's answer, not its question or headings, counts this much. */
  readonly bodyOnlyWeight: number;
  /** Weight of an English question word no item of a Japanese knowledge contains (untranslated). */
  readonly untranslatedWeight: number;
  /** Bigrams are many per question and each says little. */
  readonly bigramWeight: number;
  /** Bigrams found in more than this share of items discriminate nothing and slow queries down. */
  readonly maxBigramDf: number;
  /** Query words in more than this share of the items are left out of retrieval… */
  readonly maxRetrievalDf: number;
  /** …once the index holds at least this many items with the word. */
  readonly retrievalMinDf: number;
  /** How the match features make the ranking score (see {@link rankingScore}). */
  readonly weights: {
    readonly coverage: number;
    readonly relevance: number;
    readonly controls: number;
    readonly family: number;
    readonly quantity: number;
  };
}

export const DEFAULT_RANKING: RankingOptions = {
  fieldBoost: { question: 1.6, section: 1.0, answer: 1.0, remarks: 0.6 },
  candidates: 60,
  controlCandidates: 30,
  synonymWeight: 0.6,
  bodyOnlyWeight: 0.75,
  untranslatedWeight: 0.25,
  bigramWeight: 0.2,
  maxBigramDf: 0.2,
  maxRetrievalDf: 0.03,
  retrievalMinDf: 500,
  weights: { coverage: 0.55, relevance: 0.25, controls: 0.25, family: 0.05, quantity: 0.2 },
};

/** Why a candidate ranks where it does; also what its confidence is made of. */
export interface MatchFeatures {
  /** Share of the question's concepts the item covers, rarity-weighted, in [0, 1]. */
  readonly coverage: number;
  /** BM25 score per matched query term, relative to the best candidate's, in [0, 1]. */
  readonly relevance: number;
  /** Share of the question's control evidence the item carries (rarity-weighted), in [0, 1]; 0 when the question names no control. */
  readonly controls: number;
  /** 1 when the item is in a family (ISO clause) the question's controls belong to. */
  readonly family: number;
  /** Whether the question names any control at all. */
  readonly questionHasControls: boolean;
  /** 1 when the question asks for a quantity and the item states one of that kind, 0 when it does not; null when none is asked. */
  readonly quantity: number | null;
  /** How many of the question's concepts the item covers. */
  readonly matchedConcepts: number;
  /** How many concepts the question has. */
  readonly concepts: number;
  /** The heaviest concept the item misses, as a share of all concepts' weight, in [0, 1]. */
  readonly missing: number;
  /** The question named this item's number. */
  readonly byItemNumber: boolean;
}

/** The ranking score: a weighted sum of the features (higher is better). */
export function rankingScore(features: MatchFeatures, options: RankingOptions = DEFAULT_RANKING): number {
  const w = options.weights;
  return (
    w.coverage * features.coverage +
    w.relevance * features.relevance +
    w.controls * features.controls +
    w.family * features.family +
    w.quantity * (features.quantity ?? 0)
  );
}

export type { QuantityKind };
