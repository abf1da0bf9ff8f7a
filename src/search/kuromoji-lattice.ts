/**
 * kuromoji's lattice builder (`ViterbiBuilder.build`, kuromoji.js 0.1.2), rewritten so that its
 * cost grows with a sentence's length instead of its square, and with the same lattice.
 *
 * The stock builder, at every position of a sentence, encodes the whole rest of the sentence to
 * UTF-8 for the dictionary trie, copies the bytes again for every word found, scans the rest for
 * surrogates, and walks the rest of a run of same-class characters; analysing a knowledge folder
 * spent half its time there. This one walks the trie one character at a time from each position,
 * stopping where no word continues, and works out character classes and their runs once per
 * sentence. A sentence holding a surrogate pair (rare; kotae drops unpaired ones) goes to the
 * stock builder, whose positions count code points.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface LatticeNode {
  readonly start_pos: number;
  readonly length: number;
}
interface Lattice {
  append(node: LatticeNode): void;
  appendEos(): void;
}
type NodeConstructor = new (
  name: number,
  cost: number,
  start: number,
  length: number,
  type: 'KNOWN' | 'UNKNOWN',
  left: number,
  right: number,
  surface: string,
) => LatticeNode;

const ViterbiLattice = require('kuromoji/src/viterbi/ViterbiLattice.js') as new () => Lattice;
const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode.js') as NodeConstructor;

/** A dictionary of kuromoji's, as the builder reads it: a word's costs by its id. */
interface WordDictionary {
  readonly dictionary: { getShort(index: number): number };
}

interface CharacterClass {
  readonly class_id: number;
  readonly class_name: string;
  readonly is_always_invoke: boolean | number;
  readonly is_grouping: boolean | number;
}

/** What the builder reads of kuromoji's loaded dictionaries. */
export interface LatticeDictionaries {
  readonly trie: { readonly bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array } };
  readonly token_info_dictionary: WordDictionary;
  readonly unknown_dictionary: WordDictionary & {
    readonly target_map: Readonly<Record<number, readonly number[]>>;
    lookup(character: string): CharacterClass;
  };
}

/** A trie id's word ids (token info ids); see kuromoji-loader.ts. */
export type WordIds = (trieId: number) => Int32Array | undefined;

const SURROGATE = /[\ud800-\udfff]/;

/**
 * A `build(sentence)` giving the lattice kuromoji's own builder gives; `stock` builds the
 * sentences this one leaves to it.
 */
export function latticeBuilder(
  dictionaries: LatticeDictionaries,
  wordIds: WordIds,
  stock: (sentence: string) => unknown,
): (sentence: string) => unknown {
  const base = dictionaries.trie.bc.getBaseBuffer();
  const check = dictionaries.trie.bc.getCheckBuffer();
  const known = dictionaries.token_info_dictionary;
  const unknown = dictionaries.unknown_dictionary;
  /** The trie node reached from `parent` by byte `code`, or -1 (doublearray's `traverse`). */
  const child = (parent: number, code: number) => {
    const next = base[parent]! + code;
    return next >= 0 && next < check.length && check[next] === parent ? next : -1;
  };
  /** The node after the UTF-8 bytes of `code` (a BMP code unit), or -1. */
  const step = (parent: number, code: number) => {
    if (code < 0x80) return child(parent, code);
    if (code < 0x800) {
      const first = child(parent, (code >>> 6) | 0xc0);
      return first < 0 ? -1 : child(first, (code & 0x3f) | 0x80);
    }
    const first = child(parent, (code >>> 12) | 0xe0);
    const second = first < 0 ? -1 : child(first, ((code >>> 6) & 0x3f) | 0x80);
    return second < 0 ? -1 : child(second, (code & 0x3f) | 0x80);
  };
  const append = (lattice: Lattice, dictionary: WordDictionary, id: number, start: number, surface: string, type: 'KNOWN' | 'UNKNOWN') => {
    const costs = dictionary.dictionary;
    lattice.append(
      new ViterbiNode(id, costs.getShort(id + 4), start + 1, surface.length, type, costs.getShort(id), costs.getShort(id + 2), surface),
    );
  };

  return (sentence) => {
    if (SURROGATE.test(sentence)) return stock(sentence);
    const lattice = new ViterbiLattice();
    const classes = Array.from(sentence, (character) => unknown.lookup(character));
    // Where the run of characters of position i's class (by name) ends.
    const runEnd = new Int32Array(sentence.length);
    for (let i = sentence.length - 1; i >= 0; i--) {
      runEnd[i] = i + 1 < sentence.length && classes[i + 1]!.class_name === classes[i]!.class_name ? runEnd[i + 1]! : i + 1;
    }
    for (let start = 0; start < sentence.length; start++) {
      let words = 0;
      let node = 0;
      for (let end = start; end < sentence.length; end++) {
        node = step(node, sentence.charCodeAt(end));
        if (node < 0) break;
        const terminal = child(node, 0);
        if (terminal < 0) continue;
        const record = base[terminal]!;
        const ids = record <= 0 ? wordIds(-record - 1) : undefined;
        // kuromoji itself would fail here the same way: a word in the trie with no entries.
        if (!ids) throw new TypeError(`kuromoji dictionary: no entries for the word "${sentence.slice(start, end + 1)}"`);
        const surface = sentence.slice(start, end + 1);
        for (const id of ids) append(lattice, known, id, start, surface, 'KNOWN');
        words++;
      }
      const head = classes[start]!;
      if (words === 0 || head.is_always_invoke === 1) {
        const surface = sentence.slice(start, head.is_grouping === 1 ? runEnd[start] : start + 1);
        for (const id of unknown.target_map[head.class_id]!) append(lattice, unknown, id, start, surface, 'UNKNOWN');
      }
    }
    lattice.appendEos();
    return lattice;
  };
}
