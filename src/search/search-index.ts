/**
 * The search index over checksheet items, and the answering pipeline as named stages:
 *
 * 1. **plan** (`query.ts`): concepts, an item number the question names, quantities asked, and
 *    the security controls the question is about (`control-tagger.ts`);
 * 2. **retrieve**: BM25+ (`term-index.ts`) over question, section, answer and remarks, plus the items
 *    tagged with the question's controls, plus the item named by number;
 * 3. **re-rank** (`ranking.ts`): each candidate's match features (concept coverage, BM25, control
 *    agreement, quantity) make its score;
 * 4. **confidence** (`confidence.ts`): the features make a calibrated confidence.
 */
import type { ControlDefinition } from '../controls/catalogue.js';
import type { KnowledgeItem } from '../knowledge/types.js';
import type { Analyzer } from './analyzer.js';
import { confidenceOf, ITEM_NUMBER_CONFIDENCE } from './confidence.js';
import type { ControlTagger } from './control-tagger.js';
import type { Glossary } from './glossary.js';
import { analyseItems } from './item-analysis.js';
import { itemNumberKey } from './item-reference.js';
import { MIN_FOLDED_LENGTH, planQuery, type Concept, type Form, type QueryPlan } from './query.js';
import { DEFAULT_RANKING, rankingScore, type MatchFeatures, type RankingOptions } from './ranking.js';
import { bestFirst, mergeAnalysed, pauser, TermIndex, type IndexImage } from './term-index.js';

export interface SearchOptions {
  /** How many hits to return. */
  readonly top: number;
  /** Only items in this collection (folder) or below it. */
  readonly collection?: string;
}

export interface SearchHit {
  readonly item: KnowledgeItem;
  /** Ranking score (higher is better); comparable within one search only. */
  readonly score: number;
  /** How sure kotae is that this item answers the question, in [0, 1]. */
  readonly confidence: number;
  readonly features: MatchFeatures;
  /** The question's concepts this item covers, as the user wrote them. */
  readonly matched: readonly string[];
  /** The controls this item was matched on (shared with the question), strongest first. */
  readonly controls: readonly ControlDefinition[];
}

/** What a search found, and what it could tell about the question itself. */
export interface SearchOutcome {
  readonly hits: readonly SearchHit[];
  /** The controls the question is about, strongest first. */
  readonly questionControls: readonly ControlDefinition[];
  /** Controls the question names that no item in scope is about: the knowledge has no answer. */
  readonly missingControls: readonly ControlDefinition[];
  /** The item number the question named, when it did: whether such an item exists and if content outranked it. */
  readonly itemReference: { readonly number: string; readonly found: boolean; readonly outranked: boolean } | null;
}

/** What the index is searched with besides the items: the question's side of the analysis. */
export interface SearchIndexParts {
  /** The analysis chain; a promise so that an index can open while kuromoji's dictionary loads. */
  readonly analyzer: Promise<Analyzer>;
  readonly glossary: Glossary;
  /** The tagger of the catalogue the items were tagged with (see item-analysis.ts). */
  readonly tagger: ControlTagger;
  readonly ranking?: RankingOptions;
}

interface ControlPosting {
  readonly docs: number[];
  readonly evidence: number[];
}

/** A form of a concept, with its words' term ids in this index (-1: no item has the word). */
interface IndexedForm {
  readonly form: Form;
  readonly ids: readonly number[];
}

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** A control counts as an item's topic at this evidence (one naming term in the answer is 0.6). */
const ITEM_CONTROL_MIN = 0.5;
/** A question names a control when a naming term (not only a co-topic word) is in it. */
const QUESTION_CONTROL_MIN = 1;
/** A named item yields to a content match only when that match's ranking score is this much higher. */
const ITEM_NUMBER_MARGIN = 0.3;

export class SearchIndex {
  private readonly formCache = new Map<string, Form>();
  // Scratch space for the candidates a question's controls bring (searches are synchronous).
  private readonly controlScores: Float64Array;
  private readonly controlSeen: Int32Array;
  private controlStamp = 0;
  private readonly conceptFrequency = new Map<string, number>();

  private constructor(
    readonly items: readonly KnowledgeItem[],
    private readonly index: TermIndex,
    /** Per control, the items about it (evidence ≥ {@link ITEM_CONTROL_MIN}) and their evidence. */
    private readonly controlPostings: ReadonlyMap<number, ControlPosting>,
    private readonly byNumber: ReadonlyMap<string, readonly number[]>,
    /** Most items are written in Japanese (English questions are then asked across languages). */
    private readonly japaneseKnowledge: boolean,
    private readonly analyzer: Analyzer,
    private readonly glossary: Glossary,
    private readonly tagger: ControlTagger,
    private readonly ranking: RankingOptions,
  ) {
    this.controlScores = new Float64Array(items.length);
    this.controlSeen = new Int32Array(items.length);
  }

