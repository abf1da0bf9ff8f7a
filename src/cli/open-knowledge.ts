import { loadConfigPart, resolveKnowledgeDir } from '../config.js';
import { buildSnapshot, type KnowledgeSnapshot } from '../core/knowledge-snapshot.js';
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
