/**
 * The answer library's health from its items alone: conflicts, duplicates, coverage of the control
 * catalogue, stale answers.
 */
import type { Catalogue, ControlDefinition } from '../../controls/catalogue.js';
import type { KnowledgeItem } from '../../knowledge/types.js';
import { ControlTagger, ITEM_TOPIC_EVIDENCE } from '../../search/control-tagger.js';
import { citationOf } from '../citation.js';
import { collectionsOf, inCollection } from '../collections.js';
import { disagreement } from '../disagreement.js';
import type { ReviewDates } from '../review.js';
import { bigramSet, similarPairs } from '../similarity.js';
import type { ReportConflict, ReportControl, ReportCoverage, ReportDuplicate, ReportItem, ReportStale } from './types.js';

/** Two questions this alike (character-bigram Jaccard) ask the same thing. */
export const CONFLICT_QUESTION_SIMILARITY = 0.5;
/** Two items this alike in question and answer together say the same thing. */
export const DUPLICATE_SIMILARITY = 0.9;

/** Items are tagged in slices, letting the server's event loop answer questions in between. */
const SLICE = 500;

/** What the checks share: the items and the controls each is about. */
export interface TaggedItems {
  readonly items: readonly KnowledgeItem[];
  readonly catalogue: Catalogue;
  /** Per item: control index → evidence, only controls the item is about. */
  readonly topics: ReadonlyArray<ReadonlyMap<number, number>>;
}

/** Tags every item with the controls it is about, as the index does. */
export async function tagItems(items: readonly KnowledgeItem[], catalogue: Catalogue): Promise<TaggedItems> {
  const tagger = new ControlTagger(catalogue);
  const topics: Array<Map<number, number>> = [];
  for (let start = 0; start < items.length; start += SLICE) {
    for (const item of items.slice(start, start + SLICE)) {
      const { controls } = tagger.tagItem(item);
      topics.push(new Map([...controls].filter(([, evidence]) => evidence >= ITEM_TOPIC_EVIDENCE)));
    }
    await yieldToEventLoop();
  }
  return { items, catalogue, topics };
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function reportControl(control: ControlDefinition): ReportControl {
  return { control: control.id, label: control.label.ja, label_en: control.label.en };
}

function reportItem(item: KnowledgeItem): ReportItem {
  return { id: item.id, citation: citationOf(item), status: item.status, question: item.question, answer: item.answer || item.remarks };
}

/** Two items can contradict (or repeat) each other only from different files or sheets… */
function elsewhere(a: KnowledgeItem, b: KnowledgeItem): boolean {
  return a.file !== b.file || a.sheet !== b.sheet;
}

/** …that answer the same asks: the same collection, or one above the other (the top level is above all). */
function sameScope(a: KnowledgeItem, b: KnowledgeItem): boolean {
  return inCollection(a.collection, b.collection) || inCollection(b.collection, a.collection);
}

/**
 * Pairs of items about the same control whose questions are alike and whose answers disagree
 * (status ○/×, figures of one unit, TLS versions, certifications), most alike first.
 */
export function findConflicts(tagged: TaggedItems): ReportConflict[] {
  const { items, topics, catalogue } = tagged;
  const asked = items.map((item) => (item.question ? bigramSet(item.question) : new Set<string>()));
  const conflicts: ReportConflict[] = [];
  const pairs = similarPairs(
    asked,
    CONFLICT_QUESTION_SIMILARITY,
    (a, b) => elsewhere(items[a]!, items[b]!) && sameScope(items[a]!, items[b]!) && sharedControl(topics[a]!, topics[b]!) !== null,
  );
  for (const { a, b, similarity } of pairs) {
    const found = disagreement(items[a]!, items[b]!);
    if (!found) continue;
    conflicts.push({
      reason: found.reason,
      kind: found.kind,
      control: reportControl(catalogue.controls[sharedControl(topics[a]!, topics[b]!)!]!),
      similarity: round(similarity),
      items: [reportItem(items[a]!), reportItem(items[b]!)],
    });
  }
  return conflicts;
}

/** The control both items are most about, or null when they share none. */
function sharedControl(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number | null {
  let best: number | null = null;
  let bestEvidence = 0;
  for (const [control, evidence] of a) {
    const other = b.get(control);
    if (other === undefined) continue;
    const both = Math.min(evidence, other);
    if (both > bestEvidence || (both === bestEvidence && best !== null && control < best)) [best, bestEvidence] = [control, both];
  }
  return best;
}

/** Near-identical items (question and answer together) in different files or sheets. */
export function findDuplicates(items: readonly KnowledgeItem[]): ReportDuplicate[] {
  const texts = items.map((item) => bigramSet(`${item.question}\n${item.answer || item.remarks}`));
  return similarPairs(texts, DUPLICATE_SIMILARITY, (a, b) => elsewhere(items[a]!, items[b]!) && sameScope(items[a]!, items[b]!)).map(
    ({ a, b, similarity }) => ({
      similarity: round(similarity),
      items: [reportItem(items[a]!), reportItem(items[b]!)],
    }),
  );
}

/** The catalogue's controls no item is about: in the whole knowledge, and per collection. */
export function findCoverage(tagged: TaggedItems): ReportCoverage {
  const { items, topics, catalogue } = tagged;
  const missingIn = (inScope: (item: KnowledgeItem) => boolean) => {
    const covered = new Set<number>();
    items.forEach((item, i) => {
      if (inScope(item)) for (const control of topics[i]!.keys()) covered.add(control);
    });
    return { covered: covered.size, missing: catalogue.controls.filter((_, i) => !covered.has(i)).map(reportControl) };
  };
  const all = missingIn(() => true);
  return {
    missing: all.missing,
    collections: collectionsOf(items).map((collection) => {
      // As `--collection` scopes an ask: the folder and the folders below it.
      const inScope = (item: KnowledgeItem) => inCollection(item.collection, collection);
      return { collection, items: items.filter(inScope).length, missing: missingIn(inScope).missing };
    }),
    controls: catalogue.controls.length,
    covered: all.covered,
  };
}

/** Items last checked longer ago than the review period, oldest first. */
export function findStale(items: readonly KnowledgeItem[], reviews: ReviewDates): ReportStale[] {
  const stale: ReportStale[] = [];
  for (const item of items) {
    const review = reviews.of(item);
    if (review?.stale) stale.push({ id: item.id, citation: citationOf(item), reviewed: review.reviewed, from: review.from });
  }
  return stale.sort((x, y) => x.reviewed.localeCompare(y.reviewed) || x.id.localeCompare(y.id));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
