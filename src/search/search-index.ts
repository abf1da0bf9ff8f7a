/**
 * The search index over checksheet items, and the answering pipeline as named stages:
 *
 * 1. **plan** (`query.ts`): concepts, an item number the question names, quantities asked, and
 *    the security controls the question is about (`control-tagger.ts`);
 * 2. **retrieve**: MiniSearch (BM25+) over question, section, answer and remarks, plus the items
 *    tagged with the question's controls, plus the item named by number;
 * 3. **re-rank** (`ranking.ts`): each candidate's match features (concept coverage, BM25, control
 *    agreement, quantity) make its score;
 * 4. **confidence** (`confidence.ts`): the features make a calibrated confidence.
 */
import MiniSearch from 'minisearch';
import type { Catalogue, ControlDefinition } from '../controls/catalogue.js';
import type { KnowledgeItem } from '../knowledge/types.js';
import { BIGRAM_PREFIX, type Analyzer } from './analyzer.js';
import type { AnalysisCache } from './analysis-cache.js';
import { confidenceOf, ITEM_NUMBER_CONFIDENCE } from './confidence.js';
import { ControlTagger, type ItemControls } from './control-tagger.js';
import type { Glossary } from './glossary.js';
import { itemNumberKey } from './item-reference.js';
import { foldForBigrams, normalizeText } from './normalize.js';
import { quantitiesStated, type QuantityKind } from './quantity.js';
import { MIN_FOLDED_LENGTH, planQuery, type Concept, type Form, type QueryPlan } from './query.js';
import { DEFAULT_RANKING, rankingScore, type MatchFeatures, type RankingOptions } from './ranking.js';

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

/** What the index is built from besides the items. */
export interface SearchIndexParts {
  /** The analysis chain; a promise so that a fully cached build need not wait for kuromoji. */
  readonly analyzer: Promise<Analyzer>;
  readonly glossary: Glossary;
  readonly catalogue: Catalogue;
  readonly cache?: AnalysisCache;
  readonly ranking?: RankingOptions;
}

interface TermSets {
  readonly words: ReadonlySet<string>;
  /** Where each word stands in the text's word sequence, to find a phrase's words together. */
  readonly positions: ReadonlyMap<string, readonly number[]>;
  /** The text folded for bigrams (kana, voicing, long vowels), to find a form as one run. */
  readonly folded: string;
}

/** What the re-ranker reads of an item, prepared at build time. */
interface DocTerms {
  /** Its question and headings name the topic. */
  readonly head: TermSets;
  readonly all: TermSets;
  readonly controls: ItemControls;
  readonly quantities: ReadonlySet<QuantityKind>;
}

const FIELDS = ['question', 'section', 'answer', 'remarks'] as const;
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** A control counts as an item's topic at this evidence (one naming term in the answer is 0.6). */
const ITEM_CONTROL_MIN = 0.5;
/** A question names a control when a naming term (not only a co-topic word) is in it. */
const QUESTION_CONTROL_MIN = 1;
/** A named item yields to a content match only when that match's ranking score is this much higher. */
const ITEM_NUMBER_MARGIN = 0.3;

