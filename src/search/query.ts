/**
 * The first stage of answering, planning: turns a question as people type it into what to look
 * for. A concept is one content word of the question, or one glossary match with all its
 * synonyms; a checksheet item covers a concept when it contains any of its forms. Coverage of
 * concepts, weighted by rarity, is what separates "this item answers it" from "this item shares a
 * few words with it". The plan also holds an item number the question clearly names, the kinds
 * of quantity it asks for, and the security controls it is about.
 */
import type { Analyzer, Word } from './analyzer.js';
import type { ControlTagger, QuestionControls } from './control-tagger.js';
import type { Glossary } from './glossary.js';
import { findItemReference, type ItemReference } from './item-reference.js';
import { foldForBigrams, normalizeText } from './normalize.js';
import { quantitiesAsked, quantityAskedBy, type QuantityKind } from './quantity.js';

/** Shorter folded runs (`テタ` for データ) would be found inside unrelated words. */
export const MIN_FOLDED_LENGTH = 3;

/** One way of saying a concept: its word terms (all required), or its folded text as one run. */
export interface Form {
  readonly text: string;
  readonly words: readonly string[];
  /** The form folded like item text (kana, voicing, long vowels), to be found as one run. */
  readonly folded: string;
  /** True for the words the user typed, false for synonyms the glossary added. */
  readonly typed: boolean;
}

export interface Concept {
  readonly label: string;
  readonly forms: readonly Form[];
  /** True when the concept is a glossary term: a security notion, stronger evidence than a word. */
  readonly domain: boolean;
  /** The kind of quantity the concept asks for (`文字数`): an item stating one covers it. */
  readonly asks: QuantityKind | null;
}

export interface QueryPlan {
  readonly normalized: string;
  readonly concepts: readonly Concept[];
  /** Bigrams of the part of the question that matters, for fuzzy matching of OCR'd text. */
  readonly bigrams: readonly string[];
  /** An item number the question starts with (`項番6-30の回答`), to look up directly. */
  readonly itemReference: ItemReference | null;
  /** Kinds of quantity the question asks for (`何文字` → length). */
  readonly quantities: readonly QuantityKind[];
  /** The security controls the question is about. */
  readonly controls: QuestionControls;
}

/** What planning needs besides the question: the analysis chain, glossary and control tagger. */
export interface PlanContext {
  readonly analyzer: Analyzer;
  readonly glossary: Glossary;
  readonly tagger: ControlTagger;
  /**
   * Analysed synonym forms, kept across questions: the same glossary terms come back query after
   * query, and analysing them is most of a query's cost.
   */
  readonly formCache: Map<string, Form>;
}

/**
 * Words that say how a question is asked, not what about: sales staff forward customers'
 * questions with "お客様から…と聞かれました、どう答えれば".
 */
const ASKING_WORDS = new Set([
  '質問',
  '回答',
  '答える',
  '答え',
  '教える',
  '聞く',
  '言う',
  '返す',
  '書く',
  '記入',
  '記載',
  '説明',
  '確認',
  '依頼',
  '伺う',
  '尋ねる',
  '問い合わせ',
  'お客様',
  '客',
  '先方',
  '御社',
  '貴社',
  '弊社',
  '当社',
  '自社',
  'うち',
  '我々',
  'お願い',
  '願う',
  '大丈夫',
  'わかる',
  '分かる',
  '知る',
  '思う',
  '件',
  '的',
  '方',
  'どう',
  'どの',
  'どんな',
  'なに',
  '何',
  'いつ',
  '誰',
  'どなた',
  'だれ',
  'どちら',
  'っけ',
  'かな',
  '今',
  'ちゃんと',
  'すぐ',
  '来る',
  '持つ',
  'ご',
  'お',
  '様',
  '具体',
  '概要',
  '状況',
  '教示',
  'ください',
  '下さい',
  'いただける',
  '頂く',
  '場合',
  '有無',
  '可能',
  '対応',
  '実施',
  'tell',
  'please',
  'know',
  'customer',
  'client',
  'prospect',
  'asked',
  'ask',
  'question',
  'answer',
  'need',
  'want',
  'our',
  'we',
  'you',
  'us',
  'anyone',
  'someone',
  'thing',
  'okay',
  'ok',
  'currently',
  'really',
  'actually',
]);

/** Whether a word of a question says how it is asked (教えて, お客様, 回答) rather than what about. */
export function isAskingWord(word: Pick<Word, 'term' | 'surface'>): boolean {
  return ASKING_WORDS.has(word.term) || ASKING_WORDS.has(word.surface);
}

/** Text inside 「」 or “” of a forwarded question is the question itself. */
function focusOf(normalized: string): string {
  const quoted = [...normalized.matchAll(/[「『“"]([^」』”"]{6,})[」』”"]/g)].map((m) => m[1]!);
  return quoted.length ? quoted.join(' ') : normalized;
}

/** Plans a question: concepts, item reference, quantities asked and controls. */
export function planQuery(question: string, context: PlanContext): QueryPlan {
  const { analyzer, glossary, formCache } = context;
  const normalized = normalizeText(question);
  const itemReference = findItemReference(normalized);
  const focus = focusOf(itemReference ? itemReference.rest : normalized);
  const matches = glossary.match(focus);
  const concepts: Concept[] = [];
  const formOf = (text: string, typed: boolean): Form => {
    const key = `${typed}:${text}`;
    let form = formCache.get(key);
    if (!form) {
      form = { text, words: analyzer.words(text).map((w) => w.term), folded: foldForBigrams(text).replace(/\s+/g, ''), typed };
      formCache.set(key, form);
    }
    return form;
  };
  const seenGroups = new Set<string>();
  for (const match of matches) {
    // `AWS？GCP？Azure？` names one notion three times: it is one concept, not three.
    const group = [...match.terms].sort().join('\u0000');
    if (seenGroups.has(group)) continue;
    seenGroups.add(group);
    const forms = [formOf(match.text, true), ...match.terms.filter((t) => t !== match.text).map((t) => formOf(t, false))];
    concepts.push({
      label: match.text,
      forms: forms.filter((f) => f.words.length || f.folded.length >= MIN_FOLDED_LENGTH),
      domain: true,
      asks: quantityAskedBy(match.text),
    });
  }
  for (const word of analyzer.words(focus)) {
    if (isAskingWord(word)) continue;
    if (matches.some((m) => word.start < m.end && m.start < word.end)) continue;
    if (concepts.some((c) => c.forms.some((f) => f.typed && f.words.length === 1 && f.words[0] === word.term))) continue;
    concepts.push({
      label: word.surface,
      forms: [{ text: word.surface, words: [word.term], folded: foldForBigrams(word.surface), typed: true }],
      domain: false,
      asks: quantityAskedBy(word.surface),
    });
  }
  return {
    normalized,
    concepts,
    bigrams: analyzer.bigrams(focus),
    itemReference,
    quantities: quantitiesAsked(focus),
    controls: context.tagger.tagQuestion(focus),
  };
}
