/**
 * Text going into and coming out of Slack. Knowledge files and users' questions are untrusted:
 * everything we did not write ourselves is escaped before it reaches mrkdwn, so a checksheet cell
 * holding `<!channel>` shows those characters instead of pinging the channel.
 */
import { ELLIPSIS } from '../../present/index.js';

/** Slack's mrkdwn escaping is exactly these three characters; anything more shows up literally. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes, then cuts to `max` UTF-16 units ending in "…". The cut is measured on the escaped text
 * (escaping lengthens it) and never splits an entity or a surrogate pair. Slack counts limits in
 * characters; UTF-16 units are never fewer, so this stays inside whichever Slack means.
 */
export function mrkdwn(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const char of text) {
    const piece = escapeMrkdwn(char);
    if (out.length + piece.length + ELLIPSIS.length > max) break;
    out += piece;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/**
 * What a user typed, from Slack's message markup: mentions of people and the bot are dropped,
 * links and channels become their visible text, and `&lt;`/`&gt;`/`&amp;` are decoded, so the
 * search sees the words the user saw.
 */
export function plainTextFromSlack(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_match, inner: string) => {
      const bar = inner.indexOf('|');
      const target = bar < 0 ? inner : inner.slice(0, bar);
      const label = bar < 0 ? undefined : inner.slice(bar + 1);
      if (target.startsWith('@')) return ' ';
      if (target.startsWith('#')) return label ? `#${label}` : ' ';
      if (target.startsWith('!')) return label ?? ' ';
      return label ?? target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}
