/**
 * The search index over checksheet items: MiniSearch (BM25+) for candidate retrieval over the
 * question, section, answer and remarks fields, then re-ranking by how much of the question's
 * meaning each candidate covers. The coverage is also what the confidence is made of.
 */
import MiniSearch from 'minisearch';
import type { KnowledgeItem } from '../knowledge/types.js';
import { BIGRAM_PREFIX, type Analyzer } from './analyzer.js';
import type { AnalysisCache } from './analysis-cache.js';
import type { Glossary } from './glossary.js';
import { foldForBigrams, normalizeText } from './normalize.js';
import { MIN_FOLDED_LENGTH, planQuery, type Concept, type Form, type QueryPlan } from './query.js';

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
  /** How much of the question this item covers, in [0, 1]. */
  readonly coverage: number;
  /** The question's concepts this item covers, as the user wrote them. */
  readonly matched: readonly string[];
  /**
   * How much evidence the match rests on: matched glossary concepts count 2, plain words 1. A
   * single everyday word in common (`メニュー`) is too little to answer on, however rare it is.
   */
  readonly strength: number;
  /** True when the question named this item's number (`項番6-30`). */
  readonly byItemNumber: boolean;
}

interface TermSets {
  readonly words: ReadonlySet<string>;
  /** The text folded for bigrams (kana, voicing, long vowels), to find a form as one run. */
  readonly folded: string;
}

/** An item's terms, split where they stand: its question and headings name the topic. */
interface DocTerms {
  readonly head: TermSets;
  readonly all: TermSets;
  /** Character bigrams of the whole item, for retrieval of OCR'd and unsegmented text. */
  readonly bigrams: readonly string[];
}

const FIELDS = ['question', 'section', 'answer', 'remarks'] as const;
const FIELD_BOOST = { question: 1.6, section: 1.0, answer: 1.0, remarks: 0.6 };
const CANDIDATES = 60;
/** Weight of a synonym the glossary added, relative to a word the user typed. */
const SYNONYM_WEIGHT = 0.6;
/** A concept found only in an item's answer, not its question or headings, counts this much. */
const BODY_ONLY_WEIGHT = 0.75;
/** Bigrams are many per question and each says little. */
const BIGRAM_WEIGHT = 0.2;
/** Bigrams found in more than this share of items discriminate nothing and slow queries down. */
const MAX_BIGRAM_DF = 0.2;
/** Query words in more than this share of the items are left out of retrieval… */
const MAX_RETRIEVAL_DF = 0.03;
/** …once the index is large enough for that to matter. */
const RETRIEVAL_MIN_DF = 500;

const ITEM_NUMBER_IN_QUESTION = /(?:項番|項目番号|番号|設問|質問|no\.?|item|#)\s*([0-9]{1,4}(?:[-.][0-9]{1,4}){0,3})|(?<![0-9.-])([0-9]{1,3}-[0-9]{1,3}(?:-[0-9]{1,3})?)(?![0-9-])/i;

/** Item numbers compare with any separator: `6.30`, `6-30` and `６－３０` are one number. */
export function itemNumberKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/^no\.?\s*/i, '').replace(/[.．\-－‐ー]/g, '-').replace(/-$/, '').toLowerCase();
}

