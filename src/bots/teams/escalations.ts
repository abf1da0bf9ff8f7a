/**
 * 「専門家に聞く」 in Teams. An admin names the experts' channel (`experts here`); 「専門家に聞く」 on
 * an answer card records an escalation (with the asker's conversation reference, to answer them
 * later) and posts it there proactively as a card with inputs; the asker hears
 * 「セキュリティ担当に確認中です」. An expert's 「回答する」 records the answer (saved into the
 * knowledge when 「ナレッジに追加」 is on), turns the card into "answered by X", and sends the answer
 * into the asker's conversation.
 *
 * Saving reloads the knowledge, which can outlast Teams' 15 s turn, so it runs after the turn and
 * reports through continued conversations, like a slow reload.
 */
import { TurnContext, type ConversationReference } from 'botbuilder';
import type { CuratedAnswers } from '../../core/curated-answers.js';
import { CuratedAnswerError } from '../../core/curated-answers.js';
import {
  answerEscalation,
  EscalationAlreadyAnswered,
  escalationAnswerSchema,
  type Escalation,
  type EscalationStore,
} from '../../core/escalations.js';
import type { KotaeService } from '../../core/kotae-service.js';
import type { Logger } from '../../logging.js';
import {
  alreadyAnsweredText,
  candidatesOf,
  expertAnswerProblems,
  MESSAGES,
  presentEscalation,
  presentExpertAnswer,
} from '../../present/index.js';
import type { RecentKeys } from '../recent-keys.js';
import { safeError, type Continuations } from './adapter.js';
import { cardMessage, TEXT, type AskExpertData } from './cards.js';
import { escalationCard, expertAnswerCard, whereLabel, type ExpertAnswerSubmit } from './escalation-cards.js';
import { referenceSchema, type ExpertsChannel, type StoredReference } from './experts-channel.js';

export interface TeamsEscalationDeps extends Continuations {
  readonly kotae: KotaeService;
  readonly escalations: EscalationStore;
  readonly curated: CuratedAnswers;
  readonly expertsChannel: ExpertsChannel;
  readonly logger: Logger;
  readonly deduper: RecentKeys;
}

/** Answers asked for to find kotae's nearest candidates: as many as an answer card shows. */
const CANDIDATES = 3;

export class TeamsEscalations {
  private readonly background = new Set<Promise<void>>();

  constructor(private readonly deps: TeamsEscalationDeps) {}

  /** True when an experts' channel is set: answer cards then offer 「専門家に聞く」. */
  get offered(): boolean {
    return this.deps.expertsChannel.reference !== null;
  }

  /** `experts here` from an admin: this conversation becomes the experts' channel. */
  async setExpertsChannel(context: TurnContext, admin: string | undefined): Promise<void> {
    const stored = await this.deps.expertsChannel.set(TurnContext.getConversationReference(context.activity), admin);
    this.deps.logger.info(
      { event: 'teams_experts_channel_set', user: admin ?? null, conversation_type: stored.conversation.conversationType ?? null },
      "Teams experts' channel set",
    );
    await context.sendActivity(TEXT.expertsChannelSet);
  }

  /** 「専門家に聞く」: record, post to the experts, and tell the asker. */
  async ask(context: TurnContext, data: AskExpertData): Promise<void> {
    const activity = context.activity;
    const from = activity.from;
    const log = { event: 'teams_escalation', user: from?.aadObjectId ?? from?.id ?? null };
    // A double click on one card sends the question once.
    const key = [`ask-expert|${activity.conversation.id}|${activity.replyToId ?? ''}|${from?.id ?? ''}`];
    if (!this.deps.deduper.claim(key)) return;

    let escalation: Escalation;
    try {
      const result = this.deps.kotae.ask(data.question, { top: CANDIDATES });
      const conversationType = activity.conversation.conversationType ?? 'personal';
      escalation = await this.deps.escalations.record({
        question: data.question,
        asker: {
          ...(from?.aadObjectId || from?.id ? { id: from.aadObjectId ?? from.id } : {}),
          ...(from?.name ? { name: from.name } : {}),
        },
        surface: 'teams',
        where: { conversationType, reference: JSON.stringify(TurnContext.getConversationReference(activity)) },
        candidates: candidatesOf(result, CANDIDATES),
      });
    } catch (error) {
      this.deps.deduper.release(key);
      this.deps.logger.error({ ...log, err: safeError(error) }, 'could not record an escalation');
      await context.sendActivity(MESSAGES.escalationFailed);
      return;
    }

    const experts = this.deps.expertsChannel.reference;
    if (!experts) {
      // A card from before the experts' channel file went missing: the admins still see the question.
      this.deps.logger.info(
        { ...log, escalation: escalation.id, outcome: 'no-experts-channel' },
        "escalation recorded; no experts' channel is set up",
      );
      await context.sendActivity(MESSAGES.expertsNotSetUp);
      return;
    }
    try {
      await this.deps.followUp(experts, cardMessage(escalationCard(presentEscalation(escalation), whereLabel(escalation))));
    } catch (error) {
      // Once kotae is back in the channel, the same button sends the question again.
      this.deps.deduper.release(key);
      this.deps.logger.warn(
        { ...log, event: 'teams_experts_channel_unreachable', escalation: escalation.id, err: safeError(error) },
        'cannot post to the Teams experts\' channel: add kotae to that team (or chat) again, and have an admin send "experts here" there',
      );
      await context.sendActivity(MESSAGES.expertsUnreachable);
      return;
    }
    this.deps.logger.info(
      { ...log, escalation: escalation.id, outcome: 'sent', candidates: escalation.candidates.length },
      'question sent to the experts',
    );
    await context.sendActivity(MESSAGES.escalated);
  }

