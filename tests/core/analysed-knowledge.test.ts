import { beforeAll, describe, expect, it } from 'vitest';
import { fileFromRecord, fileRecord, itemsDigest, type AnalysedFile } from '../../src/core/analysed-knowledge.js';
import { taggerFor } from '../../src/core/analysis-session.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { StoredRecord } from '../../src/search/analysis-cache.js';
import { createAnalyzer } from '../../src/search/analyzer.js';
import { analyseItems } from '../../src/search/item-analysis.js';
import { PENGUIN_CSV } from '../support/kotae-server.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

let file: AnalysedFile;
beforeAll(async () => {
  const folder = makeKnowledgeFolder({ samples: [], files: { 'penguin.csv': PENGUIN_CSV } });
  try {
    const loaded = await loadKnowledge(folder.dir);
    const analyzer = await createAnalyzer();
    const items = loaded.items;
    file = {
      report: loaded.files[0]!,
      warnings: [],
      items,
      digest: itemsDigest(items),
      analysis: analyseItems(items, (text) => analyzer.terms(text), taggerFor(null)),
      analysisVersion: 'chain',
      catalogue: 'built-in',
    };
  } finally {
    folder.cleanup();
  }
}, 30_000);

const withArray = (record: StoredRecord, name: string, array: StoredRecord['arrays'][string]): StoredRecord => ({
  ...record,
  arrays: { ...record.arrays, [name]: array },
});

describe("a file's analysis as a cache record", () => {
  it('reads back as it was made', () => {
    expect(fileFromRecord(fileRecord(file), 'penguin.csv')).toEqual(file);
  });

  it('is refused when it is for another file, or its arrays do not fit its items or terms', () => {
    const record = fileRecord(file);
    expect(fileFromRecord(record, 'other.csv')).toBeNull();
    const tokens = Int32Array.from(file.analysis.tokens);
    tokens[0] = file.analysis.terms.length;
    expect(fileFromRecord(withArray(record, 'tokens', tokens), 'penguin.csv')).toBeNull();
    expect(fileFromRecord(withArray(record, 'tokenStarts', file.analysis.tokenStarts.subarray(1)), 'penguin.csv')).toBeNull();
    expect(fileFromRecord(withArray(record, 'evidence', new Float64Array(file.analysis.evidence.length + 1)), 'penguin.csv')).toBeNull();
    expect(fileFromRecord(withArray(record, 'quantities', Int32Array.from(file.analysis.quantities)), 'penguin.csv')).toBeNull();
  });
});
