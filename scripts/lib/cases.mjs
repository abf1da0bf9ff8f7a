// Question sets and how a result is judged right: the shared scorer's rules (../shared/eval/score.mjs),
// in one place for kotae's own measuring scripts.
import fs from 'node:fs';

/** Cases of JSON-lines files (id, question, lang, topic, expect{file: [{item, question, answer}]}). */
export function readCases(files) {
  return files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line, i) => {
        try {
          return JSON.parse(line);
        } catch (error) {
          throw new Error(`${file}:${i + 1}: not JSON (${error.message})`);
        }
      }),
  );
}

export const norm = (s) =>
  (s ?? '')
    .normalize('NFKC')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
export const bigrams = (s) => {
  const t = norm(s);
  const out = new Set();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out.size ? out : new Set([t]);
};
export const overlap = (a, b) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
};
export const short = (s, n) => norm(s).slice(0, n);

/** Every item any case lists for `file`: the universe a result is matched against. */
export function fileItems(cases, file) {
  return [...new Map(cases.flatMap((c) => c.expect[file] ?? []).map((e) => [e.question + e.answer, e])).values()];
}

/**
 * Index in `expected` of the item a result shows, or -1: the item of the file whose answer text
 * (then question text, to break ties) overlaps the result's best, by at least 0.6 (the shared
 * scorer's rule).
 */
export function matchExpected(result, expected, universe) {
  const a = bigrams(result.answer),
    q = result.question ? bigrams(result.question) : null;
  let best = null,
    key = [0, 0];
  for (const it of universe) {
    const simA = Math.round(overlap(a, bigrams(it.answer)) * 100) / 100;
    const simQ = q && it.question ? overlap(q, bigrams(it.question)) : 0;
    if (simA > key[0] || (simA === key[0] && simQ > key[1])) {
      best = it;
      key = [simA, simQ];
    }
  }
  if (!best || key[0] < 0.6) return -1;
  return expected.findIndex((e) => e.answer === best.answer && e.question === best.question);
}

/** Whether a result shows one of the expected items. */
export const isExpected = (result, expected, universe) => expected.length > 0 && matchExpected(result, expected, universe) >= 0;

/** Fold of a case id in [0, n): FNV-1a, so that a case stays in its fold whatever else is added. */
export function foldOf(id, n) {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(String(id), 'utf8')) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % n;
}

/**
 * The questions asked of one file: the cases themselves, or (cross) each other file's item
 * questions for the same topic — the `kotae fill` case of another company's wording.
 */
export function questionsFor(cases, file, { cross = false } = {}) {
  if (!cross)
    return cases
      .filter((c) => file in c.expect)
      .map((c) => ({ id: c.id, group: c.id, question: c.question, expected: c.expect[file] ?? [] }));
  const seen = new Map();
  for (const c of cases) {
    if (!(file in c.expect)) continue;
    for (const [other, items] of Object.entries(c.expect)) {
      if (other === file) continue;
      for (const it of items)
        if (it.question && !seen.has(it.question))
          seen.set(it.question, { id: `${c.id}:${other}#${it.item}`, group: c.id, question: it.question, expected: c.expect[file] ?? [] });
    }
  }
  return [...seen.values()];
}

/** hit@1, hit@3, MRR, precision of confident answers, answered share, abstention, from judged rows. */
export function summarise(rows) {
  const pos = rows.filter((r) => r.positive),
    neg = rows.filter((r) => !r.positive);
  const answered = pos.filter((r) => r.answered);
  const confident = rows.filter((r) => r.answered);
  return {
    pos: pos.length,
    neg: neg.length,
    hit1: pos.filter((r) => r.rank === 0).length / (pos.length || 1),
    hit3: pos.filter((r) => r.rank >= 0 && r.rank < 3).length / (pos.length || 1),
    mrr: pos.reduce((s, r) => s + (r.rank >= 0 ? 1 / (r.rank + 1) : 0), 0) / (pos.length || 1),
    precision: answered.filter((r) => r.rank === 0).length / (answered.length || 1),
    precisionAll: confident.filter((r) => r.positive && r.rank === 0).length / (confident.length || 1),
    answered: answered.length / (pos.length || 1),
    abstain: neg.filter((r) => !r.answered).length / (neg.length || 1),
  };
}
