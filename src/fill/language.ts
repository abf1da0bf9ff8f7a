/**
 * English or Japanese: an English questionnaire is answered in English where the knowledge has
 * English text for the item, and the person reviewing is told when it was answered in Japanese.
 */

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** True for text with no Japanese characters and at least `words` Latin words (default two). */
export function isEnglish(text: string, words = 2): boolean {
  return !JAPANESE.test(text) && (text.match(LATIN_WORD)?.length ?? 0) >= words;
}

/** True for text with Japanese characters in it. */
export function hasJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

/** Fewer words than this on a line are a name (`AWS KMS`), not an English answer. */
const SENTENCE_WORDS = 3;

/**
 * The English lines of an answer that has both (`はい。…` on one line, `Yes. …` on the next, or an
 * English remark beside a Japanese answer); null when it has none.
 */
export function englishLines(texts: readonly string[]): string | null {
  const lines = texts.flatMap((text) => text.split(/\n+/)).map((line) => line.replace(/^(?:英語|English|EN)\s*[:：]\s*/i, '').trim());
  const english = lines.filter((line) => isEnglish(line, SENTENCE_WORDS));
  return english.length > 0 ? english.join('\n') : null;
}