  /**
   * Analyses and indexes the items in this thread. Texts that repeat (the same boilerplate
   * question in many checksheets) are analysed once. A knowledge folder is indexed from its
   * files' stored analyses instead (knowledge-snapshot.ts).
   */
  static async build(items: readonly KnowledgeItem[], parts: SearchIndexParts): Promise<SearchIndex> {
    const analyzer = await parts.analyzer;
    const analysed = new Map<string, string[]>();
    const termsOf = (text: string) => {
      let terms = analysed.get(text);
      if (!terms) {
        terms = analyzer.terms(text);
        analysed.set(text, terms);
      }
      return terms;
    };
    return SearchIndex.open(items, mergeAnalysed([analyseItems(items, termsOf, parts.tagger)]), parts);
  }

  /**
   * Opens a merged index of `items` (analysed with `parts.catalogue`), giving the event loop a
   * turn every `sliceMs` milliseconds when given, so that a reload never stalls answers.
   */
  static async open(
    items: readonly KnowledgeItem[],
    image: IndexImage,
    parts: SearchIndexParts,
    sliceMs: number | null = null,
  ): Promise<SearchIndex> {
    if (image.documentCount !== items.length)
      throw new Error(`the index holds ${image.documentCount} items where ${items.length} were loaded`);
    const index = await TermIndex.open(image, sliceMs);
    const pause = pauser(sliceMs);
    const controlPostings = new Map<number, ControlPosting>();
    const byNumber = new Map<string, number[]>();
    let japanese = 0;
    for (let doc = 0; doc < items.length; doc++) {
      for (const [control, evidence] of index.controlsOf(doc)) {
        if (evidence < ITEM_CONTROL_MIN) continue;
        let posting = controlPostings.get(control);
        if (!posting) {
          posting = { docs: [], evidence: [] };
          controlPostings.set(control, posting);
        }
        posting.docs.push(doc);
        posting.evidence.push(evidence);
      }
      const item = items[doc]!;
      if (item.itemNumber) pushTo(byNumber, itemNumberKey(item.itemNumber), doc);
      if (JAPANESE.test(`${item.question}${item.answer}`)) japanese++;
      await pause();
    }
    return new SearchIndex(
      items,
      index,
      controlPostings,
      byNumber,
      japanese * 2 >= items.length,
      await parts.analyzer,
      parts.glossary,
      parts.tagger,
      parts.ranking ?? DEFAULT_RANKING,
    );
  }

  /** Ranked hits for a question, and what the question is about; no hits when nothing matches. */
  search(question: string, options: SearchOptions): SearchOutcome {
    const plan = planQuery(question, { analyzer: this.analyzer, glossary: this.glossary, tagger: this.tagger, formCache: this.formCache });
    const inCollection = collectionFilter(options.collection, this.items);
    const numbered = plan.itemReference ? (this.byNumber.get(plan.itemReference.key) ?? []).filter(inCollection) : [];
    const candidates = this.retrieve(plan, inCollection, numbered);
    const ranked = this.rerank(plan, candidates, new Set(numbered));
    const hits = ranked.slice(0, options.top);
    return {
      hits,
      questionControls: this.strongest(plan.controls.controls, 0),
      missingControls: this.missingControls(plan, inCollection),
      itemReference: plan.itemReference
        ? {
            number: plan.itemReference.key,
            found: numbered.length > 0,
            outranked: numbered.length > 0 && !numbered.includes(this.items.indexOf(ranked[0]!.item)),
          }
        : null,
    };
  }

  /** Stage 2: candidate items and their BM25 relevance in [0, 1]. */
  private retrieve(plan: QueryPlan, inCollection: (index: number) => boolean, numbered: readonly number[]): Map<number, number> {
    const weights = this.queryWeights(plan);
    const candidates = new Map<number, number>();
    if (weights.size) {
      const top = this.index.bm25(weights, this.ranking.fieldBoost, inCollection, this.ranking.candidates);
      const perTerm = (r: (typeof top)[number]) => r.score / (r.terms || 1);
      const best = top.reduce((max, r) => Math.max(max, perTerm(r)), 0) || 1;
      for (const r of top) candidates.set(r.doc, perTerm(r) / best);
    }
    // Another company's wording may share no word with the item that answers it; the control does.
    const byControl = this.controlScores;
    const stamp = ++this.controlStamp;
    const found: number[] = [];
    for (const [control, evidence] of plan.controls.controls) {
      const posting = this.controlPostings.get(control);
      for (let at = 0; posting && at < posting.docs.length; at++) {
        const index = posting.docs[at]!;
        if (!inCollection(index)) continue;
        const agreement = evidence * posting.evidence[at]!;
        if (this.controlSeen[index] === stamp) byControl[index] = byControl[index]! + agreement;
        else {
          this.controlSeen[index] = stamp;
          byControl[index] = agreement;
          found.push(index);
        }
      }
    }
    const agreements = Float64Array.from(found, (index) => byControl[index]!);
    for (const at of bestFirst(agreements, this.ranking.controlCandidates)) candidates.set(found[at]!, candidates.get(found[at]!) ?? 0);
    for (const index of numbered) candidates.set(index, candidates.get(index) ?? 0);
    return candidates;
  }

