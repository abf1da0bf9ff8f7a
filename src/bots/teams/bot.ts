/**
 * kotae's conversation in Teams. A personal chat treats every message as a question; a channel
 * or group chat only messages that mention the bot, answered in their thread. Admins reload the
 * knowledge with `reload` / `再読み込み`; 👍/👎 on an answer card is stored for the admins.
 *
 * The bot sees kotae only through the asker, the service's reload and the question log.
 */
import { ActivityHandler, CardFactory, MessageFactory, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Asker } from '../../core/asking.js';
import type { KotaeService, ReloadOutcome } from '../../core/kotae-service.js';
import type { QuestionLog } from '../../core/question-log.js';
import type { Logger } from '../../logging.js';
import { answerCard, parseFeedback, reloadCard, TEXT, type AdaptiveCard, type FeedbackData } from './cards.js';
import type { RecentKeys } from '../recent-keys.js';
import { safeError } from './adapter.js';
import { isBotMentioned, parseCommand, questionText } from './text.js';

export interface TeamsBotDeps {
  readonly asker: Asker;
  readonly kotae: KotaeService;
  readonly questionLog: QuestionLog;
  readonly logger: Logger;
  /** Teams AAD object ids (or channel user ids) allowed to reload, compared case-insensitively. */
  readonly admins: readonly string[];
  readonly deduper: RecentKeys;
  /**
   * Sends an activity into a conversation after its turn has ended. A reload that outlasts the
   * turn reports this way, because the turn's own context is gone by then.
   */
  readonly followUp: (reference: Partial<ConversationReference>, activity: Partial<Activity>) => Promise<void>;
  /**
   * How long a turn may wait for a reload before replying "still reloading". Teams redelivers
   * after 15 s without an HTTP response, and the response is sent only when the turn ends.
   */
  readonly turnBudgetMs: number;
}

/** Answers asked for at once: the best plus two alternatives, or three nearest candidates. */
const TOP = 3;

export class KotaeTeamsBot extends ActivityHandler {
  private readonly admins: ReadonlySet<string>;
  private readonly background = new Set<Promise<void>>();

  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.admins = new Set(deps.admins.map((id) => id.toLowerCase()));
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** Waits for work that outlived its turn (reload reports), for a clean shutdown. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.background]);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.id && !this.deps.deduper.claim([`${activity.conversation.id}|${activity.id}`])) {
      this.deps.logger.info({ event: 'teams_redelivery', activity_id: activity.id }, 'redelivered Teams activity skipped');
      return;
    }

    // Action.Submit arrives as a message whose `value` is the button's data, and carries no
    // mention even in a channel, so it is recognised before the mention check.
    const feedback = parseFeedback(activity.value);
    if (feedback) return this.recordFeedback(context, feedback);
    if (activity.value !== undefined && !activity.text) return;

    const personal = (activity.conversation.conversationType ?? 'personal') === 'personal';
    if (!personal && !isBotMentioned(activity)) return;

    const text = questionText(activity);
    if (!text) {
      await context.sendActivity(TEXT.help);
      return;
    }
    if (parseCommand(text) === 'reload') return this.reload(context);

    await this.showTyping(context);
    const result = await this.deps.asker.ask(text, 'teams', { top: TOP });
    await context.sendActivity(cardMessage(answerCard(result)));
  }

  private async recordFeedback(context: TurnContext, feedback: FeedbackData): Promise<void> {
    const from = context.activity.from;
    try {
      await this.deps.questionLog.recordFeedback({
        channel: 'teams',
        question: feedback.question,
        itemId: feedback.itemId,
        helpful: feedback.helpful,
        user: from?.aadObjectId ?? from?.id,
      });
    } catch (error) {
      this.deps.logger.error({ err: safeError(error) }, 'could not record Teams feedback');
      await context.sendActivity(TEXT.feedbackFailed);
      return;
    }
    await context.sendActivity(TEXT.thanks);
  }

  private isAdmin(activity: Activity): boolean {
    const ids = [activity.from?.aadObjectId, activity.from?.id].filter((id): id is string => Boolean(id));
    return ids.some((id) => this.admins.has(id.toLowerCase()));
  }

  private async reload(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const user = activity.from?.aadObjectId ?? activity.from?.id ?? null;
    if (!this.isAdmin(activity)) {
      this.deps.logger.warn({ event: 'teams_reload_refused', user }, 'reload refused: not an admin');
      await context.sendActivity(TEXT.notAdmin);
      return;
    }
    await this.showTyping(context);
    const reloading = this.deps.kotae.reload();
    void reloading.then((outcome) => this.deps.logger.info({ event: 'reload', channel: 'teams', user, ok: outcome.ok, items: outcome.status.items, took_ms: outcome.tookMs }, 'knowledge reloaded from Teams'));
    const outcome = await settlesWithin(reloading, this.deps.turnBudgetMs);
    if (outcome) {
      await context.sendActivity(cardMessage(reloadCard(outcome)));
      return;
    }
    await context.sendActivity(TEXT.reloadSlow);
    const reference = TurnContext.getConversationReference(activity);
    this.track(reloading.then((late) => this.deps.followUp(reference, cardMessage(reloadCard(late)))));
  }

  /** Best effort: a typing indicator that cannot be shown must not cost the answer. */
  private async showTyping(context: TurnContext): Promise<void> {
    try {
      await context.sendActivity({ type: 'typing' });
    } catch (error) {
      this.deps.logger.debug({ err: safeError(error) }, 'could not show the Teams typing indicator');
    }
  }

  private track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => this.deps.logger.error({ err: safeError(error) }, 'could not send a follow-up to Teams'));
    this.background.add(tracked);
    void tracked.finally(() => this.background.delete(tracked));
  }
}

function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** The outcome if `work` settles within `ms`, else null (the work keeps running). */
async function settlesWithin(work: Promise<ReloadOutcome>, ms: number): Promise<ReloadOutcome | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
