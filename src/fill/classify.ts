/**
 * Which sheets of a workbook are questionnaires the vendor must answer, and what the others are:
 * instructions, change logs, value lists, standards crosswalks, sheets whose questions are
 * formulas copying another sheet (an analyst's view), hidden sheets. Only questionnaires are filled.
 */
import type { Grid } from '../knowledge/types.js';
import { isChangeLogHeader, isCrosswalkHeader } from './headers.js';
import { planSheet, QUESTION_LIKE, type SheetFacts, type SheetPlan } from './plan.js';

/**
 * - `questionnaire`: questions beside answer cells (or a bare list of questions): filled.
 * - `copy`: its questions are formulas reading another visible sheet, or the same questions as a
 *   sheet with answer cells that comes before it.
 * - `reviewer`: named for the assessor (Analyst Report, 評価者用): theirs to fill, not the vendor's.
 * - the others are not questionnaires at all.
 */
export type SheetKind =
  | 'questionnaire'
  | 'hidden'
  | 'chart'
  | 'empty'
  | 'instructions'
  | 'change-log'
  | 'value-list'
  | 'crosswalk'
  | 'copy'
  | 'reviewer'
  | 'no-questions';

export interface SheetInput {
  readonly grid: Grid;
  readonly facts: SheetFacts;
  readonly hidden: boolean;
  /** A chart sheet or dialog sheet: no cells at all. */
  readonly chart: boolean;
}

export interface WorkbookContext {
  /** Names of the workbook's visible sheets. */
  readonly visibleSheets: ReadonlySet<string>;
  /** Sheets that drop-down lists read their values from. */
  readonly listSources: ReadonlySet<string>;
  /** Sheets a formula refers to, directly or through a defined name. */
  referencedSheets(formula: string): readonly string[];
}

export interface SheetAnalysis {
  readonly sheet: string | null;
  readonly kind: SheetKind;
  /** The plan of a questionnaire; null for every other kind. */
  readonly plan: SheetPlan | null;
  /** For `copy`: the sheet it copies. */
  readonly copyOf: string | null;
}

/** A CSV or TSV file: one sheet, nothing to tell apart. */
export const TEXT_CONTEXT: WorkbookContext = { visibleSheets: new Set(), listSources: new Set(), referencedSheets: () => [] };

const INSTRUCTIONS_NAME =
  /instruction|guide|how ?to|read ?me|introduction|intro|cover|overview|glossary|terms|definitions?|記入要領|記入方法|記入例|記載要領|説明|はじめに|表紙|概要|用語|注意事項|目次|contents/i;
const CHANGE_LOG_NAME = /change ?log|revision|history|version|変更履歴|改訂履歴|更新履歴|改版履歴/i;
const CROSSWALK_NAME = /crosswalk|mapping|cross ?reference|対応表|マッピング|対照表/i;
const REVIEWER_NAME = /analyst|assessor|reviewer|scoring|評価者|採点|委託元記入|当社記入/i;
const VALUE_LIST_NAME = /^(?:lists?|values?|value lists?|drop ?downs?|lookups?|選択肢|リスト|マスタ|プルダウン)$/i;

/** Rows looked at for a change-log or crosswalk header. */
const HEADER_SCAN_ROWS = 30;
/** Share of a sheet's questions that must read as questions for a sheet without answer cells. */
const QUESTION_SHARE = 0.5;
/** Share of a sheet's questions found on a sheet with answer cells that makes it a copy. */
const COPY_SHARE = 0.5;

