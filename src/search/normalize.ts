/**
 * Text normalisation so that what users type meets what checksheets say: width (NFKC), case,
 * circle marks, OCR'd spaces inside Japanese words, katakana long vowels, and, for the character
 * bigram side of the index only, OCR look-alikes (`バスワード`/`パスワード`).
 */
import { joinJapaneseSpaces } from '../knowledge/cells.js';

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

/**
 * What no text means and kuromoji cannot take (it throws on NUL and on a lone high surrogate):
 * NUL and the other C0/C1 controls but tab and line breaks, and unpaired surrogates.
 */
const UNSAFE = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with every {@link UNSAFE} character replaced by a space, so that positions hold. */
export function maskUnsafe(text: string): string {
  return text.replace(UNSAFE, ' ');
}

/**
 * NFKC (half-width katakana, full-width Latin), lower case, unified marks, OCR spaces removed;
 * NUL, stray control characters and unpaired surrogates dropped.
 */
export function normalizeText(text: string): string {
  return joinJapaneseSpaces(
    text
      .replace(UNSAFE, '')
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(/[〇◯]/g, '○')
      .replace(/[‐‑‒–—―−ｰ]/g, (c) => (c === 'ｰ' ? 'ー' : '-'))
      .toLowerCase(),
  );
}

const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;

/** Lucene's katakana stemming: `サーバー` and `サーバ` are one word (final ー dropped, ≥ 4 chars). */
export function stemKatakana(word: string): string {
  return word.length >= 4 && word.endsWith('ー') && KATAKANA_WORD.test(word) ? word.slice(0, -1) : word;
}

const SMALL_KANA: Record<string, string> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
  ァ: 'ア',
  ィ: 'イ',
  ゥ: 'ウ',
  ェ: 'エ',
  ォ: 'オ',
  ッ: 'ツ',
  ャ: 'ヤ',
  ュ: 'ユ',
  ョ: 'ヨ',
  ヮ: 'ワ',
  ヵ: 'カ',
  ヶ: 'ケ',
};

/**
 * Folds what OCR and typing confuse: voiced and semi-voiced marks (バ/パ/ハ), small kana,
 * hiragana to katakana and long-vowel marks. Too lossy for morphological analysis; used only to
 * make character bigrams meet.
 *
 * Every item's text and every bigram is folded, so the fold is learnt per character (what
 * {@link foldWhole} makes of it) and applied character by character: the same, as long as no
 * character can combine with its neighbour (combining marks, Hangul jamo), and surrogates aside;
 * such text is folded whole.
 */
export function foldForBigrams(text: string): string {
  if (FOLDS_ACROSS_CHARACTERS.test(text)) return foldWhole(text);
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const state = foldState[code] || learnFold(code);
    if (state === FOLDS_TO_ITSELF) continue;
    out += text.slice(copied, i) + foldedCharacters.get(code)!;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const FOLDS_ACROSS_CHARACTERS = /[\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\ud800-\udfff]/u;
const FOLDS_TO_ITSELF = 1;
const FOLDS_TO_OTHER = 2;
/** Per UTF-16 code unit: 0 not learnt yet, or one of the two states above. */
const foldState = new Uint8Array(0x10000);
const foldedCharacters = new Map<number, string>();

function learnFold(code: number): number {
  const character = String.fromCharCode(code);
  const folded = foldWhole(character);
  if (folded !== character) foldedCharacters.set(code, folded);
  foldState[code] = folded === character ? FOLDS_TO_ITSELF : FOLDS_TO_OTHER;
  return foldState[code]!;
}

/** The fold, defined on a whole text. */
function foldWhole(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u3099\u309a]/g, '')
    .normalize('NFC')
    .replace(/[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/g, (c) => SMALL_KANA[c] ?? c)
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/ー/g, '');
}

const PLURAL_SUFFIXES: ReadonlyArray<[RegExp, string]> = [
  [/ies$/, 'y'],
  [/(ss|x|ch|sh)es$/, '$1'],
  [/(ss)$/, '$1'],
  [/([^s])s$/, '$1'],
];

/**
 * A light English stemmer, applied alike to questions and glossary terms so that the forms people
 * write meet: plurals (`backups`), `-ed`/`-ing` (`logged`, `encrypting`), a final `e` (`stored`,
 * `store`). Short words are left alone; it does not try to be Porter.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let stem = word;
  for (const [pattern, replacement] of PLURAL_SUFFIXES) {
    if (pattern.test(stem)) {
      stem = stem.replace(pattern, replacement);
      break;
    }
  }
  if (stem.length >= 6 && /(?:ed|ing)$/.test(stem)) {
    stem = stem.replace(/(?:ed|ing)$/, '');
    // `logged` → `logg` → `log`, but `access`, `install` keep their double letters.
    if (/([^aeiouls])\1$/.test(stem)) stem = stem.slice(0, -1);
  }
  return stem.length >= 5 ? stem.replace(/e$/, '') : stem;
}
