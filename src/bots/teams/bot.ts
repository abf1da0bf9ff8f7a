/**
 * kotae's conversation in Teams. A personal chat treats every message as a question, and a
 * questionnaire file sent there comes back filled (through a file consent card); a channel or
 * group chat only answers messages that mention the bot, in their thread. Admins reload the
 * knowledge with `reload` / `再読み込み`; 👍/👎 on an answer card is stored for the admins.
 *
 * The bot sees kotae only through the asker, the service's ask and reload, the fill service and
 * the question log.
 */
import {
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type ConversationReference,
  type FileConsentCardResponse,
} from 'botbuilder';
import type { Asker } from '../../core/asking.js';
import type { KotaeService } from '../../core/kotae-service.js';
import type { QuestionLog } from '../../core/question-log.js';
import { reloadKnowledge } from '../../core/reload.js';
import { settlesWithin, TIMED_OUT } from '../../core/settles-within.js';
import type { Logger } from '../../logging.js';
import { FillError, questionnaireFormat, SlotsFull, type FillService } from '../../fill/index.js';
import { answerCard, cardMessage, parseAskExpert, parseFeedback, reloadCard, TEXT, type FeedbackData } from './cards.js';
import { parseExpertAnswer } from './escalation-cards.js';
import type { TeamsEscalations } from './escalations.js';
import type { RecentKeys } from '../recent-keys.js';
import { FileDownloadError } from '../download.js';
import { safeError } from './adapter.js';
import {
  fileConsentAttachment,
  fileInfoAttachment,
  FILL_TEXT,
  fillRefusedText,
  fillSummaryCard,
  parseConsentContext,
} from './fill-cards.js';
import { downloadTeamsFile, PendingUploads, sharedTeamsFiles, uploadToConsentUrl, type TeamsFile } from './files.js';
import { isBotMentioned, parseCommand, questionText } from './text.js';