export class SearchIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly byNumber = new Map<string, number[]>();
  private readonly formCache = new Map<string, Form>();
  private readonly conceptFrequency = new Map<string, number>();

  private constructor(
    readonly items: readonly KnowledgeItem[],
    private readonly mini: MiniSearch<IndexedDoc>,
    private readonly docs: readonly DocTerms[],
    private readonly analyzer: Analyzer,
    private readonly glossary: Glossary,
  ) {
    docs.forEach((doc, index) => {
      for (const term of doc.all.words) pushTo(this.postings, term, index);
      for (const term of doc.bigrams) pushTo(this.postings, term, index);
    });
    items.forEach((item, index) => {
      if (item.itemNumber) pushTo(this.byNumber, itemNumberKey(item.itemNumber), index);
    });
  }

  /**
   * Analyses and indexes the items. Texts that repeat (the same boilerplate question in many
   * checksheets) are analysed once. With a cache holding every text, the index is built without
   * waiting for the analyzer (the kuromoji dictionary loads meanwhile).
   */
  static async build(
    items: readonly KnowledgeItem[],
    analyzerLoading: Promise<Analyzer>,
    glossary: Glossary,
    cache?: AnalysisCache,
  ): Promise<SearchIndex> {
    const texts = new Set(items.flatMap((item) => [item.question, item.section.join(' '), item.answer, item.remarks]).filter(Boolean));
    const known = new Map<string, string[]>();
    for (const text of texts) {
      const terms = cache?.get(text);
      if (terms) known.set(text, terms);
    }
    const analyzer = known.size === texts.size ? null : await analyzerLoading;
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
    const docs: DocTerms[] = [];
    const indexed = items.map((item, id): IndexedDoc => {
      const section = item.section.join(' ');
      const head = [item.question, section].flatMap((text) => (text ? analyse(text) : []));
      const body = [item.answer, item.remarks].flatMap((text) => (text ? analyse(text) : []));
      const headText = fold(`${item.question} ${section}`);
      const all = [...head, ...body];
      docs.push({
        head: termSets(head, headText),
        all: termSets(all, `${headText} ${fold(`${item.answer} ${item.remarks}`)}`),
        bigrams: [...new Set(all.filter((t) => t.startsWith(BIGRAM_PREFIX)))],
      });
      return { id, question: item.question, section, answer: item.answer, remarks: item.remarks, collection: item.collection };
    });
    mini.addAll(indexed);
    return new SearchIndex(items, mini, docs, analyzer ?? (await analyzerLoading), glossary);
  }

  /** Ranked hits for a question; an empty list when nothing at all matches. */
  search(question: string, options: SearchOptions): SearchHit[] {
    const plan = planQuery(question, this.analyzer, this.glossary, this.formCache);
    const inCollection = collectionFilter(options.collection, this.items);
    const numbered = this.itemNumberHits(plan.normalized, inCollection);
    const weights = this.queryWeights(plan);
    if (weights.size === 0 && numbered.length === 0) return [];

    const raw = weights.size
      ? this.mini.search([...weights.keys()].join('\u0000'), {
          tokenize: (text) => text.split('\u0000'),
          processTerm: (term) => term,
          boost: FIELD_BOOST,
          boostTerm: (term) => weights.get(term) ?? 1,
          filter: (result) => inCollection(result.id as number),
        })
      : [];
    const candidates = raw.slice(0, CANDIDATES);
    const best = candidates.reduce((max, r) => Math.max(max, r.score / (r.queryTerms.length || 1)), 0) || 1;
    const conceptWeights = plan.concepts.map((concept) => this.conceptWeight(concept));
    const total = conceptWeights.reduce((sum, w) => sum + w, 0);

    const hits: SearchHit[] = candidates.map((result) => {
      const index = result.id as number;
      const doc = this.docs[index]!;
      let covered = 0;
      let strength = 0;
      const matched: string[] = [];
      plan.concepts.forEach((concept, c) => {
        if (concept.forms.some((form) => formMatches(form, doc.head))) {
          covered += conceptWeights[c]!;
          strength += concept.domain ? 2 : 1;
          matched.push(concept.label);
        } else if (concept.forms.some((form) => formMatches(form, doc.all))) {
          covered += conceptWeights[c]! * BODY_ONLY_WEIGHT;
          strength += concept.domain ? 2 : 1;
          matched.push(concept.label);
        }
      });
      const coverage = total ? covered / total : 0;
      const relevance = result.score / (result.queryTerms.length || 1) / best;
      return { item: this.items[index]!, score: 0.65 * coverage + 0.35 * relevance, coverage, matched, strength, byItemNumber: false };
    });
    for (const index of numbered) {
      const existing = hits.findIndex((h) => h.item === this.items[index]);
      const base = existing >= 0 ? hits.splice(existing, 1)[0]! : null;
      hits.push({ item: this.items[index]!, score: 2 + (base?.score ?? 0), coverage: 1, matched: base?.matched ?? [], strength: base?.strength ?? 0, byItemNumber: true });
    }
    hits.sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id));
    return hits.slice(0, options.top);
  }

  private itemNumberHits(normalized: string, inCollection: (index: number) => boolean): number[] {
    const m = ITEM_NUMBER_IN_QUESTION.exec(normalized);
    if (!m) return [];
    return (this.byNumber.get(itemNumberKey(m[1] ?? m[2]!)) ?? []).filter(inCollection);
  }

  /** Query terms and their weights: typed words, synonyms, and the question's useful bigrams. */
  private queryWeights(plan: QueryPlan): Map<string, number> {
    const weights = new Map<string, number>();
    // Terms in a large share of a large index rank nothing and cost the most to score; they still
    // count in coverage, which reads the postings directly.
    const retrievalLimit = Math.max(RETRIEVAL_MIN_DF, this.items.length * MAX_RETRIEVAL_DF);
    const add = (term: string, weight: number) => {
      const df = this.postings.get(term)?.length ?? 0;
      if (df > 0 && df <= retrievalLimit && (weights.get(term) ?? 0) < weight) weights.set(term, weight);
    };
    for (const concept of plan.concepts) {
      for (const form of concept.forms) {
        for (const word of form.words) add(word, (form.typed ? 1 : SYNONYM_WEIGHT) / Math.sqrt(form.words.length));
      }
    }
    const limit = Math.max(2, this.items.length * MAX_BIGRAM_DF);
    for (const bigram of plan.bigrams) if ((this.postings.get(bigram)?.length ?? 0) <= limit) add(bigram, BIGRAM_WEIGHT);
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
    return Math.log(1 + (this.items.length + 1) / (df + 0.5));
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
  if (form.words.length && form.words.every((w) => doc.words.has(w))) return true;
  // Words kuromoji segments differently, OCR'd (`バスワード`) or typed in hiragana still appear
  // as one run of the folded text.
  return form.folded.length >= MIN_FOLDED_LENGTH && doc.folded.includes(form.folded);
}

function fold(text: string): string {
  return foldForBigrams(normalizeText(text)).replace(/\s+/g, '');
}

function termSets(terms: readonly string[], folded: string): TermSets {
  return { words: new Set(terms.filter((t) => !t.startsWith(BIGRAM_PREFIX))), folded };
}

function collectionFilter(collection: string | undefined, items: readonly KnowledgeItem[]): (index: number) => boolean {
  if (!collection) return () => true;
  const wanted = collection.replace(/^\/+|\/+$/g, '');
  return (index) => {
    const c = items[index]!.collection;
    return c === wanted || c.startsWith(`${wanted}/`);
  };
}

function pushTo(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

