import { loadConfigPart, resolveKnowledgeDir } from '../config.js';
import { collectionName, collectionsOf, inCollection } from '../core/collections.js';
import { buildSnapshot, type KnowledgeSnapshot } from '../core/knowledge-snapshot.js';
import type { ReviewPolicy } from '../core/review.js';
import { KnowledgeFolderError } from '../knowledge/loader.js';
import { CliError } from './cli-error.js';

/**
 * Builds the snapshot of the knowledge folder (`--knowledge DIR`, else KNOWLEDGE_DIR through the
 * configuration, else `./knowledge`, else the bundled samples), turning an unusable folder into a
 * one-line error.
 */
export async function openKnowledge(option: string | undefined): Promise<KnowledgeSnapshot> {
  const dir = resolveKnowledgeDir(loadConfigPart(['KNOWLEDGE_DIR']), option);
  try {
    return await buildSnapshot(dir);
  } catch (error) {
    if (error instanceof KnowledgeFolderError) throw new CliError(error.message);
    throw error;
  }
}

/** A snapshot with items, else the one-line error that says how to find out why. */
export function requireItems(snapshot: KnowledgeSnapshot): void {
  if (snapshot.index.items.length === 0) {
    throw new CliError(`no items could be loaded from ${snapshot.dir}. Run \`kotae check --knowledge ${snapshot.dir}\` to see why.`);
  }
}

/**
 * `--collection NAME` must name a subfolder holding items: a typo would otherwise look like a
 * knowledge without answers. The error lists the collections there are.
 */
export function requireCollection(snapshot: KnowledgeSnapshot, collection: string | undefined, command: string): void {
  if (!collection || !collectionName(collection)) return;
  const items = snapshot.index.items;
  if (items.some((item) => inCollection(item.collection, collection))) return;
  const known = collectionsOf(items);
  const choice = known.length
    ? `Collections: ${known.join(', ')}.`
    : 'It has no collections (subfolders with checksheets); leave --collection out.';
  throw new CliError(`${command}: no collection "${collectionName(collection)}" in ${snapshot.dir}. ${choice}`, 2);
}

/** The knowledge folder's warnings, one line each on stderr, for commands whose stdout is the answer. */
export function printWarnings(snapshot: KnowledgeSnapshot): void {
  for (const warning of snapshot.warnings) process.stderr.write(`kotae: warning: ${warning.file}: ${warning.message}\n`);
}

/** KOTAE_REVIEW_MONTHS, checked by the server's rules, for the commands that answer from a folder. */
export function reviewPolicy(): ReviewPolicy {
  return { months: loadConfigPart(['KOTAE_REVIEW_MONTHS']).KOTAE_REVIEW_MONTHS };
}