export interface TeamsBotDeps {
  readonly asker: Asker;
  readonly kotae: KotaeService;
  readonly questionLog: QuestionLog;
  /** The one way into filling a questionnaire (bounded slots, counted), shared with the other surfaces. */
  readonly fills: FillService;
  readonly logger: Logger;
  /** Teams AAD object ids (or channel user ids) allowed to reload, compared case-insensitively. */
  readonly admins: readonly string[];
  readonly deduper: RecentKeys;
  /** 「専門家に聞く」: the experts' channel, questions sent there and the experts' answers. */
  readonly experts: TeamsEscalations;
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

export class KotaeTeamsBot extends TeamsActivityHandler {
  private readonly admins: ReadonlySet<string>;
  private readonly background = new Set<Promise<void>>();
  private readonly uploads = new PendingUploads();

  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.admins = new Set(deps.admins.map((id) => id.toLowerCase()));
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** Waits for work that outlived its turn (reload reports, experts' answers), for a clean shutdown. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.background, this.deps.experts.drain()]);
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
    const askExpert = parseAskExpert(activity.value);
    if (askExpert) return this.deps.experts.ask(context, askExpert);
    const expertAnswer = parseExpertAnswer(activity.value);
    if (expertAnswer) return this.deps.experts.answer(context, expertAnswer);
    if (activity.value !== undefined && !activity.text) return;

    const personal = (activity.conversation.conversationType ?? 'personal') === 'personal';
    const files = personal ? sharedTeamsFiles(activity) : [];
    if (files.length > 0 && (await this.fillFiles(context, files))) return;
    if (!personal && !isBotMentioned(activity)) return;

    const text = questionText(activity);
    // A file that cannot be filled has had its answer; text sent with it is still a question.
    if (!text && files.length > 0) return;
    if (!text) {
      await context.sendActivity(TEXT.help);
      return;
    }
    const command = parseCommand(text);
    if (command === 'reload') return this.reload(context);
    if (command === 'experts-here') return this.setExpertsChannel(context);

    await this.showTyping(context);
    const result = await this.deps.asker.ask(text, 'teams', { top: TOP });
    await context.sendActivity(cardMessage(answerCard(result, { askExpert: this.deps.experts.offered })));
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

  private async setExpertsChannel(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const user = activity.from?.aadObjectId ?? activity.from?.id;
    if (!this.isAdmin(activity)) {
      this.deps.logger.warn({ event: 'teams_experts_channel_refused', user: user ?? null }, "experts' channel not set: not an admin");
      await context.sendActivity(TEXT.expertsChannelRefused);
      return;
    }
    await this.deps.experts.setExpertsChannel(context, user);
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
    const reloading = reloadKnowledge(this.deps, 'teams', { user: user ?? undefined });
    const settled = await settlesWithin(reloading, this.deps.turnBudgetMs);
    if (settled !== TIMED_OUT) {
      await context.sendActivity(cardMessage(reloadCard(settled.outcome)));
      return;
    }
    await context.sendActivity(TEXT.reloadSlow);
    const reference = TurnContext.getConversationReference(activity);
    this.track(reloading.then((late) => this.deps.followUp(reference, cardMessage(reloadCard(late.outcome)))));
  }

  /**
   * Says at once that the files arrived (or why they cannot be filled), then downloads and fills
   * them after the turn, which Teams would otherwise redeliver, and offers each filled copy with
   * a file consent card beside its summary. False when none of the files is one kotae fills.
   */
  private async fillFiles(context: TurnContext, files: readonly TeamsFile[]): Promise<boolean> {
    const refused: string[] = [];
    const fillable = files.filter((file) => {
      try {
        questionnaireFormat(file.name);
        return true;
      } catch (error) {
        if (!(error instanceof FillError)) throw error;
        refused.push(error.message);
        return false;
      }
    });
    for (const message of refused) await context.sendActivity(fillRefusedText(message));
    if (fillable.length === 0) return false;
    if (!this.deps.kotae.ready) {
      await context.sendActivity(FILL_TEXT.notReady);
      return true;
    }
    await context.sendActivity(FILL_TEXT.received);
    const activity = context.activity;
    const reference = TurnContext.getConversationReference(activity);
    const user = activity.from?.aadObjectId ?? activity.from?.id ?? null;
    for (const file of fillable) {
      const replies = this.fillOne(file, activity.serviceUrl, user).catch((error: unknown) => {
        this.deps.logger.error({ event: 'teams_fill', outcome: 'failed', err: safeError(error) }, 'could not fill a file sent in Teams');
        return [MessageFactory.text(TEXT.apology)];
      });
      this.track(
        replies.then((list) => list.reduce((sent, reply) => sent.then(() => this.deps.followUp(reference, reply)), Promise.resolve())),
      );
    }
    return true;
  }

  /** The replies for one file: its summary and consent card, or why it could not be filled. */
  private async fillOne(file: TeamsFile, serviceUrl: string, user: string | null): Promise<Array<Partial<Activity>>> {
    const log = { event: 'teams_fill', user, extension: file.name.slice(file.name.lastIndexOf('.')).toLowerCase() };
    let bytes: Uint8Array;
    try {
      bytes = await downloadTeamsFile(file.url, serviceUrl);
    } catch (error) {
      if (!(error instanceof FileDownloadError)) throw error;
      this.deps.logger.warn(
        { ...log, outcome: 'download-failed', code: error.code, host: error.host, error: error.message },
        'could not download a file sent in Teams',
      );
      return [MessageFactory.text(error.code === 'too-large' ? FILL_TEXT.tooLarge : FILL_TEXT.downloadFailed)];
    }
    const started = Date.now();
    try {
      const result = await this.deps.fills.fill('teams', bytes, file.name);
      const { summary } = result;
      this.deps.logger.info(
        {
          ...log,
          outcome: 'filled',
          rows: summary.rows,
          answered: summary.answered,
          to_check: summary.toCheck,
          cells_written: summary.cellsWritten,
          took_ms: Date.now() - started,
        },
        'checksheet sent in Teams filled',
      );
      const fillId = this.uploads.put({ fileName: result.fileName, bytes: result.bytes });
      return [
        cardMessage(fillSummaryCard(result)),
        MessageFactory.attachment(fileConsentAttachment(result.fileName, result.bytes.byteLength, fillId)),
      ];
    } catch (error) {
      if (error instanceof SlotsFull) {
        this.deps.logger.warn({ ...log, outcome: 'busy' }, 'file sent in Teams not filled: too many fills at once');
        return [MessageFactory.text(FILL_TEXT.busy)];
      }
      if (!(error instanceof FillError)) throw error;
      this.deps.logger.info({ ...log, outcome: error.code }, 'file sent in Teams could not be filled');
      return [MessageFactory.text(fillRefusedText(error.message))];
    }
  }

  /** The person accepted: the filled copy goes to the upload URL Teams gave, then shows as a file card. */
  protected override async handleTeamsFileConsentAccept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const id = parseConsentContext(response.context);
    const upload = id ? this.uploads.take(id) : null;
    const uploadUrl = response.uploadInfo?.uploadUrl;
    if (!id || !upload || !uploadUrl) {
      await context.sendActivity(FILL_TEXT.uploadExpired);
      return;
    }
    try {
      await uploadToConsentUrl(uploadUrl, upload.bytes, context.activity.serviceUrl);
    } catch (error) {
      if (!(error instanceof FileDownloadError)) throw error;
      this.deps.logger.warn(
        { event: 'teams_fill_upload_failed', code: error.code, host: error.host, error: error.message },
        'could not upload a filled checksheet to OneDrive',
      );
      // Kept for another try: Teams lets the person accept the same card again.
      this.uploads.put(upload, id);
      await context.sendActivity(FILL_TEXT.uploadFailed);
      return;
    }
    await context.sendActivity(MessageFactory.attachment(fileInfoAttachment(response.uploadInfo ?? {})));
  }

  protected override async handleTeamsFileConsentDecline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const id = parseConsentContext(response.context);
    if (id) this.uploads.take(id);
    await context.sendActivity(FILL_TEXT.declined);
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
    const tracked = work.catch((error: unknown) =>
      this.deps.logger.error({ err: safeError(error) }, 'could not send a follow-up to Teams'),
    );
    this.background.add(tracked);
    void tracked.finally(() => this.background.delete(tracked));
  }
}
