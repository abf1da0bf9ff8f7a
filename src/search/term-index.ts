/**
 * The index proper, merged from per-file analyses (item-analysis.ts) into flat typed arrays: BM25
 * postings per field, the items holding each term, each item's word sequence, folded text,
 * quantities and controls.
 *
 * Retrieval scores exactly as MiniSearch 7 does with kotae's options (BM25+ with k 1.2, b 0.7,
 * d 0.5; query terms OR-ed, each term's field scores summed before the terms are; results by
 * score, ties in first-match order): the same floating-point steps in the same order, so the same
 * scores to the last bit (tests/search/term-index.test.ts compares the two). What differs is the
 * memory: a posting is two integers here where a JavaScript Map spends ~100 bytes on it (30,000
 * items took 1.1 GB), and the whole index is a few buffers a worker thread hands over uncopied.
 */
import { FIELD_COUNT, FIELDS, HEAD_FIELDS, type AnalysedItems, type Field } from './item-analysis.js';
import { QUANTITY_KINDS, type QuantityKind } from './quantity.js';

/** A merged index as plain data: what a worker thread sends and {@link TermIndex} reads. */
export interface IndexImage {
  readonly documentCount: number;
  readonly terms: readonly string[];
  /** Per term, 1 when it is a character bigram (not a word). */
  readonly bigram: Uint8Array;
  /** BM25 postings of term `t` in field `f` start at `postingStarts[f * terms.length + t]`. */
  readonly postingStarts: Int32Array;
  readonly postingDocs: Int32Array;
  readonly postingFreqs: Int32Array;
  /** Distinct terms in item `d`'s field `f` (MiniSearch's field length): `fieldLengths[d * FIELD_COUNT + f]`. */
  readonly fieldLengths: Int32Array;
  readonly averageFieldLength: Float64Array;
  /** The items holding term `t` in any field start at `docStarts[t]`. */
  readonly docStarts: Int32Array;
  readonly docs: Int32Array;
  /** Item `d`'s words (no bigrams) in text order, head fields first, start at `wordStarts[d]`. */
  readonly wordStarts: Int32Array;
  readonly words: Int32Array;
  /** How many of item `d`'s words are in its head. */
  readonly headWords: Int32Array;
  /** Every item's folded text, one after another; item `d`'s starts at `foldedStarts[d]`. */
  readonly folded: string;
  readonly foldedStarts: Int32Array;
  readonly headFolded: Int32Array;
  readonly quantities: Uint8Array;
  readonly controlStarts: Int32Array;
  readonly controls: Int32Array;
  readonly evidence: Float64Array;
  readonly familyStarts: Int32Array;
  readonly families: Int32Array;
}

/**
 * The buffers under an object's typed arrays, each once (an image's, an analysis's): to transfer
 * to another thread instead of copying them.
 */
export function transferableBuffers(value: object): ArrayBuffer[] {
  const views = Object.values(value).filter((entry): entry is ArrayBufferView => ArrayBuffer.isView(entry));
  return [...new Set(views.map((view) => view.buffer as ArrayBuffer))];
}

/** A bigram term starts with this (analyzer.ts's BIGRAM_PREFIX; no word does). */
const BIGRAM_PREFIX = '§';

/** A run of items' postings, term by term: BM25 postings per field, and the items holding each term. */
interface Inverted {
  /** Postings of term `t` in field `f` start at `postingStarts[f * termCount + t]`. */
  readonly postingStarts: Int32Array;
  readonly postingDocs: Int32Array;
  readonly postingFreqs: Int32Array;
  readonly fieldLengths: Int32Array;
  readonly docStarts: Int32Array;
  readonly docs: Int32Array;
}

/**
 * Inverts items' tokens (`starts` per item and field, as in {@link AnalysedItems}): a first walk
 * counts each list's length, a second fills the lists. Items come in order, so lists are sorted.
 */