export class SearchIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly controlPostings = new Map<number, number[]>();
  private readonly byNumber = new Map<string, number[]>();
  private readonly formCache = new Map<string, Form>();
  private readonly conceptFrequency = new Map<string, number>();
  /** Most items are written in Japanese (English questions are then asked across languages). */
  private readonly japaneseKnowledge: boolean;

  private constructor(
    readonly items: readonly KnowledgeItem[],
    private readonly mini: MiniSearch<IndexedDoc>,
    private readonly docs: readonly DocTerms[],
    bigrams: ReadonlyArray<readonly string[]>,
    private readonly analyzer: Analyzer,
    private readonly glossary: Glossary,
    private readonly tagger: ControlTagger,
    private readonly ranking: RankingOptions,
  ) {
    docs.forEach((doc, index) => {
      for (const term of doc.all.words) pushTo(this.postings, term, index);
      for (const term of bigrams[index]!) pushTo(this.postings, term, index);
      for (const [control, evidence] of doc.controls.controls) if (evidence >= ITEM_CONTROL_MIN) pushTo(this.controlPostings, control, index);
    });
    items.forEach((item, index) => {
      if (item.itemNumber) pushTo(this.byNumber, itemNumberKey(item.itemNumber), index);
    });
    const japanese = items.filter((item) => JAPANESE.test(`${item.question}${item.answer}`)).length;
    this.japaneseKnowledge = japanese * 2 >= items.length;
  }

  /**
   * Analyses and indexes the items. Texts that repeat (the same boilerplate question in many
   * checksheets) are analysed once. With a cache holding every text, the index is built without
   * waiting for the analyzer (the kuromoji dictionary loads meanwhile).
   */
  static async build(items: readonly KnowledgeItem[], parts: SearchIndexParts): Promise<SearchIndex> {
    const { cache } = parts;
    const texts = new Set(items.flatMap((item) => [item.question, item.section.join(' '), item.answer, item.remarks]).filter(Boolean));
    const known = new Map<string, string[]>();
    for (const text of texts) {
      const terms = cache?.get(text);
      if (terms) known.set(text, terms);
    }
    const analyzer = known.size === texts.size ? null : await parts.analyzer;
    const analyse = (text: string): string[] => {
      if (!text) return [];
      let terms = known.get(text);
      if (!terms) {
        terms = analyzer!.terms(text);
        known.set(text, terms);
        cache?.set(text, terms);
      }
      return terms;
    };
    const mini = new MiniSearch<IndexedDoc>({
      fields: [...FIELDS],
      storeFields: ['collection'],
      tokenize: (text) => analyse(text),
      processTerm: (term) => term,
    });
    const tagger = new ControlTagger(parts.catalogue);
    const docs: DocTerms[] = [];
    const bigrams: string[][] = [];
    const indexed = items.map((item, id): IndexedDoc => {
      const section = item.section.join(' ');
      const head = [item.question, section].flatMap((text) => (text ? analyse(text) : []));
      const body = [item.answer, item.remarks].flatMap((text) => (text ? analyse(text) : []));
      const headText = fold(`${item.question} ${section}`);
      const all = [...head, ...body];
      docs.push({
        head: termSets(head, headText),
        all: termSets(all, `${headText} ${fold(`${item.answer} ${item.remarks}`)}`),
        controls: tagger.tagItem(item),
        quantities: quantitiesStated(normalizeText(`${item.answer} ${item.remarks}`)),
      });
      bigrams.push([...new Set(all.filter((t) => t.startsWith(BIGRAM_PREFIX)))]);
      return { id, question: item.question, section, answer: item.answer, remarks: item.remarks, collection: item.collection };
    });
    mini.addAll(indexed);
    return new SearchIndex(items, mini, docs, bigrams, analyzer ?? (await parts.analyzer), parts.glossary, tagger, parts.ranking ?? DEFAULT_RANKING);
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
        ? { number: plan.itemReference.key, found: numbered.length > 0, outranked: numbered.length > 0 && !numbered.includes(this.items.indexOf(ranked[0]!.item)) }
        : null,
    };
  }

  /** Stage 2: candidate items and their BM25 relevance in [0, 1]. */
  private retrieve(plan: QueryPlan, inCollection: (index: number) => boolean, numbered: readonly number[]): Map<number, number> {
    const weights = this.queryWeights(plan);
    const candidates = new Map<number, number>();
    if (weights.size) {
      const raw = this.mini.search([...weights.keys()].join('\u0000'), {
        tokenize: (text) => text.split('\u0000'),
        processTerm: (term) => term,
        boost: this.ranking.fieldBoost,
        boostTerm: (term) => weights.get(term) ?? 1,
        filter: (result) => inCollection(result.id as number),
      });
      const perTerm = (r: (typeof raw)[number]) => r.score / (r.queryTerms.length || 1);
      const top = raw.slice(0, this.ranking.candidates);
      const best = top.reduce((max, r) => Math.max(max, perTerm(r)), 0) || 1;
      for (const r of top) candidates.set(r.id as number, perTerm(r) / best);
    }
    // Another company's wording may share no word with the item that answers it; the control does.
    const byControl = new Map<number, number>();
    for (const [control, evidence] of plan.controls.controls) {
      for (const index of this.controlPostings.get(control) ?? []) {
        if (inCollection(index)) byControl.set(index, (byControl.get(index) ?? 0) + evidence * this.docs[index]!.controls.controls.get(control)!);
      }
    }
    for (const [index] of [...byControl].sort((a, b) => b[1] - a[1]).slice(0, this.ranking.controlCandidates)) candidates.set(index, candidates.get(index) ?? 0);
    for (const index of numbered) candidates.set(index, candidates.get(index) ?? 0);
    return candidates;
  }

  /** Stages 3 and 4: match features, score and confidence for each candidate, best first. */
  private rerank(plan: QueryPlan, candidates: ReadonlyMap<number, number>, numbered: ReadonlySet<number>): SearchHit[] {
    const conceptWeights = plan.concepts.map((concept) => this.conceptWeight(concept));
    const total = conceptWeights.reduce((sum, w) => sum + w, 0);
    const controlWeights = new Map([...plan.controls.controls].map(([control, evidence]) => [control, evidence * this.controlRarity(control)]));
    const controlTotal = [...controlWeights.values()].reduce((sum, w) => sum + w, 0);

    const scored = [...candidates].map(([index, relevance]) => {
      const doc = this.docs[index]!;
      let covered = 0;
      let missing = 0;
      const matched: string[] = [];
      plan.concepts.forEach((concept, c) => {
        const weight = conceptWeights[c]!;
        const inHead = concept.forms.some((form) => formMatches(form, doc.head));
        // `8文字以上` answers `文字数`: a stated quantity covers the word that asks for it.
        const stated = concept.asks !== null && doc.quantities.has(concept.asks);
        if (inHead || stated || concept.forms.some((form) => formMatches(form, doc.all))) {
          covered += inHead ? weight : weight * this.ranking.bodyOnlyWeight;
          matched.push(concept.label);
        } else {
          missing = Math.max(missing, weight);
        }
      });
      let agreed = 0;
      for (const [control, weight] of controlWeights) agreed += weight * (doc.controls.controls.get(control) ?? 0);
      const features: MatchFeatures = {
        coverage: total ? covered / total : 0,
        relevance,
        controls: controlTotal ? agreed / controlTotal : 0,
        family: [...plan.controls.families].some((f) => doc.controls.families.has(f)) ? 1 : 0,
        questionHasControls: controlTotal > 0,
        quantity: plan.quantities.length ? (plan.quantities.some((kind) => doc.quantities.has(kind)) ? 1 : 0) : null,
        matchedConcepts: matched.length,
        concepts: plan.concepts.length,
        missing: total ? missing / total : 0,
        byItemNumber: numbered.has(index),
      };
      return { item: this.items[index]!, score: rankingScore(features, this.ranking), features, matched, controls: this.sharedControls(plan, doc) };
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
    const lift = (h: SearchHit): SearchHit => ({ ...h, confidence: content && h.features.coverage < 0.5 ? h.confidence : Math.max(h.confidence, ITEM_NUMBER_CONFIDENCE) });
    if (content && rest[0] && rest[0].score - bestNamed > ITEM_NUMBER_MARGIN) return [rest[0], ...named.map(lift), ...rest.slice(1)];
    return [...named.map(lift), ...rest];
  }

  /** Stage 4's companion: controls the question names that no item in scope is about. */
  private missingControls(plan: QueryPlan, inCollection: (index: number) => boolean): ControlDefinition[] {
    const missing: ControlDefinition[] = [];
    for (const [control, evidence] of plan.controls.controls) {
      if (evidence < QUESTION_CONTROL_MIN) continue;
      if (!(this.controlPostings.get(control) ?? []).some(inCollection)) missing.push(this.tagger.control(control));
    }
    return missing;
  }

  private sharedControls(plan: QueryPlan, doc: DocTerms): ControlDefinition[] {
    const shared = new Map<number, number>();
    for (const [control, evidence] of plan.controls.controls) {
      const itemEvidence = doc.controls.controls.get(control) ?? 0;
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
    const df = this.controlPostings.get(control)?.length ?? 0;
    return Math.log(1 + (this.items.length + 1) / (df + 0.5));
  }

  /** Query terms and their weights: typed words, synonyms, and the question's useful bigrams. */
  private queryWeights(plan: QueryPlan): Map<string, number> {
    const weights = new Map<string, number>();
    // Terms in a large share of a large index rank nothing and cost the most to score; they still
    // count in coverage, which reads the postings directly.
    const retrievalLimit = Math.max(this.ranking.retrievalMinDf, this.items.length * this.ranking.maxRetrievalDf);
    const add = (term: string, weight: number) => {
      const df = this.postings.get(term)?.length ?? 0;
      if (df > 0 && df <= retrievalLimit && (weights.get(term) ?? 0) < weight) weights.set(term, weight);
    };
    for (const concept of plan.concepts) {
      for (const form of concept.forms) {
        for (const word of form.words) add(word, (form.typed ? 1 : this.ranking.synonymWeight) / Math.sqrt(form.words.length));
      }
    }
    const limit = Math.max(2, this.items.length * this.ranking.maxBigramDf);
    for (const bigram of plan.bigrams) if ((this.postings.get(bigram)?.length ?? 0) <= limit) add(bigram, this.ranking.bigramWeight);
    return weights;
  }

  /**
   * Rarer concepts weigh more: an item that covers `暗号化` says more than one that covers `データ`.
   * A concept's rarity is that of the items holding any of its forms, so a word typed in an unusual
   * way (`社員` where the checksheets say `従業員`) is as common as what it means.
   */
  private conceptWeight(concept: Concept): number {
    const key = concept.forms.map((form) => form.words.join('\u0000')).sort().join('\u0001');
    let df = this.conceptFrequency.get(key);
    if (df === undefined) {
      const documents = new Set<number>();
      for (const form of concept.forms) for (const index of this.documentsWithAll(form.words)) documents.add(index);
      df = documents.size;
      this.conceptFrequency.set(key, df);
    }
    const weight = Math.log(1 + (this.items.length + 1) / (df + 0.5));
    // An English word no Japanese checksheet contains was not translated, not asked about
    // something missing: it must not outweigh the words the glossary and catalogue did bridge.
    const untranslated = df === 0 && !concept.domain && this.japaneseKnowledge && /^[\x20-\x7e]+$/.test(concept.label);
    return untranslated ? weight * this.ranking.untranslatedWeight : weight;
  }

  private documentsWithAll(words: readonly string[]): readonly number[] {
    if (!words.length) return [];
    const lists = words.map((w) => this.postings.get(w) ?? []);
    lists.sort((a, b) => a.length - b.length);
    if (lists.length === 1) return lists[0]!;
    const rest = lists.slice(1).map((l) => new Set(l));
    return lists[0]!.filter((d) => rest.every((set) => set.has(d)));
  }
}

interface IndexedDoc {
  readonly id: number;
  readonly question: string;
  readonly section: string;
  readonly answer: string;
  readonly remarks: string;
  readonly collection: string;
}

function formMatches(form: Form, doc: TermSets): boolean {
  if (form.words.length === 1 && doc.words.has(form.words[0]!)) return true;
  if (form.words.length > 1 && form.words.every((w) => doc.words.has(w)) && together(form.words, doc.positions)) return true;
  // Words kuromoji segments differently, OCR'd (`バスワード`) or typed in hiragana still appear
  // as one run of the folded text.
  return form.folded.length >= MIN_FOLDED_LENGTH && doc.folded.includes(form.folded);
}

function fold(text: string): string {
  return foldForBigrams(normalizeText(text)).replace(/\s+/g, '');
}

function termSets(terms: readonly string[], folded: string): TermSets {
  const positions = new Map<string, number[]>();
  for (const [at, term] of terms.filter((t) => !t.startsWith(BIGRAM_PREFIX)).entries()) pushTo(positions, term, at);
  return { words: new Set(positions.keys()), positions, folded };
}

/**
 * A phrase's words count only when they stand together (at most one other word between each):
 * `データの暗号化` is not met by `データ管理 › 通信の暗号化`, which is about something else.
 */
function together(words: readonly string[], positions: ReadonlyMap<string, readonly number[]>): boolean {
  const span = words.length + 1;
  return positions.get(words[0]!)!.some((start) => words.every((w) => positions.get(w)!.some((at) => Math.abs(at - start) <= span - 1)));
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
