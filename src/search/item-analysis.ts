/**
 * What the index needs of each item, worked out once per item and kept in flat arrays: the
 * analysed terms of its four texts, its text folded for substring matching, the kinds of quantity
 * it states and the security controls it is about. Each knowledge file's items are analysed on
 * their own (a file that did not change keeps its analysis, see analysis-cache.ts); the index is
 * merged from these parts (term-index.ts).
 */
import type { KnowledgeItem } from '../knowledge/types.js';
import type { ControlTagger } from './control-tagger.js';
import { foldForBigrams, normalizeText } from './normalize.js';
import { QUANTITY_KINDS, quantitiesStated, type QuantityKind } from './quantity.js';

/** The texts of an item that are searched, in this order (BM25 weighs each field apart). */
export const FIELDS = ['question', 'section', 'answer', 'remarks'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;
/** The first fields are the item's head: they say what the item is about. */
export const HEAD_FIELDS = 2;

/** An item's searched texts in {@link FIELDS} order. */
export function fieldTexts(item: KnowledgeItem): [string, string, string, string] {
  return [item.question, item.section.join(' '), item.answer, item.remarks];
}

/** The analysis of a run of items (one file's, usually), in arrays indexed by item. */
export interface AnalysedItems {
  /** The terms the items use; `tokens` point into it. */
  readonly terms: readonly string[];
  /** Per item and field, the analyzer's terms of that text in its order (words, then bigrams). */
  readonly tokens: Int32Array;
  /** Where item `i`'s field `f` starts in `tokens`: `tokenStarts[i * FIELD_COUNT + f]` (one more at the end). */
  readonly tokenStarts: Int32Array;
  /** Per item, its head and its body folded for bigrams (see {@link foldedText}), one space between. */
  readonly folded: readonly string[];
  /** Per item, the length of the head part of `folded`. */
  readonly headFolded: Int32Array;
  /** Per item, the kinds of quantity its answer states, one bit per {@link QUANTITY_KINDS} entry. */
  readonly quantities: Uint8Array;
  /** Per item, where its controls start in `controls`/`evidence` (one more at the end). */
  readonly controlStarts: Int32Array;
  /** Control indexes (into the catalogue the items were tagged with). */
  readonly controls: Int32Array;
  /** How strongly the item is about each of `controls`, in (0, 1]. */
  readonly evidence: Float64Array;
  /** Per item, where its families start in `families` (one more at the end). */
  readonly familyStarts: Int32Array;
  readonly families: Int32Array;
}

/** What the index matches phrases in: a text folded like bigrams, without white space. */
export function foldedText(text: string): string {
  return foldForBigrams(normalizeText(text)).replace(/\s+/g, '');
}

export function quantityBits(kinds: ReadonlySet<QuantityKind>): number {
  let bits = 0;
  QUANTITY_KINDS.forEach((kind, bit) => {
    if (kinds.has(kind)) bits |= 1 << bit;
  });
  return bits;
}

/** Control tags of a run of items, in the arrays of {@link AnalysedItems}. */
type ControlTags = Pick<AnalysedItems, 'controlStarts' | 'controls' | 'evidence' | 'familyStarts' | 'families'>;

/** Tags each item with the catalogue's controls. */
export function tagItems(items: readonly KnowledgeItem[], tagger: ControlTagger): ControlTags {
  const controlStarts = new Int32Array(items.length + 1);
  const familyStarts = new Int32Array(items.length + 1);
  const controls: number[] = [];
  const evidence: number[] = [];
  const families: number[] = [];
  items.forEach((item, i) => {
    const tags = tagger.tagItem(item);
    for (const [control, strength] of tags.controls) {
      controls.push(control);
      evidence.push(strength);
    }
    families.push(...tags.families);
    controlStarts[i + 1] = controls.length;
    familyStarts[i + 1] = families.length;
  });
  return {
    controlStarts,
    controls: Int32Array.from(controls),
    evidence: Float64Array.from(evidence),
    familyStarts,
    families: Int32Array.from(families),
  };
}

/**
 * Analyses items: `termsOf` gives a text's terms (the analyzer's, or ones analysed before), the
 * tagger their controls. Empty texts have no terms.
 */
export function analyseItems(
  items: readonly KnowledgeItem[],
  termsOf: (text: string) => readonly string[],
  tagger: ControlTagger,
): AnalysedItems {
  const terms: string[] = [];
  const ids = new Map<string, number>();
  const tokens: number[] = [];
  const tokenStarts = new Int32Array(items.length * FIELD_COUNT + 1);
  const folded: string[] = [];
  const headFolded = new Int32Array(items.length);
  const quantities = new Uint8Array(items.length);
  items.forEach((item, i) => {
    fieldTexts(item).forEach((text, field) => {
      for (const term of text ? termsOf(text) : []) {
        let id = ids.get(term);
        if (id === undefined) {
          id = terms.length;
          ids.set(term, id);
          terms.push(term);
        }
        tokens.push(id);
      }
      tokenStarts[i * FIELD_COUNT + field + 1] = tokens.length;
    });
    const head = foldedText(`${item.question} ${item.section.join(' ')}`);
    folded.push(`${head} ${foldedText(`${item.answer} ${item.remarks}`)}`);
    headFolded[i] = head.length;
    quantities[i] = quantityBits(quantitiesStated(normalizeText(`${item.answer} ${item.remarks}`)));
  });
  return { terms, tokens: Int32Array.from(tokens), tokenStarts, folded, headFolded, quantities, ...tagItems(items, tagger) };
}

/** The terms of each text of `items` as `analysed` holds them: to reuse when the items change. */
export function termsByText(items: readonly KnowledgeItem[], analysed: AnalysedItems): Map<string, string[]> {
  const byText = new Map<string, string[]>();
  items.forEach((item, i) => {
    fieldTexts(item).forEach((text, field) => {
      if (!text || byText.has(text)) return;
      const at = i * FIELD_COUNT + field;
      byText.set(
        text,
        Array.from(analysed.tokens.subarray(analysed.tokenStarts[at], analysed.tokenStarts[at + 1]), (id) => analysed.terms[id]!),
      );
    });
  });
  return byText;
}