function invert(tokens: Int32Array, starts: Int32Array, itemCount: number, termCount: number): Inverted {
  const fieldLengths = new Int32Array(itemCount * FIELD_COUNT);
  const postingCounts = new Int32Array(FIELD_COUNT * termCount);
  const docCounts = new Int32Array(termCount);
  // Per item and field, its distinct terms (first place in the field) and their counts: the
  // first walk finds them, the second places them. Marks are 1-based: zeroed arrays mark nothing.
  const distinct = new Int32Array(tokens.length);
  const counts = new Int32Array(tokens.length);
  const distinctStarts = new Int32Array(starts.length);
  const firstInItem = new Uint8Array(tokens.length);
  const seen = new Int32Array(termCount);
  const inItem = new Int32Array(termCount);
  const at = new Int32Array(termCount);
  let n = 0;
  for (let doc = 0; doc < itemCount; doc++) {
    for (let field = 0; field < FIELD_COUNT; field++) {
      const slot = doc * FIELD_COUNT + field;
      const first = n;
      for (let k = starts[slot]!; k < starts[slot + 1]!; k++) {
        const term = tokens[k]!;
        if (seen[term] !== slot + 1) {
          seen[term] = slot + 1;
          at[term] = n;
          distinct[n] = term;
          counts[n] = 0;
          n++;
        }
        counts[at[term]!]!++;
      }
      fieldLengths[slot] = n - first;
      for (let j = first; j < n; j++) {
        const term = distinct[j]!;
        postingCounts[field * termCount + term]!++;
        if (inItem[term] !== doc + 1) {
          inItem[term] = doc + 1;
          firstInItem[j] = 1;
          docCounts[term]!++;
        }
      }
      distinctStarts[slot + 1] = n;
    }
  }
  const postingStarts = startsOf(postingCounts);
  const docStarts = startsOf(docCounts);
  const postingDocs = new Int32Array(postingStarts[postingStarts.length - 1]!);
  const postingFreqs = new Int32Array(postingDocs.length);
  const docs = new Int32Array(docStarts[docStarts.length - 1]!);
  const postingFill = postingStarts.slice(0, -1);
  const docFill = docStarts.slice(0, -1);
  for (let doc = 0; doc < itemCount; doc++) {
    for (let field = 0; field < FIELD_COUNT; field++) {
      const slot = doc * FIELD_COUNT + field;
      for (let j = distinctStarts[slot]!; j < distinctStarts[slot + 1]!; j++) {
        const term = distinct[j]!;
        const place = postingFill[field * termCount + term]!++;
        postingDocs[place] = doc;
        postingFreqs[place] = counts[j]!;
        if (firstInItem[j]) docs[docFill[term]!++] = doc;
      }
    }
  }
  return { postingStarts, postingDocs, postingFreqs, fieldLengths, docStarts, docs };
}

/**
 * Merges per-file analyses, in item order, into one index: each file's term ids become the
 * index's, and the tokens of all items are inverted in one go.
 */
export function mergeAnalysed(parts: readonly AnalysedItems[]): IndexImage {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const documentCount = parts.reduce((sum, part) => sum + part.headFolded.length, 0);
  const allTokens = new Int32Array(parts.reduce((sum, part) => sum + part.tokens.length, 0));
  const allStarts = new Int32Array(documentCount * FIELD_COUNT + 1);
  let tokenCount = 0;
  let slot = 0;
  for (const part of parts) {
    const global = Int32Array.from(part.terms, (term) => {
      let id = ids.get(term);
      if (id === undefined) {
        id = terms.length;
        ids.set(term, id);
        terms.push(term);
      }
      return id;
    });
    for (let k = 0; k < part.tokens.length; k++) allTokens[tokenCount + k] = global[part.tokens[k]!]!;
    for (let i = 1; i < part.tokenStarts.length; i++) allStarts[++slot] = tokenCount + part.tokenStarts[i]!;
    tokenCount += part.tokens.length;
  }
  const termCount = terms.length;
  const bigram = Uint8Array.from(terms, (term) => (term.startsWith(BIGRAM_PREFIX) ? 1 : 0));
  const { postingStarts, postingDocs, postingFreqs, fieldLengths, docStarts, docs } = invert(
    allTokens,
    allStarts,
    documentCount,
    termCount,
  );

  // MiniSearch keeps a running mean as documents are added: the same steps give the same float.
  const averageFieldLength = new Float64Array(FIELD_COUNT);
  for (let doc = 0; doc < documentCount; doc++) {
    for (let field = 0; field < FIELD_COUNT; field++) {
      averageFieldLength[field] = (averageFieldLength[field]! * doc + fieldLengths[doc * FIELD_COUNT + field]!) / (doc + 1);
    }
  }

  const words = new Int32Array(tokenCount);
  const wordStarts = new Int32Array(documentCount + 1);
  const headWords = new Int32Array(documentCount);
  let wordCount = 0;
  const pushWords = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const term = allTokens[k]!;
      if (!bigram[term]) words[wordCount++] = term;
    }
  };
  for (let doc = 0; doc < documentCount; doc++) {
    const body = allStarts[doc * FIELD_COUNT + HEAD_FIELDS]!;
    pushWords(allStarts[doc * FIELD_COUNT]!, body);
    headWords[doc] = wordCount - wordStarts[doc]!;
    pushWords(body, allStarts[(doc + 1) * FIELD_COUNT]!);
    wordStarts[doc + 1] = wordCount;
  }

  const folded = parts.flatMap((part) => part.folded);
  const foldedStarts = new Int32Array(documentCount + 1);
  for (const [d, text] of folded.entries()) foldedStarts[d + 1] = foldedStarts[d]! + text.length;
  const controls = concatRuns(parts.map((part) => ({ starts: part.controlStarts, values: [part.controls, part.evidence] as const })));
  const families = concatRuns(parts.map((part) => ({ starts: part.familyStarts, values: [part.families] as const })));
  return {
    documentCount,
    terms,
    bigram,
    postingStarts,
    postingDocs,
    postingFreqs,
    fieldLengths,
    averageFieldLength,
    docStarts,
    docs,
    wordStarts,
    words: words.slice(0, wordCount),
    headWords,
    folded: folded.join(''),
    foldedStarts,
    headFolded: concat(
      parts.map((part) => part.headFolded),
      Int32Array,
    ),
    quantities: concat(
      parts.map((part) => part.quantities),
      Uint8Array,
    ),
    controlStarts: controls.starts,
    controls: controls.values[0],
    evidence: controls.values[1],
    familyStarts: families.starts,
    families: families.values[0],
  };
}

