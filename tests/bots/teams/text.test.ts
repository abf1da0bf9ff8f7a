import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { isBotMentioned, MAX_QUESTION_CHARS, parseCommand, questionText } from '../../../src/bots/teams/text.js';
import { BOT, mention } from './harness.js';

const someone = { id: '29:someone', name: '佐藤' };

function message(text: string, entities: Activity['entities'] = []): Pick<Activity, 'text' | 'entities' | 'recipient'> {
  return { text, entities, recipient: BOT };
}

describe('questionText', () => {
  it.each([
    {
      name: 'removes one mention of the bot',
      text: '<at>kotae</at> パスワードの最低文字数は？',
      entities: [mention(BOT)],
      question: 'パスワードの最低文字数は？',
    },
    {
      name: 'removes every mention of the bot, not just the first',
      text: '<at>kotae</at> バックアップは <at>kotae</at> 取得していますか <at>kotae</at>',
      entities: [mention(BOT), mention(BOT), mention(BOT)],
      question: 'バックアップは 取得していますか',
    },
    {
      name: 'keeps the name of someone else who is mentioned',
      text: '<at>kotae</at> <at>佐藤</at> さんの質問: 暗号化は？',
      entities: [mention(BOT), mention(someone)],
      question: '佐藤 さんの質問: 暗号化は？',
    },
    {
      name: 'matches the bot with or without the 28: prefix',
      text: '<at>kotae</at> 暗号化は？',
      entities: [mention({ id: 'kotae-bot-id', name: 'kotae' })],
      question: '暗号化は？',
    },
    {
      name: 'drops Teams HTML and decodes entities',
      text: '<p><at>kotae</at>&nbsp;通信は&quot;TLS&quot;で暗号化&amp;保護していますか</p>',
      entities: [mention(BOT)],
      question: '通信は"TLS"で暗号化&保護していますか',
    },
    {
      name: 'keeps typed angle brackets as text',
      text: '&lt;script&gt; 対策はありますか',
      entities: [],
      question: '<script> 対策はありますか',
    },
    { name: 'keeps line breaks between paragraphs', text: '<p>一つ目</p><p>二つ目</p>', entities: [], question: '一つ目\n二つ目' },
    { name: 'leaves nothing when only the bot was mentioned', text: '<at>kotae</at> ', entities: [mention(BOT)], question: '' },
  ])('$name', ({ text, entities, question }) => {
    expect(questionText(message(text, entities))).toBe(question);
  });

  it(`caps a question at ${MAX_QUESTION_CHARS} characters`, () => {
    expect(questionText(message('あ'.repeat(MAX_QUESTION_CHARS + 100)))).toHaveLength(MAX_QUESTION_CHARS);
  });
});

describe('isBotMentioned', () => {
  it('is true only when a mention names the bot', () => {
    expect(isBotMentioned(message('<at>kotae</at> hi', [mention(BOT)]))).toBe(true);
    expect(isBotMentioned(message('<at>佐藤</at> hi', [mention(someone)]))).toBe(false);
    expect(isBotMentioned(message('kotae hi'))).toBe(false);
  });
});

describe('parseCommand', () => {
  it.each(['reload', 'Reload', '/reload', 'reload.', '再読み込み', '再読み込み。', ' 再読み込み！ '])('recognises %j as reload', (text) => {
    expect(parseCommand(text)).toBe('reload');
  });

  it.each(['experts here', 'Experts  Here', '/experts here.', '専門家チャンネルに設定', '専門家チャンネルに設定。'])(
    "recognises %j as setting the experts' channel",
    (text) => {
      expect(parseCommand(text)).toBe('experts-here');
    },
  );

  it.each([
    'reload the knowledge please',
    '再読み込みとは何ですか',
    'パスワードの最低文字数は？',
    'are the experts here',
    '専門家チャンネルに設定するには',
    '',
  ])('treats %j as a question', (text) => {
    expect(parseCommand(text)).toBeNull();
  });
});