  /** Stages 3 and 4: match features, score and confidence for each candidate, best first. */
  private rerank(plan: QueryPlan, candidates: ReadonlyMap<number, number>, numbered: ReadonlySet<number>): SearchHit[] {
    const conceptWeights = plan.concepts.map((concept) => this.conceptWeight(concept));
    const total = conceptWeights.reduce((sum, w) => sum + w, 0);
    const controlWeights = new Map(
      [...plan.controls.controls].map(([control, evidence]) => [control, evidence * this.controlRarity(control)]),
    );
    const controlTotal = [...controlWeights.values()].reduce((sum, w) => sum + w, 0);

    const forms = plan.concepts.map((concept) =>
      concept.forms.map((form): IndexedForm => ({ form, ids: form.words.map((word) => this.index.id(word)) })),
    );
    const scored = [...candidates].map(([index, relevance]) => {
      let covered = 0;
      let missing = 0;
      const matched: string[] = [];
      plan.concepts.forEach((concept, c) => {
        const weight = conceptWeights[c]!;
        const inHead = forms[c]!.some((form) => this.formMatches(form, index, true));
        // `8文字以上` answers `文字数`: a stated quantity covers the word that asks for it.
        const stated = concept.asks !== null && this.index.statesQuantity(index, concept.asks);
        if (inHead || stated || forms[c]!.some((form) => this.formMatches(form, index, false))) {
          covered += inHead ? weight : weight * this.ranking.bodyOnlyWeight;
          matched.push(concept.label);
        } else {
          missing = Math.max(missing, weight);
        }
      });
      let agreed = 0;
      for (const [control, weight] of controlWeights) agreed += weight * this.index.evidence(index, control);
      const features: MatchFeatures = {
        coverage: total ? covered / total : 0,
        relevance,
        controls: controlTotal ? agreed / controlTotal : 0,
        family: [...plan.controls.families].some((f) => this.index.hasFamily(index, f)) ? 1 : 0,
        questionHasControls: controlTotal > 0,
        quantity: plan.quantities.length ? (plan.quantities.some((kind) => this.index.statesQuantity(index, kind)) ? 1 : 0) : null,
        matchedConcepts: matched.length,
        concepts: plan.concepts.length,
        missing: total ? missing / total : 0,
        byItemNumber: numbered.has(index),
      };
      return {
        item: this.items[index]!,
        score: rankingScore(features, this.ranking),
        features,
        matched,
        controls: this.sharedControls(plan, index),
      };
    });
    scored.sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id));
    // A lower-ranked hit is never shown as surer than one above it.
    let ceiling = 1;
    const hits = scored.map((hit, i): SearchHit => {
      const next = scored[i + 1];
      ceiling = Math.min(ceiling, confidenceOf(hit.features, next ? hit.score - next.score : null));
      return { ...hit, confidence: ceiling };
    });
    return this.placeNumbered(plan, hits);
  }

  /**
   * An item the question names by number goes first, confidently, unless the question's content
   * clearly fits another item better: then the content match stays first (the outcome says so).
   */
  private placeNumbered(plan: QueryPlan, hits: SearchHit[]): SearchHit[] {
    const named = hits.filter((h) => h.features.byItemNumber);
    if (!named.length) return hits;
    const rest = hits.filter((h) => !h.features.byItemNumber);
    const content = plan.concepts.length > 0;
    const bestNamed = Math.max(...named.map((h) => h.score));
    const lift = (h: SearchHit): SearchHit => ({
      ...h,
      confidence: content && h.features.coverage < 0.5 ? h.confidence : Math.max(h.confidence, ITEM_NUMBER_CONFIDENCE),
    });
    if (content && rest[0] && rest[0].score - bestNamed > ITEM_NUMBER_MARGIN) return [rest[0], ...named.map(lift), ...rest.slice(1)];
    return [...named.map(lift), ...rest];
  }

  /** Stage 4's companion: controls the question names that no item in scope is about. */
  private missingControls(plan: QueryPlan, inCollection: (index: number) => boolean): ControlDefinition[] {
    const missing: ControlDefinition[] = [];
    for (const [control, evidence] of plan.controls.controls) {
      if (evidence < QUESTION_CONTROL_MIN) continue;
      if (!(this.controlPostings.get(control)?.docs ?? []).some(inCollection)) missing.push(this.tagger.control(control));
    }
    return missing;
  }

  /**
   * Whether an item's head (or whole text) has a form of a concept: its words, standing together,
   * or, for words kuromoji segments differently, OCR'd (`バスワード`) or typed in hiragana, its
   * folded text as one run.
   */
  private formMatches({ form, ids }: IndexedForm, doc: number, head: boolean): boolean {
    if (ids.length === 1 && this.index.hasWord(doc, ids[0]!, head)) return true;
    if (ids.length > 1 && ids.every((id) => this.index.hasWord(doc, id, head)) && this.index.together(doc, ids, head)) return true;
    return form.folded.length >= MIN_FOLDED_LENGTH && this.index.foldedIncludes(doc, form.folded, head);
  }

  private sharedControls(plan: QueryPlan, doc: number): ControlDefinition[] {
    const shared = new Map<number, number>();
    for (const [control, evidence] of plan.controls.controls) {
      const itemEvidence = this.index.evidence(doc, control);
      if (itemEvidence >= ITEM_CONTROL_MIN) shared.set(control, evidence * itemEvidence);
    }
    return this.strongest(shared, 0);
  }

  private strongest(evidence: ReadonlyMap<number, number>, min: number): ControlDefinition[] {
    return [...evidence]
      .filter(([, e]) => e > min)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([control]) => this.tagger.control(control));
  }

  /** Controls most items are about (ISMS in an ISMS checksheet) tell items apart least. */
  private controlRarity(control: number): number {
    const df = this.controlPostings.get(control)?.docs.length ?? 0;
    return Math.log(1 + (this.items.length + 1) / (df + 0.5));
  }

  /** Query terms and their weights: typed words, synonyms, and the question's useful bigrams. */
  private queryWeights(plan: QueryPlan): Map<string, number> {
    const weights = new Map<string, number>();
    // Terms in a large share of a large index rank nothing and cost the most to score; they still
    // count in coverage, which reads the postings directly.
    const retrievalLimit = Math.max(this.ranking.retrievalMinDf, this.items.length * this.ranking.maxRetrievalDf);
    const add = (term: string, weight: number) => {
      const df = this.index.documentFrequency(term);
      if (df > 0 && df <= retrievalLimit && (weights.get(term) ?? 0) < weight) weights.set(term, weight);
    };
    for (const concept of plan.concepts) {
      for (const form of concept.forms) {
        for (const word of form.words) add(word, (form.typed ? 1 : this.ranking.synonymWeight) / Math.sqrt(form.words.length));
      }
    }
    const limit = Math.max(2, this.items.length * this.ranking.maxBigramDf);
    for (const bigram of plan.bigrams) if (this.index.documentFrequency(bigram) <= limit) add(bigram, this.ranking.bigramWeight);
    return weights;
  }

  /**
   * Rarer concepts weigh more: an item that covers `暗号化` says more than one that covers `データ`.
   * A concept's rarity is that of the items holding any of its forms, so a word typed in an unusual
   * way (`社員` where the checksheets say `従業員`) is as common as what it means.
   */
  private conceptWeight(concept: Concept): number {
    const key = concept.forms
      .map((form) => form.words.join('\u0000'))
      .sort()
      .join('\u0001');
    let df = this.conceptFrequency.get(key);
    if (df === undefined) {
      df = this.index.itemsWithAnyOf(concept.forms.map((form) => form.words));
      this.conceptFrequency.set(key, df);
    }
    const weight = Math.log(1 + (this.items.length + 1) / (df + 0.5));
    // An English word no Japanese checksheet contains was not translated, not asked about
    // something missing: it must not outweigh the words the glossary and catalogue did bridge.
    const untranslated = df === 0 && !concept.domain && this.japaneseKnowledge && /^[\x20-\x7e]+$/.test(concept.label);
    return untranslated ? weight * this.ranking.untranslatedWeight : weight;
  }
}

function collectionFilter(collection: string | undefined, items: readonly KnowledgeItem[]): (index: number) => boolean {
  if (!collection) return () => true;
  const wanted = collection.replace(/^\/+|\/+$/g, '');
  return (index) => {
    const c = items[index]!.collection;
    return c === wanted || c.startsWith(`${wanted}/`);
  };
}

function pushTo<K>(map: Map<K, number[]>, key: K, index: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}