/** `starts[i]` is the sum of `counts[0..i)`; one entry more than `counts`. */
function startsOf(counts: Int32Array): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) starts[i + 1] = starts[i]! + counts[i]!;
  return starts;
}

type NumberArray = Int32Array | Float64Array | Uint8Array;

function concat<T extends NumberArray>(arrays: readonly T[], Kind: { new (length: number): T }): T {
  const out = new Kind(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** Joins runs of per-item lists (`starts` with one entry more than items), shifting the starts. */
function concatRuns<V extends readonly NumberArray[]>(
  runs: ReadonlyArray<{ readonly starts: Int32Array; readonly values: V }>,
): { starts: Int32Array; values: V } {
  const items = runs.reduce((n, run) => n + run.starts.length - 1, 0);
  const starts = new Int32Array(items + 1);
  let item = 0;
  let offset = 0;
  for (const run of runs) {
    for (let i = 1; i < run.starts.length; i++) starts[++item] = offset + run.starts[i]!;
    offset += run.starts[run.starts.length - 1]!;
  }
  const values = (runs[0]?.values ?? []).map((first, v) =>
    concat(
      runs.map((run) => run.values[v]!),
      first.constructor as { new (length: number): NumberArray },
    ),
  ) as unknown as V;
  return { starts, values };
}

/**
 * The places in `scores` of the `limit` best, best first; equal scores keep their order (as a
 * stable sort of all of them would, without sorting all of them).
 */
export function bestFirst(scores: Float64Array, limit: number): number[] {
  if (limit <= 0) return [];
  let places = Array.from(scores.keys());
  if (scores.length > limit) {
    const cutoff = largest(scores.slice(), limit);
    let equalSlots = limit;
    for (const value of scores) if (value > cutoff) equalSlots--;
    places = places.filter((i) => scores[i]! > cutoff || (scores[i] === cutoff && equalSlots-- > 0));
  }
  return places.sort((a, b) => scores[b]! - scores[a]!);
}

/** The `k`-th largest of `values` (which it reorders): Hoare's selection. */
function largest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target]!;
}