  /**
   * 「回答する」: an empty answer or an answered question is said at once; otherwise the answer is
   * saved, the card updated and the asker answered after the turn.
   */
  async answer(context: TurnContext, submit: ExpertAnswerSubmit): Promise<void> {
    const activity = context.activity;
    const parsed = escalationAnswerSchema.safeParse({
      answer: submit.answer,
      status: submit.status,
      addToKnowledge: submit.addToKnowledge,
    });
    if (!parsed.success) {
      await context.sendActivity(
        expertAnswerProblems(parsed.error.issues)
          .map((problem) => problem.text)
          .join('\n'),
      );
      return;
    }
    const escalation = await this.deps.escalations.get(submit.escalationId);
    if (!escalation) {
      this.deps.logger.warn(
        { event: 'teams_escalation_invalid', escalation: submit.escalationId },
        '「回答する」 for an escalation kotae does not have',
      );
      await context.sendActivity(MESSAGES.escalationFailed);
      return;
    }
    const expert = TurnContext.getConversationReference(activity);
    const card = { reference: expert, id: activity.replyToId };
    if (escalation.answered) {
      await context.sendActivity(alreadyAnsweredText(escalation.answered));
      this.track(this.showAnswered(escalation, card));
      return;
    }
    // A double click submits once; a failed save lets the expert submit again.
    const key = [`expert-answer|${escalation.id}|${activity.from?.id ?? ''}`];
    if (!this.deps.deduper.claim(key)) return;
    const author = activity.from?.name || activity.from?.aadObjectId || activity.from?.id;
    const user = activity.from?.aadObjectId ?? activity.from?.id ?? null;
    const saving = this.save(escalation.id, { ...parsed.data, ...(author ? { author } : {}) }, card, user);
    this.track(
      saving.then((saved) => {
        if (!saved) this.deps.deduper.release(key);
      }),
    );
  }

  /** Waits for answers still being saved and delivered, for a clean shutdown. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.background]);
  }

  /** Resolves to false when nothing was recorded because saving failed (the expert may try again). */
  private async save(
    id: string,
    input: { answer: string; status: string; remarks?: string; author?: string; addToKnowledge?: boolean },
    card: { reference: Partial<ConversationReference>; id: string | undefined },
    user: string | null,
  ): Promise<boolean> {
    const tellExpert = (text: string) => this.deps.followUp(card.reference, { type: 'message', text });
    const log = { event: 'teams_escalation_answer', escalation: id, user };
    let answered: Awaited<ReturnType<typeof answerEscalation>>;
    try {
      answered = await answerEscalation(this.deps, id, input);
    } catch (error) {
      if (error instanceof EscalationAlreadyAnswered) {
        await tellExpert(alreadyAnsweredText(error.escalation.answered!));
        await this.showAnswered(error.escalation, card);
        return true;
      }
      this.deps.logger.error({ ...log, outcome: 'failed', err: safeError(error) }, "could not save an expert's answer");
      await tellExpert(
        error instanceof CuratedAnswerError ? `${MESSAGES.answerNotSaved}\n${error.message}` : MESSAGES.answerNotSaved,
      ).catch(() => undefined);
      return false;
    }
    const { escalation, saved } = answered;
    this.deps.logger.info(
      { ...log, outcome: 'answered', saved: saved?.id ?? null, served: saved?.served ?? null },
      'expert answered an escalation',
    );
    if (saved && !saved.served && saved.warning) await tellExpert(saved.warning);
    await this.showAnswered(escalation, card);
    try {
      await this.deliver(escalation);
    } catch (error) {
      this.deps.logger.warn({ ...log, step: 'deliver', err: safeError(error) }, "could not send the expert's answer to the asker");
      await tellExpert(MESSAGES.answerNotDelivered);
    }
    return true;
  }

  /** The card in the experts' channel, now saying who answered and what. */
  private async showAnswered(
    escalation: Escalation,
    card: { reference: Partial<ConversationReference>; id: string | undefined },
  ): Promise<void> {
    if (!card.id) return;
    const message = cardMessage(escalationCard(presentEscalation(escalation), whereLabel(escalation)));
    await this.deps.update(card.reference, { ...message, type: 'message', id: card.id }).catch((error: unknown) => {
      this.deps.logger.warn(
        { event: 'teams_escalation_answer', escalation: escalation.id, step: 'update', err: safeError(error) },
        "could not mark the experts' card answered",
      );
    });
  }

  /** The expert's answer, in the conversation the question was asked in. */
  async deliver(escalation: Escalation): Promise<void> {
    const asker = askerReference(escalation);
    if (!asker || !escalation.answered) throw new Error(`escalation ${escalation.id} has no Teams conversation to answer in`);
    await this.deps.followUp(asker, cardMessage(expertAnswerCard(presentExpertAnswer(escalation.answered), escalation.question)));
  }

  private track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) =>
      this.deps.logger.error({ err: safeError(error) }, 'could not finish answering an escalation in Teams'),
    );
    this.background.add(tracked);
    void tracked.finally(() => this.background.delete(tracked));
  }
}

/** The asker's conversation, as recorded with the escalation; null when it is not a Teams one. */
function askerReference(escalation: Escalation): StoredReference | null {
  if (escalation.surface !== 'teams' || !escalation.where.reference) return null;
  try {
    const parsed = referenceSchema.safeParse(JSON.parse(escalation.where.reference));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
