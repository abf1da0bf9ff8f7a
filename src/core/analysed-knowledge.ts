/**
 * The expensive half of building an index: reading the knowledge folder and analysing every item
 * (kuromoji, folding, control tagging), file by file. The server runs it in a worker thread (see
 * analysis-thread.ts), the CLI in-process. Each file's analysis is kept in the analysis cache,
 * keyed by the file's content and the code's version, so only changed files are analysed again.
 * A file whose analysis throws becomes that file's warning; the other files still load.
 */
import { createHash } from 'node:crypto';
import type { KnowledgeFileReport, LoadedKnowledge } from '../knowledge/loader.js';
import type { KnowledgeItem } from '../knowledge/types.js';
import type { StoredRecord } from '../search/analysis-cache.js';
import { FIELD_COUNT, fieldTexts, type AnalysedItems } from '../search/item-analysis.js';

/**
 * A loaded folder whose items are all analysed. The analyses stay where they were made (a
 * worker thread) until an index is merged from them: a reload that changed nothing never needs them.
 */
export interface AnalysedKnowledge extends LoadedKnowledge {
  /** Per file with items, a hash of them: an equal hash means the same answers at the same places. */
  readonly digests: Map<string, string>;
  /** Files analysed by this load; the others' analyses came from the analysis cache. */
  readonly reanalysed: readonly string[];
}

/** One version of a knowledge file, read and analysed: what the analysis cache keeps per file. */
export interface AnalysedFile {
  readonly report: KnowledgeFileReport;
  /** What was wrong with the file, as the loader said it (without the file name). */
  readonly warnings: readonly string[];
  readonly items: readonly KnowledgeItem[];
  readonly digest: string;
  readonly analysis: AnalysedItems;
  /** The version of the analysis chain that made the terms (analysis-cache.ts). */
  readonly analysisVersion: string;
  /** The control catalogue the items were tagged with, as an id (see `catalogueId`). */
  readonly catalogue: string;
}

/** A hash of a file's items: equal for equal answers at equal places. */
export function itemsDigest(items: readonly KnowledgeItem[]): string {
  return createHash('sha1').update(JSON.stringify(items)).digest('base64url');
}

/** Items grouped by file, in their order. */
export function itemsByFile(items: readonly KnowledgeItem[]): Map<string, KnowledgeItem[]> {
  const groups = new Map<string, KnowledgeItem[]>();
  for (const item of items) {
    const group = groups.get(item.file);
    if (group) group.push(item);
    else groups.set(item.file, [item]);
  }
  return groups;
}

/** The texts of items (each once), as the index analyses them. */
export function itemTexts(items: readonly KnowledgeItem[]): Set<string> {
  return new Set(items.flatMap(fieldTexts).filter(Boolean));
}

interface FileJson {
  readonly report: KnowledgeFileReport;
  readonly warnings: readonly string[];
  readonly items: readonly KnowledgeItem[];
  readonly digest: string;
  readonly analysisVersion: string;
  readonly catalogue: string;
  readonly terms: readonly string[];
  readonly folded: readonly string[];
}

/** A file's analysis as an analysis cache record. */
export function fileRecord(file: AnalysedFile): StoredRecord {
  const { analysis } = file;
  const json: FileJson = {
    report: file.report,
    warnings: file.warnings,
    items: file.items,
    digest: file.digest,
    analysisVersion: file.analysisVersion,
    catalogue: file.catalogue,
    terms: analysis.terms,
    folded: analysis.folded,
  };
  const { tokens, tokenStarts, headFolded, quantities, controlStarts, controls, evidence, familyStarts, families } = analysis;
  return { json, arrays: { tokens, tokenStarts, headFolded, quantities, controlStarts, controls, evidence, familyStarts, families } };
}

/**
 * The file analysis in a record, when the record is whole and consistent (every array of the
 * right kind and length, every reference in range); null otherwise.
 */
export function fileFromRecord(record: StoredRecord, file: string): AnalysedFile | null {
  const json = record.json as Partial<FileJson> | null;
  const { tokens, tokenStarts, headFolded, quantities, controlStarts, controls, evidence, familyStarts, families } = record.arrays;
  if (
    !json ||
    json.report?.file !== file ||
    !Array.isArray(json.items) ||
    !Array.isArray(json.terms) ||
    !Array.isArray(json.folded) ||
    !Array.isArray(json.warnings)
  )
    return null;
  if (typeof json.digest !== 'string' || typeof json.analysisVersion !== 'string' || typeof json.catalogue !== 'string') return null;
  const count = json.items.length;
  const int32 = (a: unknown, length?: number): a is Int32Array => a instanceof Int32Array && (length === undefined || a.length === length);
  if (
    !int32(tokens) ||
    !int32(tokenStarts, count * FIELD_COUNT + 1) ||
    !int32(headFolded, count) ||
    !int32(controlStarts, count + 1) ||
    !int32(controls) ||
    !int32(familyStarts, count + 1) ||
    !int32(families)
  )
    return null;
  if (
    !(quantities instanceof Uint8Array) ||
    quantities.length !== count ||
    !(evidence instanceof Float64Array) ||
    evidence.length !== controls.length ||
    json.folded.length !== count
  )
    return null;
  if (!ascending(tokenStarts, tokens.length) || !ascending(controlStarts, controls.length) || !ascending(familyStarts, families.length))
    return null;
  const terms = json.terms.length;
  if (tokens.some((id) => id < 0 || id >= terms)) return null;
  return {
    report: json.report,
    warnings: json.warnings,
    items: json.items,
    digest: json.digest,
    analysisVersion: json.analysisVersion,
    catalogue: json.catalogue,
    analysis: {
      terms: json.terms,
      tokens,
      tokenStarts,
      folded: json.folded,
      headFolded,
      quantities,
      controlStarts,
      controls,
      evidence,
      familyStarts,
      families,
    },
  };
}

/** Starts that begin at 0, never go back, and end at `length`. */
function ascending(starts: Int32Array, length: number): boolean {
  if (starts[0] !== 0 || starts[starts.length - 1] !== length) return false;
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return false;
  return true;
}
