/**
 * The last stage: how sure kotae is that a ranked item answers the question, as the probability
 * that it does. A logistic model over the match features, fitted with cross-validation by
 * `node scripts/calibrate.mjs` on kotae's question sets (sales questions and other companies'
 * checksheet questions, each asked of every sample file). At or above {@link CONFIDENCE_THRESHOLD}
 * the first result counts as an answer; below it, results are only candidates.
 */
import type { MatchFeatures } from './ranking.js';

/**
 * At or above this confidence the best result counts as an answer. Chosen on held-out folds so
 * that confident answers are right at least 95 % of the time.
 */
export const CONFIDENCE_THRESHOLD = 0.5;

/** Confidence for an item looked up by the number the question named, with no content against it. */
export const ITEM_NUMBER_CONFIDENCE = 0.95;

/** Below this, a match rests on too little: one ordinary word in common is never an answer. */
const WEAK_EVIDENCE_CAP = CONFIDENCE_THRESHOLD * 0.8;

/** A hit's lead over the one ranked after it, when there is none. */
const LEAD_WHEN_ALONE = 0.5;

/**
 * Inputs of the confidence model, in the order of {@link CONFIDENCE_MODEL}'s coefficients.
 * `lead` is the hit's ranking score minus the next hit's, null when it is the last.
 */
export function confidenceInputs(features: MatchFeatures, lead: number | null): number[] {
  return [
    features.coverage,
    features.controls,
    features.questionHasControls && features.controls < 0.2 ? 1 : 0,
    Math.min(features.matchedConcepts, 4) / 4,
    features.missing,
    features.quantity === 0 ? 1 : 0,
    lead === null ? LEAD_WHEN_ALONE : Math.max(0, lead),
    features.relevance,
    features.questionHasControls ? 0 : 1,
  ];
}

export interface ConfidenceModel {
  readonly coefficients: readonly number[];
  readonly intercept: number;
}

export const CONFIDENCE_MODEL: ConfidenceModel = {
  coefficients: [1.237, 1.063, -0.736, 1.223, -0.178, -0.517, 0.801, 0.373, -0.429],
  intercept: -2.048,
};

/**
 * A match is evidence enough only when it shares a control with the question or covers two of
 * its concepts: one word in common (本社, 社員) is never an answer, however rare the word.
 */
function enoughEvidence(features: MatchFeatures): boolean {
  return features.matchedConcepts >= 2 || (features.matchedConcepts >= 1 && features.controls > 0);
}

/** The confidence of a hit, given its lead over the hit ranked after it (null for the last). */
export function confidenceOf(features: MatchFeatures, lead: number | null, model: ConfidenceModel = CONFIDENCE_MODEL): number {
  if (features.byItemNumber && features.concepts === 0) return ITEM_NUMBER_CONFIDENCE;
  const x = confidenceInputs(features, lead);
  const z = model.intercept + x.reduce((sum, v, i) => sum + v * model.coefficients[i]!, 0);
  const p = 1 / (1 + Math.exp(-z));
  return enoughEvidence(features) ? p : Math.min(p, WEAK_EVIDENCE_CAP);
}
