import { loadKnowledge } from '../src/knowledge/loader.js';
const k = await loadKnowledge(process.argv[2] ?? '/work/main/knowledge');
for (const it of k.items) if (!process.argv[3] || it.file.includes(process.argv[3])) console.log(JSON.stringify([it.line, it.itemNumber, it.section.join(' › '), it.status, it.question.slice(0, 40), it.answer.slice(0, 40), it.remarks.slice(0,20)]));
console.log(k.files, k.warnings);
