import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The knowledge folder shipped with kotae (the five sample checksheets). */
export const BUNDLED_KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));

/**
 * `--knowledge DIR`, else `KNOWLEDGE_DIR`, else `./knowledge`, else the bundled folder, so that
 * `npx kotae ask` works from anywhere right after install.
 */
export function resolveKnowledgeDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option) return path.resolve(option);
  if (env.KNOWLEDGE_DIR) return path.resolve(env.KNOWLEDGE_DIR);
  const local = path.resolve('knowledge');
  return existsSync(local) ? local : BUNDLED_KNOWLEDGE;
}
