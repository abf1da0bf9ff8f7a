/**
 * The Japanese/English analysis chain, after Lucene's JapaneseAnalyzer: NFKC and case folding,
 * kuromoji morphemes reduced to base forms, part-of-speech and stop-word filtering, katakana
 * stemming; plus character bigrams over kana-folded text, because kuromoji.js has no search mode
 * (compounds stay whole) and OCR'd words (`バスワード`) only meet their originals as bigrams.
 */
import { MAX_ANALYSED_CHARS } from '../knowledge/limits.js';
import { buildTokenizer, type KuromojiTokenizer } from './kuromoji-loader.js';
import { foldForBigrams, maskUnsafe, normalizeText, stemEnglish, stemKatakana } from './normalize.js';

/** Bigram terms carry this prefix so they never collide with word terms in the index. */
export const BIGRAM_PREFIX = '§';

/** A content word of a text, with where it stands in the normalised text. */
export interface Word {
  readonly term: string;
  readonly surface: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Analysis reads the first `MAX_ANALYSED_CHARS` characters of a text (the rest stays for display)
 * and hands kuromoji runs of at most {@link MAX_RUN_CHARS}: its cost grows with the square of a
 * run between 、 and 。, so a text without them (a pasted log, 4,000 columns joined) would stall
 * the process. With bounded runs the cost is linear in the text.
 */
export interface Analyzer {
  /** Word terms followed by bigram terms: what the index stores and queries look up. */
  terms(text: string): string[];
  /** Content words only, with positions in `normalizeText(text)`. */
  words(normalized: string): Word[];
  /** Bigram terms of an already normalised text. */
  bigrams(normalized: string): string[];
}

/** Longest text kuromoji is given at once; a Japanese sentence rarely runs longer. */
export const MAX_RUN_CHARS = 128;

/** Where kuromoji ends a token anyway: sentence and clause marks, and white space. */
const BREAK_AFTER = /[。．！？!?、，,;；:：\s]/;
const SCRIPT_CLASSES: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /[\p{Script=Hiragana}]/u],
  [2, /[\p{Script=Katakana}ー]/u],
  [3, /[\p{Script=Han}々]/u],
  [4, /[a-z0-9]/],
];

function scriptClass(char: string): number {
  return SCRIPT_CLASSES.find(([, pattern]) => pattern.test(char))?.[0] ?? 0;
}

/**
 * The runs `[from, to)` the text is analysed in, each at most {@link MAX_RUN_CHARS} long, cut in
 * the second half of the window: after a break mark, else where the script changes (but not
 * kanji to kana, which is inside a word: 行う), else at the limit, never inside a surrogate pair.
 */
export function analysisRuns(text: string): Array<readonly [number, number]> {
  const runs: Array<readonly [number, number]> = [];
  for (let start = 0; start < text.length; ) {
    const end = text.length - start <= MAX_RUN_CHARS ? text.length : cutPoint(text, start);
    runs.push([start, end]);
    start = end;
  }
  return runs;
}

function cutPoint(text: string, start: number): number {
  const limit = start + MAX_RUN_CHARS;
  const floor = start + MAX_RUN_CHARS / 2;
  for (let at = limit; at > floor; at--) if (BREAK_AFTER.test(text[at - 1]!)) return at;
  for (let at = limit; at > floor; at--) {
    const before = scriptClass(text[at - 1]!);
    const after = scriptClass(text[at]!);
    if (before !== after && !(before === 3 && after === 1)) return at;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

const DROPPED_POS = new Set(['助詞', '助動詞', '記号', '接続詞', 'フィラー', '感動詞', '連体詞']);
const DROPPED_DETAIL = new Set(['非自立', '代名詞', '接尾', '数接続']);

/** Japanese stop words (base forms), after Lucene's ja stopwords, plus checksheet boilerplate. */
const JA_STOP = new Set([
  'する',
  'いる',
  'ある',
  'なる',
  'できる',
  'れる',
  'られる',
  'せる',
  'させる',
  'おる',
  'いう',
  'くる',
  'くれる',
  'もらう',
  'いただく',
  'こと',
  'もの',
  'ため',
  'よう',
  'これ',
  'それ',
  'あれ',
  'どれ',
  'ここ',
  'そこ',
  'どこ',
  'とき',
  'ところ',
  'など',
  '等',
  '及び',
  '又は',
  'また',
  'および',
  'または',
  'ない',
  'いい',
  'よい',
  'ほしい',
  '欲しい',
  'みる',
  'おく',
  'しまう',
  'やる',
  'できる',
  'ござる',
  'です',
  'ます',
]);

/** English function words; content words reach the glossary and the index. */
const EN_STOP = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being do does did done have has had having ' +
    'will would can could should shall may might must we you they i it its our your their my me us them he she this that these ' +
    'those there here what which who whom whose when where why how any all some each every no not yes so than then too very just ' +
    'about into over under up down out off also ever other such own same only both more most much many one able get got let make ' +
    // Pieces of URLs: every item with a link has them.
    'http https www com co jp html htm php'
  ).split(' '),
);