/** Classifies every sheet; the plans of questionnaires come with them. */
export function classifySheets(inputs: readonly SheetInput[], context: WorkbookContext): SheetAnalysis[] {
  const first = inputs.map((input) => classifySheet(input, context));
  // The same questions twice: a sheet without answer cells repeating a sheet with them, or a later
  // sheet with answer cells repeating an earlier one, is a reference copy.
  const answerable = first.filter((a) => a.kind === 'questionnaire' && hasAnswerColumns(a.plan!));
  return first.map((analysis) => {
    if (analysis.kind !== 'questionnaire') return analysis;
    const own = hasAnswerColumns(analysis.plan!);
    const questions = analysis.plan!.rows.map((row) => row.question);
    for (const other of answerable) {
      if (other === analysis) {
        if (own) break;
        continue;
      }
      const theirs = new Set(other.plan!.rows.map((row) => row.question));
      if (questions.filter((q) => theirs.has(q)).length >= questions.length * COPY_SHARE) {
        return { sheet: analysis.sheet, kind: 'copy', plan: null, copyOf: other.sheet };
      }
    }
    return analysis;
  });
}

/** True when the plan found the customer's own answer columns (choice or free text). */
export function hasAnswerColumns(plan: SheetPlan): boolean {
  return plan.choice !== null || plan.text !== null;
}

function classifySheet({ grid, facts, hidden, chart }: SheetInput, context: WorkbookContext): SheetAnalysis {
  const sheet = grid.sheet;
  const other = (kind: SheetKind, copyOf: string | null = null): SheetAnalysis => ({ sheet, kind, plan: null, copyOf });
  if (chart) return other('chart');
  if (hidden) return other('hidden');
  if (grid.rows.length === 0) return other('empty');
  const name = sheet ?? '';
  if (REVIEWER_NAME.test(name)) return other('reviewer');
  const plan = planSheet(grid, facts);
  if (plan) {
    const copied = copiedSheet(plan, facts, context, name);
    if (copied !== null) return other('copy', copied);
    if (hasAnswerColumns(plan)) return { sheet, kind: 'questionnaire', plan, copyOf: null };
  }
  const top = grid.rows.slice(0, HEADER_SCAN_ROWS);
  if (CHANGE_LOG_NAME.test(name) || top.some((row) => isChangeLogHeader(row.cells))) return other('change-log');
  if (CROSSWALK_NAME.test(name) || top.some((row) => isCrosswalkHeader(row.cells))) return other('crosswalk');
  if (context.listSources.has(name) || VALUE_LIST_NAME.test(name)) return other('value-list');
  if (INSTRUCTIONS_NAME.test(name)) return other('instructions');
  if (plan && readsAsQuestionnaire(plan)) return { sheet, kind: 'questionnaire', plan, copyOf: null };
  return other(isProse(grid) ? 'instructions' : 'no-questions');
}

/**
 * The visible sheet this one's question formulas read, when most of its question cells are
 * formulas: an analyst's copy. A lookup into a hidden question bank (the full edition of some
 * assessments) is the questionnaire itself.
 */
function copiedSheet(plan: SheetPlan, facts: SheetFacts, context: WorkbookContext, name: string): string | null {
  const formulas = plan.rows.flatMap((row) => {
    const formula = facts.formula(row.line, plan.questionColumn);
    return formula === null ? [] : [formula];
  });
  if (formulas.length * 2 < plan.rows.length) return null;
  const counts = new Map<string, number>();
  for (const formula of formulas) {
    for (const referenced of context.referencedSheets(formula)) {
      if (referenced !== name && context.visibleSheets.has(referenced)) counts.set(referenced, (counts.get(referenced) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Without answer cells, a list of questions still is a questionnaire when it reads as one. */
function readsAsQuestionnaire(plan: SheetPlan): boolean {
  if (plan.namedQuestionColumn) return true;
  return plan.rows.filter((row) => QUESTION_LIKE.test(row.question)).length >= plan.rows.length * QUESTION_SHARE;
}

/** Mostly one long text per row: a page of instructions or an introduction. */
function isProse(grid: Grid): boolean {
  const prose = grid.rows.filter((row) => {
    const filled = row.cells.filter((cell) => cell.trim() !== '');
    return filled.length === 1 && filled[0]!.length > 40;
  });
  return prose.length * 3 >= grid.rows.length;
}
