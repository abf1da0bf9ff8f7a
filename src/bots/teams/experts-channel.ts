/**
 * Where 「専門家に聞く」 questions go in Teams: the conversation an admin named with `experts here` /
 * 「専門家チャンネルに設定」, kept as its conversation reference in `teams-experts-channel.json` in
 * KOTAE_DATA_DIR (written atomically, like the other data files), so that it survives a restart.
 * Bots can only post where they already are, and Teams tells a bot a channel's address only in a
 * message from it; hence a command sent there rather than a setting.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ConversationReference } from 'botbuilder';
import { z } from 'zod';
import { writeFileAtomically } from '../../core/atomic-file.js';
import type { Logger } from '../../logging.js';

export const EXPERTS_CHANNEL_FILE = 'teams-experts-channel.json';

/** The parts of a conversation reference kotae needs to post into it later, checked when read back. */
export const referenceSchema = z.object({
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1),
  conversation: z.looseObject({
    id: z.string().min(1),
    conversationType: z.string().default('personal'),
    isGroup: z.boolean().default(false),
    name: z.string().default(''),
    tenantId: z.string().optional(),
  }),
  bot: z.looseObject({ id: z.string().min(1), name: z.string().default('') }),
  user: z.looseObject({ id: z.string(), name: z.string().default(''), aadObjectId: z.string().optional() }).optional(),
  activityId: z.string().optional(),
  locale: z.string().optional(),
});

export type StoredReference = z.infer<typeof referenceSchema>;

const fileSchema = z.object({ reference: referenceSchema, setBy: z.string().optional(), setAt: z.string() });

/** The experts' channel of one data folder. */
export class ExpertsChannel {
  readonly path: string;
  private current: StoredReference | null = null;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
  ) {
    this.path = path.join(dataDir, EXPERTS_CHANNEL_FILE);
  }

  /** The experts' conversation, or null until an admin sets one. */
  get reference(): StoredReference | null {
    return this.current;
  }

  /** Reads the stored channel; a missing file means none, a broken one is reported and ignored. */
  async load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
    const parsed = fileSchema.safeParse(data);
    if (parsed.success) {
      this.current = parsed.data.reference;
      return;
    }
    this.logger.warn(
      { event: 'teams_experts_channel_unreadable', file: this.path },
      `${this.path} is not a conversation reference kotae wrote: 「専門家に聞く」 is off in Teams until an admin sends "experts here" in the experts' channel again (or restores the file)`,
    );
  }

  /**
   * Makes `reference`'s conversation the experts' channel. A channel message's conversation id
   * names its thread (`;messageid=…`); the channel itself is kept, so that each question starts a
   * new thread there.
   */
  async set(reference: Partial<ConversationReference>, setBy: string | undefined): Promise<StoredReference> {
    const { activityId: _activityId, user: _user, ...rest } = reference;
    const conversation = rest.conversation ? { ...rest.conversation, id: rest.conversation.id.replace(/;messageid=\d+$/, '') } : undefined;
    const stored = referenceSchema.parse({ ...rest, conversation });
    await mkdir(path.dirname(this.path), { recursive: true });
    await writeFileAtomically(
      this.path,
      `${JSON.stringify({ reference: stored, ...(setBy ? { setBy } : {}), setAt: new Date().toISOString() }, null, 2)}\n`,
    );
    this.current = stored;
    return stored;
  }
}