/** Whether ascending `list` holds `value` (a binary search). */
function sortedIncludes(list: Int32Array, value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = list[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** One retrieved item, as MiniSearch's `search` reports it. */
export interface Bm25Hit {
  readonly doc: number;
  /** The summed term scores times the number of query terms matched (MiniSearch's "quality"). */
  readonly score: number;
  /** How many of the query terms the item matched. */
  readonly terms: number;
}

/** MiniSearch's default BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** MiniSearch's `calcBM25Score`, step for step, in two: the part that depends on the term alone… */
function inverseDocumentFrequency(matchingCount: number, totalCount: number): number {
  return Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
}

/** …and the part that depends on the item. */
function bm25Score(termFreq: number, invDocFreq: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/**
 * A loop that gives the event loop a turn every `sliceMs` milliseconds: call it each iteration
 * and await what it returns when that is a promise. `null` never pauses.
 */
export function pauser(sliceMs: number | null): () => Promise<void> | null {
  if (sliceMs === null) return () => null;
  let since = performance.now();
  return () => {
    if (performance.now() - since < sliceMs) return null;
    return new Promise((resolve) =>
      setImmediate(() => {
        since = performance.now();
        resolve();
      }),
    );
  };
}

/** An index image ready to search. */
export class TermIndex {
  // Scratch space for scoring, reused by every search (searches are synchronous).
  private readonly termScore: Float64Array;
  private readonly termSeen: Int32Array;
  private readonly totalScore: Float64Array;
  private readonly totalTerms: Int32Array;
  private readonly totalSeen: Int32Array;
  private readonly counted: Int32Array;
  private termStamp = 0;
  private queryStamp = 0;
  private countStamp = 0;

  private constructor(
    private readonly image: IndexImage,
    private readonly ids: ReadonlyMap<string, number>,
    private readonly folded: readonly string[],
  ) {
    const n = image.documentCount;
    this.termScore = new Float64Array(n);
    this.termSeen = new Int32Array(n);
    this.totalScore = new Float64Array(n);
    this.totalTerms = new Int32Array(n);
    this.totalSeen = new Int32Array(n);
    this.counted = new Int32Array(n);
  }

  /** Opens an image, giving the event loop a turn every `sliceMs` (null: in one go). */
  static async open(image: IndexImage, sliceMs: number | null = null): Promise<TermIndex> {
    const pause = pauser(sliceMs);
    const ids = new Map<string, number>();
    for (let id = 0; id < image.terms.length; id++) {
      ids.set(image.terms[id]!, id);
      await pause();
    }
    const folded: string[] = [];
    for (let doc = 0; doc < image.documentCount; doc++) {
      folded.push(image.folded.slice(image.foldedStarts[doc], image.foldedStarts[doc + 1]));
      await pause();
    }
    return new TermIndex(image, ids, folded);
  }

  get documentCount(): number {
    return this.image.documentCount;
  }

  /** A term's id, -1 when no item holds it. */
  id(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  /** The items holding `term` in any field, in order. */
  documentsWith(term: string): Int32Array {
    const id = this.ids.get(term);
    return id === undefined ? new Int32Array(0) : this.image.docs.subarray(this.image.docStarts[id], this.image.docStarts[id + 1]);
  }

  documentFrequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.image.docStarts[id + 1]! - this.image.docStarts[id]!;
  }

  /** How many items hold every word of at least one of `phrases` (each in any field, anywhere). */
  itemsWithAnyOf(phrases: ReadonlyArray<readonly string[]>): number {
    const stamp = ++this.countStamp;
    let count = 0;
    for (const words of phrases) {
      if (!words.length) continue;
      const lists = words.map((word) => this.documentsWith(word)).sort((a, b) => a.length - b.length);
      const [shortest, ...rest] = lists;
      for (const doc of shortest!) {
        if (this.counted[doc] === stamp || !rest.every((list) => sortedIncludes(list, doc))) continue;
        this.counted[doc] = stamp;
        count++;
      }
    }
    return count;
  }

  /**
   * MiniSearch's `search` of these terms (each with its boost) with these field boosts, keeping
   * the items `accept` takes: the best `limit`, best first.
   */
  bm25(
    query: ReadonlyMap<string, number>,
    boosts: Readonly<Record<Field, number>>,
    accept: (doc: number) => boolean,
    limit: number,
  ): Bm25Hit[] {
    const { postingStarts, postingDocs, postingFreqs, fieldLengths, averageFieldLength, documentCount } = this.image;
    const { termScore, termSeen, totalScore, totalTerms, totalSeen } = this;
    const termCount = this.image.terms.length;
    const fieldBoosts = FIELDS.map((field) => boosts[field] || 1);
    const queryStamp = ++this.queryStamp;
    const order: number[] = [];
    const touched: number[] = [];
    for (const [term, termBoost] of query) {
      const id = this.ids.get(term);
      if (id === undefined) continue;
      const termStamp = ++this.termStamp;
      touched.length = 0;
      for (let field = 0; field < FIELD_COUNT; field++) {
        const start = postingStarts[field * termCount + id]!;
        const end = postingStarts[field * termCount + id + 1]!;
        const fieldBoost = fieldBoosts[field]!;
        const avgFieldLength = averageFieldLength[field]!;
        const invDocFreq = inverseDocumentFrequency(end - start, documentCount);
        for (let k = start; k < end; k++) {
          const doc = postingDocs[k]!;
          const raw = bm25Score(postingFreqs[k]!, invDocFreq, fieldLengths[doc * FIELD_COUNT + field]!, avgFieldLength);
          // MiniSearch: termWeight (1) × termBoost × fieldBoost × docBoost (1) × score.
          const weighted = termBoost * fieldBoost * raw;
          if (termSeen[doc] !== termStamp) {
            termSeen[doc] = termStamp;
            termScore[doc] = weighted;
            touched.push(doc);
          } else termScore[doc] = termScore[doc]! + weighted;
        }
      }
      for (const doc of touched) {
        if (totalSeen[doc] !== queryStamp) {
          totalSeen[doc] = queryStamp;
          totalScore[doc] = termScore[doc]!;
          totalTerms[doc] = 1;
          order.push(doc);
        } else {
          totalScore[doc] = totalScore[doc]! + termScore[doc]!;
          totalTerms[doc]!++;
        }
      }
    }
    const accepted = order.filter(accept);
    const scores = new Float64Array(accepted.length);
    for (let i = 0; i < accepted.length; i++) scores[i] = totalScore[accepted[i]!]! * totalTerms[accepted[i]!]!;
    return bestFirst(scores, limit).map((i) => ({ doc: accepted[i]!, score: scores[i]!, terms: totalTerms[accepted[i]!]! }));
  }

  private wordRange(doc: number, head: boolean): [number, number] {
    const start = this.image.wordStarts[doc]!;
    return [start, head ? start + this.image.headWords[doc]! : this.image.wordStarts[doc + 1]!];
  }

  /** Whether item `doc`'s head (or whole text) has the word with id `word`. */
  hasWord(doc: number, word: number, head: boolean): boolean {
    const [start, end] = this.wordRange(doc, head);
    const { words } = this.image;
    for (let i = start; i < end; i++) if (words[i] === word) return true;
    return false;
  }

  /**
   * Whether the words stand together in item `doc`'s head (or whole text): some place of the
   * first word has each word within `words.length` places of it.
   */
  together(doc: number, words: readonly number[], head: boolean): boolean {
    const [start, end] = this.wordRange(doc, head);
    const sequence = this.image.words;
    const reach = words.length;
    const near = (word: number, at: number) => {
      for (let i = Math.max(start, at - reach); i <= Math.min(end - 1, at + reach); i++) if (sequence[i] === word) return true;
      return false;
    };
    for (let at = start; at < end; at++) if (sequence[at] === words[0] && words.every((word) => near(word, at))) return true;
    return false;
  }

  /** Whether item `doc`'s folded head (or whole text) contains `text`. */
  foldedIncludes(doc: number, text: string, head: boolean): boolean {
    const folded = this.folded[doc]!;
    if (!head) return folded.includes(text);
    // The first occurrence is the one that can lie wholly inside the head, which comes first.
    const at = folded.indexOf(text);
    return at >= 0 && at + text.length <= this.image.headFolded[doc]!;
  }

  /** How strongly item `doc` is about `control` (0: not at all). */
  evidence(doc: number, control: number): number {
    const { controlStarts, controls, evidence } = this.image;
    for (let i = controlStarts[doc]!; i < controlStarts[doc + 1]!; i++) if (controls[i] === control) return evidence[i]!;
    return 0;
  }

  /** Item `doc`'s controls and evidence, in tagging order. */
  *controlsOf(doc: number): Generator<[number, number]> {
    const { controlStarts, controls, evidence } = this.image;
    for (let i = controlStarts[doc]!; i < controlStarts[doc + 1]!; i++) yield [controls[i]!, evidence[i]!];
  }

  hasFamily(doc: number, family: number): boolean {
    const { familyStarts, families } = this.image;
    return families.subarray(familyStarts[doc], familyStarts[doc + 1]).includes(family);
  }

  statesQuantity(doc: number, kind: QuantityKind): boolean {
    return (this.image.quantities[doc]! & (1 << QUANTITY_KINDS.indexOf(kind))) !== 0;
  }
}
