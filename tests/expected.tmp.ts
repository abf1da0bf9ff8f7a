import { readFileSync } from 'node:fs';
import { loadKnowledge } from '../src/knowledge/loader.js';
const norm = (s: string) => (s ?? '').normalize('NFKC').replace(/<[^>]+>/g, '').replace(/\s+/g, '').toLowerCase();
const k = await loadKnowledge('knowledge');
const cases = readFileSync('../shared/eval/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const seen = new Set<string>();
let ok = 0, bad = 0;
for (const c of cases) for (const [file, items] of Object.entries(c.expect) as [string, any[]][]) for (const e of items) {
  const key = file + e.item + e.answer; if (seen.has(key)) continue; seen.add(key);
  const hit = k.items.find((it) => it.file === file && norm(it.answer) === norm(e.answer));
  const hitQ = k.items.find((it) => it.file === file && norm(it.question) === norm(e.question) && e.question);
  if (hit && (norm(hit.question) === norm(e.question)) && hit.itemNumber === e.item) ok++;
  else { bad++; console.log('MISMATCH', file, e.item, '\n want Q:', norm(e.question).slice(0, 60), '\n want A:', norm(e.answer).slice(0, 80), '\n got  :', hit ? `${hit.itemNumber} Q:${norm(hit.question).slice(0,40)}` : hitQ ? `byQ ${hitQ.itemNumber} A:${norm(hitQ.answer).slice(0, 80)}` : 'none'); }
}
console.log({ ok, bad });
