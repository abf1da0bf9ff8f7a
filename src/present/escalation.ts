/**
 * A question sent on to the experts ("専門家に聞く"), presented: what the experts' channel shows
 * (the question, who asked, kotae's nearest candidates with their citations, and once answered
 * who answered and what) and the expert's answer as it reaches the asker. Built once here and
 * rendered by Slack (Block Kit) and Teams (Adaptive Cards); golden tests in tests/present.
 */
import type { Escalation, EscalationCandidate, ExpertAnswer } from '../core/escalations.js';
import type { AskResult } from '../core/types.js';
import { percent, SHOWN_ANSWERS } from './answer.js';
import { citationLine } from './citation.js';
import { LABELS, MESSAGES } from './messages.js';
import { statusView, type StatusView } from './status.js';

/** The first `count` results of `result`, each cited as every surface cites it. */
export function candidatesOf(result: AskResult, count = SHOWN_ANSWERS): EscalationCandidate[] {
  return result.results
    .slice(0, count)
    .map((r) => ({ id: r.id, citation: citationLine(r), confidence: r.confidence, status: r.status, answer: r.answer }));
}

/** One of kotae's nearest candidates, as the experts see it. */
export interface EscalationCandidateView {
  readonly rank: number;
  readonly status: StatusView | null;
  /** The item's answer in full; surfaces cut it to a preview. '' when it has only a status. */
  readonly answer: string;
  /** As every surface cites it: `jinjer.txt › データ管理 › No.36 ｜ 管理策: 通信の暗号化`. */
  readonly citationLine: string;
  /** `87%`. */
  readonly confidencePercent: string;
}

/** An expert's answer, as the experts' channel and the asker see it. */
export interface ExpertAnswerView {
  /** The expert's name, or 専門家 when the surface did not know it. */
  readonly by: string;
  /** `山田さんの回答`: heads the answer in the asker's conversation. */
  readonly heading: string;
  /** `✅ 山田さんが回答しました (answered by 山田)`: replaces 「回答する」 in the experts' channel. */
  readonly answeredLine: string;
  readonly status: StatusView | null;
  readonly answer: string;
  readonly remarks: string;
  /** The curated answer's citation (`kotae-curated.csv › No.C-12 (山田, 2026-12-01)`), when it was added to the knowledge. */
  readonly savedCitation: string | null;
}

export interface EscalationView {
  /** What 「回答する」 carries back: nothing else, so that a button value never runs over. */
  readonly id: string;
  readonly title: string;
  readonly question: string;
  /** Who asked: their platform id when known (Slack mentions it), and a name to show. */
  readonly asker: { readonly id: string | null; readonly name: string };
  readonly candidates: readonly EscalationCandidateView[];
  /** The expert's answer; null while the question is open. */
  readonly answered: ExpertAnswerView | null;
}

/** The view of `escalation`; see {@link EscalationView}. */
export function presentEscalation(escalation: Escalation): EscalationView {
  return {
    id: escalation.id,
    title: MESSAGES.escalationTitle,
    question: escalation.question,
    asker: { id: escalation.asker.id ?? null, name: escalation.asker.name ?? escalation.asker.id ?? '?' },
    candidates: escalation.candidates.map((candidate, index) => ({
      rank: index + 1,
      status: statusView(candidate.status),
      answer: candidate.answer,
      citationLine: candidate.citation,
      confidencePercent: percent(candidate.confidence),
    })),
    answered: escalation.answered ? presentExpertAnswer(escalation.answered) : null,
  };
}

/** The view of an expert's answer; see {@link ExpertAnswerView}. */
export function presentExpertAnswer(answer: ExpertAnswer): ExpertAnswerView {
  const by = answer.by || EXPERT;
  return {
    by,
    heading: `${by}さんの回答`,
    answeredLine: `✅ ${by}さんが回答しました (answered by ${by})`,
    status: statusView(answer.status),
    answer: answer.answer,
    remarks: answer.remarks ?? '',
    savedCitation: answer.saved?.citation ?? null,
  };
}

/** What a second 「回答する」 gets: who answered already. */
export function alreadyAnsweredText(answer: ExpertAnswer): string {
  const by = answer.by || EXPERT;
  return `この質問には${by}さんが回答済みです。 (${by} has answered this already.)`;
}

/** A problem with an expert's answer, by the field the expert fixes. */
export interface ExpertAnswerProblem {
  readonly field: 'answer' | 'status';
  readonly text: string;
}

/**
 * What to tell an expert whose answer did not validate (the core's `escalationAnswerSchema`
 * issues), one problem per field: an empty answer asks for one; anything else names the field.
 */
export function expertAnswerProblems(
  issues: ReadonlyArray<{ readonly path: readonly PropertyKey[]; readonly message: string }>,
): ExpertAnswerProblem[] {
  const problems = new Map<ExpertAnswerProblem['field'], string>();
  for (const issue of issues) {
    const field = issue.path[0] === 'status' ? 'status' : 'answer';
    if (problems.has(field)) continue;
    const empty = field === 'answer' && /required|empty/.test(issue.message);
    problems.set(field, empty ? MESSAGES.answerRequired : `${field === 'status' ? LABELS.status : LABELS.answer}: ${issue.message}`);
  }
  return [...problems].map(([field, text]) => ({ field, text }));
}

/** Who answered, when the surface could not tell. */
const EXPERT = '専門家';
