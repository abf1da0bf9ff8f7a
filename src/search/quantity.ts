/**
 * Questions that ask for a quantity (何文字, 頻度, 何年, how often, RTO) are best answered by an
 * item that states one of that kind (8文字以上, 毎日, 3年): an item saying only that a minimum
 * "can be set" answers less than one that says what it is.
 */

export type QuantityKind = 'length' | 'frequency' | 'duration' | 'percentage' | 'count';

/** What a question asking for each kind says (on `normalizeText` output: NFKC, lower case). */
const ASKS: ReadonlyArray<readonly [QuantityKind, RegExp]> = [
  [
    'length',
    /何文字|何桁|文字数|桁数|最低文字|最小文字|最短|文字以上|minimum length|how many characters|how long (?:is|must|should) (?:a |the )?password|password length|characters long/,
  ],
  ['frequency', /頻度|何回|間隔|周期|サイクル|毎日|毎週|毎月|日次|週次|月次|how often|how frequent|frequency|daily|weekly|monthly/],
  [
    'duration',
    /何年|何日|何ヶ月|何か月|何カ月|何時間|何分|どのくらいの期間|どれくらいの期間|期間は|保存期間|保管期間|保持期間|いつまで|以内に|rto|rpo|how long|retention period|retain(?:ed)? for|within how/,
  ],
  ['percentage', /稼働率|可用性の目標|何%|何パーセント|uptime|availability (?:target|guarantee|rate)|percent/],
  ['count', /何人|何名|何台|何か所|何箇所|how many/],
];

/** What an item stating each kind says. */
const STATES: Readonly<Record<QuantityKind, RegExp>> = {
  length: /[0-9]+\s*(?:文字|桁|characters?|chars?)/,
  frequency:
    /毎日|毎週|毎月|毎年|毎時|日次|週次|月次|年次|年[0-9一二三四]+回|月[0-9一二三四]+回|週[0-9一二三四]+回|日[0-9一二三四]+回|[0-9]+回\/|リアルタイム|常時|随時|daily|weekly|monthly|hourly|annually|every [0-9]+/,
  duration:
    /[0-9一二三四五六七八九十半]+\s*(?:年|年間|ヶ月|か月|カ月|ケ月|日|日間|週間|時間|分|営業日|days?|weeks?|months?|years?|hours?|minutes?)/,
  percentage: /[0-9]+(?:\.[0-9]+)?\s*(?:%|パーセント|percent)/,
  count: /[0-9]+\s*(?:人|名|台|か所|箇所|拠点|people|persons?|sites?)/,
};

/** Every kind, in one fixed order (an index stores an item's kinds as bits in this order). */
export const QUANTITY_KINDS = Object.keys(STATES) as readonly QuantityKind[];

/** The kind of quantity a word of the question asks for (`文字数` → length), if any. */
export function quantityAskedBy(normalizedWord: string): QuantityKind | null {
  return ASKS.find(([, pattern]) => pattern.test(normalizedWord))?.[0] ?? null;
}

/** The kinds of quantity a question asks for (usually none, at most a couple). */
export function quantitiesAsked(normalizedQuestion: string): QuantityKind[] {
  return ASKS.filter(([, pattern]) => pattern.test(normalizedQuestion)).map(([kind]) => kind);
}

/** The kinds of quantity a text states. */
export function quantitiesStated(normalizedText: string): Set<QuantityKind> {
  const kinds = new Set<QuantityKind>();
  for (const kind of Object.keys(STATES) as QuantityKind[]) if (STATES[kind].test(normalizedText)) kinds.add(kind);
  return kinds;
}
