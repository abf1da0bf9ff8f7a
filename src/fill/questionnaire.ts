/** What the format readers (.xlsx, .csv/.tsv) give the filling step, and what it gives back. */
import type { SheetAnalysis } from './classify.js';
import type { Draft } from './draft.js';
import type { QuestionRow, SheetPlan } from './plan.js';

/** kotae's cells for one question row. */
export interface RowFill {
  readonly row: QuestionRow;
  readonly draft: Draft;
  /** Value for the customer's empty choice cell, null to leave it alone. */
  readonly choice: string | null;
  /** Value for the customer's empty free-text cell, null to leave it alone. */
  readonly text: string | null;
}

export interface SheetFill {
  readonly plan: SheetPlan;
  readonly rows: readonly RowFill[];
}

export interface WrittenQuestionnaire {
  readonly bytes: Uint8Array;
  /** Where kotae's own columns went, per filled sheet: `F:I`, or the name of kotae's own sheet. */
  readonly kotaeColumns: ReadonlyMap<string | null, string>;
}

/** A questionnaire that has been read and classified, and can write itself back filled. */
export interface Questionnaire {
  /** Every sheet in file order, with what it is; questionnaires carry their plan. */
  readonly sheets: readonly SheetAnalysis[];
  /** The original file with kotae's cells written; everything else as it was. */
  write(fills: readonly SheetFill[]): Promise<WrittenQuestionnaire>;
}
