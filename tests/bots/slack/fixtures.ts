/**
 * Knowledge for the Slack tests: the bundled samples plus two crafted checksheets, one whose
 * answer tries to ping the channel through mrkdwn and one whose answer is far past Block Kit's
 * 3000-character section limit.
 */
export const INJECTION_QUESTION = 'ペンギン通知の範囲を教えてください';
export const INJECTION_ANSWER = '通知は <!channel> & <b>全員</b> に <@U0ADMIN> 経由で送ります。';

export const LONG_QUESTION = 'フラミンゴ監査ログの保存内容を教えてください';
const LONG_UNIT = 'フラミンゴ監査ログは A&B <重要> として保存します。';
export const LONG_ANSWER = LONG_UNIT.repeat(Math.ceil(5000 / LONG_UNIT.length)).slice(0, 5000);

export const CRAFTED_FILES: Record<string, string> = {
  'injection.tsv': ['No.\t質問\t実施\t回答', `1\tペンギン通知の範囲を定めていること。\t○\t${INJECTION_ANSWER}`].join('\n'),
  'long.tsv': ['No.\t質問\t実施\t回答', `7\tフラミンゴ監査ログの保存内容を定めていること。\t△\t${LONG_ANSWER}`].join('\n'),
};
