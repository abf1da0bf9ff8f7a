/**
 * Tags text with the security controls it is about, from the control catalogue's terms: the
 * stable pivot between a customer's wording and a checksheet's. An item is tagged from its section
 * headings, question and answer at load; a question when it is asked. Evidence is a sum of term
 * weights (naming terms count fully, co-topic terms half), capped at 1 per control.
 */
import type { Catalogue, ControlDefinition, ControlFamily } from '../controls/catalogue.js';
import type { KnowledgeItem } from '../knowledge/types.js';
import { normalizeText } from './normalize.js';
import { createTermMatcher, type TermMatch, type TermMatcher } from './term-matcher.js';

/** Control index (into `catalogue.controls`) → evidence in (0, 1]. */
export type ControlEvidence = ReadonlyMap<number, number>;

/** How much a co-topic (`related`) term says, relative to a term that names the control. */
export const RELATED_TERM_WEIGHT = 0.5;

/**
 * The evidence at which an item counts as being about a control (one naming term in its answer is
 * 0.6): what the index retrieves by, and what the library report's coverage and conflicts use.
 */
export const ITEM_TOPIC_EVIDENCE = 0.5;

/** How much each part of an item says about what it is about. */
const ITEM_FIELD_WEIGHT = { section: 1, question: 1, answer: 0.6, remarks: 0.4 } as const;

interface TermKey {
  readonly control: number;
  readonly weight: number;
}

/** An item's controls and the families its headings put it in. */
export interface ItemControls {
  readonly controls: ControlEvidence;
  /** Family indexes (into `catalogue.families`) from headings and from the item's controls. */
  readonly families: ReadonlySet<number>;
}

/** A question's controls, and the text spans that gave them (so they are not also counted as words). */
export interface QuestionControls {
  readonly controls: ControlEvidence;
  readonly families: ReadonlySet<number>;
  readonly spans: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

export class ControlTagger {
  private readonly terms: TermMatcher<TermKey>;
  private readonly headings: TermMatcher<number>;
  private readonly familyOf: readonly number[];

  constructor(readonly catalogue: Catalogue) {
    const familyIndex = new Map(catalogue.families.map((f, i) => [f.id, i]));
    this.familyOf = catalogue.controls.map((c) => familyIndex.get(c.family) ?? -1);
    this.terms = createTermMatcher(
      catalogue.controls.flatMap((control, index) => [
        ...control.terms.map((term) => ({ term, key: { control: index, weight: 1 } })),
        ...control.related.map((term) => ({ term, key: { control: index, weight: RELATED_TERM_WEIGHT } })),
      ]),
    );
    this.headings = createTermMatcher(catalogue.families.flatMap((family, index) => family.headings.map((term) => ({ term, key: index }))));
  }

  control(index: number): ControlDefinition {
    return this.catalogue.controls[index]!;
  }

  family(index: number): ControlFamily {
    return this.catalogue.families[index]!;
  }

  /** The controls a question is about, from its normalised text. */
  tagQuestion(normalized: string): QuestionControls {
    const matches = this.terms.match(normalized);
    const controls = new Map<number, number>();
    addEvidence(controls, matches, 1);
    return { controls, families: this.familiesOf(controls, []), spans: matches.map(({ start, end }) => ({ start, end })) };
  }

  /** The controls an item is about: headings and question say most, the answer less. */
  tagItem(item: KnowledgeItem): ItemControls {
    const controls = new Map<number, number>();
    const section = normalizeText(item.section.join(' '));
    addEvidence(controls, this.terms.match(section), ITEM_FIELD_WEIGHT.section);
    addEvidence(controls, this.terms.match(normalizeText(item.question)), ITEM_FIELD_WEIGHT.question);
    addEvidence(controls, this.terms.match(normalizeText(item.answer)), ITEM_FIELD_WEIGHT.answer);
    addEvidence(controls, this.terms.match(normalizeText(item.remarks)), ITEM_FIELD_WEIGHT.remarks);
    return { controls, families: this.familiesOf(controls, this.headings.match(section)) };
  }

  private familiesOf(controls: ControlEvidence, headings: ReadonlyArray<TermMatch<number>>): Set<number> {
    const families = new Set(headings.flatMap((m) => m.keys));
    for (const [control, evidence] of controls) {
      const family = this.familyOf[control]!;
      if (family >= 0 && evidence >= 1) families.add(family);
    }
    return families;
  }
}

function addEvidence(into: Map<number, number>, matches: ReadonlyArray<TermMatch<TermKey>>, fieldWeight: number): void {
  for (const match of matches) {
    // One place in the text counts once per control, with its strongest reading.
    const best = new Map<number, number>();
    for (const key of match.keys) best.set(key.control, Math.max(best.get(key.control) ?? 0, key.weight));
    for (const [control, weight] of best) into.set(control, Math.min(1, (into.get(control) ?? 0) + weight * fieldWeight));
  }
}
