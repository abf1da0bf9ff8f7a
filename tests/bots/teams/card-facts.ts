/** Reading what a test needs out of the Adaptive Card the bot sent. */
import type { Activity } from 'botbuilder';
import type { AdaptiveCard, CardElement, FeedbackData, SubmitAction } from '../../../src/bots/teams/cards.js';

export function cardOf(activity: Activity): AdaptiveCard {
  const attachment = activity.attachments?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive')
    throw new Error(`not an Adaptive Card: ${JSON.stringify(activity).slice(0, 300)}`);
  return attachment.content as AdaptiveCard;
}

/** Every text on the card, in order: text blocks, and facts as `title: value`. */
export function cardTexts(card: AdaptiveCard): string[] {
  const out: string[] = [];
  const walk = (elements: readonly CardElement[]) => {
    for (const element of elements) {
      if (element.type === 'TextBlock') out.push(element.text);
      else if (element.type === 'FactSet') out.push(...element.facts.map((f) => `${f.title}: ${f.value}`));
      else if (element.type === 'Container') walk(element.items);
    }
  };
  walk(card.body);
  return out;
}

export function fact(card: AdaptiveCard, title: string): string | undefined {
  const prefix = `${title}: `;
  return cardTexts(card)
    .find((t) => t.startsWith(prefix))
    ?.slice(prefix.length);
}

export function actions(card: AdaptiveCard): readonly SubmitAction[] {
  return card.actions ?? [];
}

/** The 👍/👎 buttons and what they send. */
export function feedbackActions(card: AdaptiveCard): Array<{ readonly title: string; readonly data: FeedbackData }> {
  return actions(card).flatMap((a) => (a.data.kotae === 'feedback' ? [{ title: a.title, data: a.data }] : []));
}

/** The other candidates' blocks (their text starts with the rank: `2. …`). */
export function candidateLines(card: AdaptiveCard): string[] {
  return cardTexts(card).filter((t) => /^\d+\. /.test(t));
}
