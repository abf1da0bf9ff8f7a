/** What the format readers (.xlsx, .csv/.tsv) give the filling step, and what it gives back. */
import type { Draft } from './draft.js';
import type { QuestionRow, SheetPlan } from './plan.js';

/** kotae's cells for one question row. */
export interface RowFill {
  readonly row: QuestionRow;
  readonly draft: Draft;
  /** Value for the customer's empty status cell, null to leave it alone. */
  readonly status: string | null;
}

export interface SheetFill {
  readonly plan: SheetPlan;
  readonly rows: readonly RowFill[];
}

/** A questionnaire that has been read and planned, and can write itself back with kotae's columns. */
export interface Questionnaire {
  /** The sheets with questions, in file order; empty when none was found. */
  readonly plans: readonly SheetPlan[];
  /** The original file with kotae's columns added; everything else as it was. */
  write(fills: readonly SheetFill[]): Promise<Uint8Array>;
}
