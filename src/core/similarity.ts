/**
 * Text similarity for the answer-library report: character bigrams of the normalised text and
 * their Jaccard similarity, and the pairs of a large set of texts above a threshold found without
 * comparing every pair with every other.
 */
import { normalizeText } from '../search/normalize.js';

/** Character bigrams of a text, after normalisation, with spaces and punctuation dropped. */
export function bigramSet(text: string): Set<string> {
  const letters = [...normalizeText(text).replace(/[^\p{L}\p{N}]/gu, '')];
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) bigrams.add(letters[i]! + letters[i + 1]!);
  // A one-character text still says something.
  if (letters.length === 1) bigrams.add(letters[0]!);
  return bigrams;
}

/** |a ∩ b| / |a ∪ b|, 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

export interface SimilarPair {
  /** Indexes into the sets given, `a < b`. */
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/**
 * Every pair of `sets` whose Jaccard similarity is at least `threshold` (in (0, 1]) and that
 * `accept` lets through, by prefix filtering (Bayardo et al., "Scaling up all pairs similarity
 * search", 2007): with tokens ordered rarest first, two sets that similar share a token among the
 * first `|x| − ⌈t·|x|⌉ + 1` of each, so only sets sharing a rare token are compared.
 */
export function similarPairs(
  sets: ReadonlyArray<ReadonlySet<string>>,
  threshold: number,
  accept: (a: number, b: number) => boolean = () => true,
): SimilarPair[] {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const token of set) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const rarestFirst = (x: string, y: string) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0);
  const order = sets
    .map((_, i) => i)
    .filter((i) => sets[i]!.size > 0)
    .sort((x, y) => sets[x]!.size - sets[y]!.size || x - y);
  const index = new Map<string, number[]>();
  const pairs: SimilarPair[] = [];
  for (const i of order) {
    const set = sets[i]!;
    const prefix = [...set].sort(rarestFirst).slice(0, set.size - Math.ceil(threshold * set.size) + 1);
    const candidates = new Set<number>();
    for (const token of prefix) for (const j of index.get(token) ?? []) if (sets[j]!.size >= threshold * set.size) candidates.add(j);
    for (const j of candidates) {
      const [a, b] = j < i ? [j, i] : [i, j];
      if (!accept(a, b)) continue;
      const similarity = jaccard(set, sets[j]!);
      if (similarity >= threshold) pairs.push({ a, b, similarity });
    }
    for (const token of prefix) {
      const list = index.get(token);
      if (list) list.push(i);
      else index.set(token, [i]);
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
}