let tokenizerPromise: Promise<KuromojiTokenizer> | null = null;

/** kuromoji's dictionary takes a few hundred milliseconds and ~40 MB to load: once per process. */
function loadTokenizer(): Promise<KuromojiTokenizer> {
  tokenizerPromise ??= buildTokenizer();
  return tokenizerPromise;
}

/** Creates the analyzer; every call shares one kuromoji tokenizer. */
export async function createAnalyzer(): Promise<Analyzer> {
  const tokenizer = await loadTokenizer();

  const words = (normalized: string): Word[] => {
    const out: Word[] = [];
    // Masked, not trusted to be normalised: one NUL would make kuromoji throw.
    const text = maskUnsafe(normalized.slice(0, MAX_ANALYSED_CHARS));
    for (const [from, to] of analysisRuns(text))
      for (const token of tokenizer.tokenize(text.slice(from, to))) {
        const surface = token.surface_form;
        const start = from + token.word_position - 1;
        if (/^[a-z0-9][a-z0-9._+-]*$/.test(surface)) {
          const word = surface.replace(/[._-]+$/, '');
          if (word && !EN_STOP.has(word))
            out.push({ term: /^[a-z]+$/.test(word) ? stemEnglish(word) : word, surface, start, end: start + surface.length });
          continue;
        }
        // A suffix makes a different word (管理 → 管理者, アクセス → アクセス権): keep the compound too.
        if (token.pos === '名詞' && token.pos_detail_1 === '接尾') {
          const previous = out[out.length - 1];
          if (previous && previous.end === start && !/^[\p{Script=Hiragana}]+$/u.test(surface)) {
            const compound = previous.surface + surface;
            out.push({ term: stemKatakana(compound), surface: compound, start: previous.start, end: start + surface.length });
          }
          continue;
        }
        if (DROPPED_POS.has(token.pos) || DROPPED_DETAIL.has(token.pos_detail_1)) continue;
        const base = token.basic_form && token.basic_form !== '*' ? token.basic_form : surface;
        if (JA_STOP.has(base) || !/[\p{L}\p{N}]/u.test(base)) continue;
        // A lone hiragana character is a grammatical particle kuromoji mis-tagged, never content.
        if (/^[\p{Script=Hiragana}]$/u.test(base)) continue;
        out.push({ term: stemKatakana(base), surface, start, end: start + surface.length });
      }
    return out;
  };

  const bigrams = (normalized: string): string[] => {
    const out: string[] = [];
    for (const run of normalized.slice(0, MAX_ANALYSED_CHARS).match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+/gu) ??
      []) {
      for (let i = 0; i + 1 < run.length; i++) {
        const pair = run.slice(i, i + 2);
        const folded = foldForBigrams(pair);
        if (folded.length === 2) out.push(BIGRAM_PREFIX + folded);
      }
    }
    return out;
  };

  return {
    words,
    bigrams,
    terms(text) {
      const normalized = normalizeText(text);
      return [...words(normalized).map((w) => w.term), ...bigrams(normalized)];
    },
  };
}
