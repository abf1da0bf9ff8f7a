/**
 * Usage over a window of days, from the question and feedback logs: questions per day, the share
 * answered, 👍/👎, the controls asked about most and those most often left unanswered, per surface.
 */
import type { Catalogue } from '../../controls/catalogue.js';
import type { Channel, FeedbackEntry, QuestionEntry } from '../question-log.js';
import { localDate } from '../review.js';
import type { ReportControl, ReportUsage, UsageSummary } from './types.js';

/** The usage window when none is asked for. */
export const DEFAULT_USAGE_DAYS = 30;
const TOP_CONTROLS = 10;

export interface UsageInput {
  /** Newest first or in any order; entries outside the window are ignored. */
  readonly questions: readonly QuestionEntry[];
  readonly feedback: readonly FeedbackEntry[];
  readonly catalogue: Catalogue;
  readonly days: number;
  readonly now: Date;
}

export function summariseUsage(input: UsageInput): ReportUsage {
  const { now, days } = input;
  const dates = Array.from({ length: days }, (_, i) =>
    localDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1 - i))),
  );
  const since = dates[0]!;
  const inWindow = <T extends { readonly at: string }>(entries: readonly T[]) =>
    entries.filter((entry) => localDate(new Date(entry.at)) >= since);
  const questions = inWindow(input.questions);
  const feedback = inWindow(input.feedback);
  const label = controlLabels(input.catalogue);

  const perDay = new Map(dates.map((date) => [date, { date, questions: 0, answered: 0 }]));
  for (const entry of questions) {
    const day = perDay.get(localDate(new Date(entry.at)));
    if (!day) continue;
    day.questions++;
    if (entry.answered) day.answered++;
  }
  const surfaces = [...new Set<Channel>([...questions.map((q) => q.channel), ...feedback.map((f) => f.channel)])];
  return {
    since,
    days,
    ...summary(questions, feedback, label),
    perDay: [...perDay.values()],
    surfaces: surfaces
      .map((surface) => ({
        surface,
        ...summary(
          questions.filter((q) => q.channel === surface),
          feedback.filter((f) => f.channel === surface),
          label,
        ),
      }))
      .sort((a, b) => b.questions - a.questions || a.surface.localeCompare(b.surface)),
  };
}

function summary(
  questions: readonly QuestionEntry[],
  feedback: readonly FeedbackEntry[],
  label: (id: string) => ReportControl,
): UsageSummary {
  const answered = questions.filter((q) => q.answered).length;
  return {
    questions: questions.length,
    answered,
    answeredShare: questions.length ? Math.round((answered / questions.length) * 1000) / 1000 : null,
    feedback: { helpful: feedback.filter((f) => f.helpful).length, unhelpful: feedback.filter((f) => !f.helpful).length },
    topControls: mostFrequent(questions, label),
    unansweredControls: mostFrequent(
      questions.filter((q) => !q.answered),
      label,
    ),
  };
}

function mostFrequent(questions: readonly QuestionEntry[], label: (id: string) => ReportControl): Array<ReportControl & { count: number }> {
  const counts = new Map<string, number>();
  // A question counts once for each control it is about.
  for (const question of questions) for (const id of new Set(question.controls ?? [])) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_CONTROLS)
    .map(([id, count]) => ({ ...label(id), count }));
}

/** A control's labels by id; a control the catalogue no longer has is named by its id. */
function controlLabels(catalogue: Catalogue): (id: string) => ReportControl {
  const byId = new Map(catalogue.controls.map((c) => [c.id, c]));
  return (id) => {
    const control = byId.get(id);
    return { control: id, label: control?.label.ja ?? id, label_en: control?.label.en ?? id };
  };
}
