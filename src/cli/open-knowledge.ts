import { buildSnapshot, type KnowledgeSnapshot } from '../core/knowledge-snapshot.js';
import { KnowledgeFolderError } from '../knowledge/loader.js';
import { CliError } from './cli-error.js';

/** Builds the snapshot, turning an unusable folder into a one-line error. */
export async function openKnowledge(dir: string): Promise<KnowledgeSnapshot> {
  try {
    return await buildSnapshot(dir);
  } catch (error) {
    if (error instanceof KnowledgeFolderError) throw new CliError(error.message);
    throw error;
  }
}
