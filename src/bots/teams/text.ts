/**
 * Turning what Teams delivers into the question a person meant: mentions of the bot removed,
 * Teams' light HTML dropped, and the admin commands recognised.
 */
import type { Activity, ChannelAccount, Mention } from 'botbuilder';

/** A question this long is not a checksheet question; the cap keeps tokenising cheap. */
export const MAX_QUESTION_CHARS = 2000;

/** `reload`: reload the knowledge; `experts-here`: make this conversation the experts' channel. Both for admins. */
export type Command = 'reload' | 'experts-here';

const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['reload', 'reload'],
  ['再読み込み', 'reload'],
  ['experts here', 'experts-here'],
  ['専門家チャンネルに設定', 'experts-here'],
]);

type MessageActivity = Pick<Activity, 'text' | 'entities' | 'recipient'>;

/**
 * Teams ids for the same bot come as `28:<app id>` in `recipient` and in mentions, but other
 * channels (and the Emulator) use bare ids, so both spellings are compared without the prefix.
 */
function sameAccount(a: Pick<ChannelAccount, 'id'> | undefined, b: Pick<ChannelAccount, 'id'> | undefined): boolean {
  const bare = (id: string | undefined) => (id ?? '').replace(/^28:/, '').toLowerCase();
  return Boolean(a?.id && b?.id) && bare(a?.id) === bare(b?.id);
}

function mentions(activity: MessageActivity): Mention[] {
  return (activity.entities ?? []).filter((e): e is Mention => e.type === 'mention' && typeof e.mentioned === 'object');
}

export function isBotMentioned(activity: MessageActivity): boolean {
  return mentions(activity).some((m) => sameAccount(m.mentioned, activity.recipient));
}

/**
 * The question text with every mention of the bot removed. botbuilder's `removeRecipientMention`
 * removes only the first, and "@kotae ... @kotae" is common when people edit their message.
 * Other people's mentions keep their name, which may matter to the question.
 */
export function questionText(activity: MessageActivity): string {
  let text = activity.text ?? '';
  for (const mention of mentions(activity)) {
    const markup = mention.text || (mention.mentioned.name ? `<at>${mention.mentioned.name}</at>` : '');
    if (!markup) continue;
    const replacement = sameAccount(mention.mentioned, activity.recipient) ? ' ' : ` ${mention.mentioned.name ?? ''} `;
    text = text.split(markup).join(replacement);
  }
  return normalise(plainText(text)).slice(0, MAX_QUESTION_CHARS);
}

/**
 * Recognises `reload` / `再読み込み` and `experts here` / 「専門家チャンネルに設定」 (optionally with a
 * leading `/`, trailing punctuation, or several spaces between the words).
 */
export function parseCommand(text: string): Command | null {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/^\//, '')
    .replace(/[。．.!！?？\s]+$/u, '')
    .replace(/\s+/g, ' ');
  return COMMANDS.get(word) ?? null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Teams wraps formatted messages in HTML (`<p>`, `<br>`, `<at>`). Tags are dropped before
 * entities are decoded, so text the person typed as `&lt;tag&gt;` stays text.
 */
function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

function normalise(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
