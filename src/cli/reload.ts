import { loadConfigPart, loadDotEnv } from '../config.js';
import { changeLines, type KnowledgeChanges, type KnowledgeStatus } from '../core/kotae-service.js';
import { parseCliArgs } from './args.js';
import { CliError } from './cli-error.js';

/** A reload of a large folder takes seconds; beyond this the server is stuck, not busy. */
const TIMEOUT_MS = 120_000;

interface ReloadResponse {
  readonly ok: boolean;
  readonly error?: string;
  readonly joined?: boolean;
  readonly tookMs?: number;
  readonly changes?: KnowledgeChanges;
  readonly status: Pick<KnowledgeStatus, 'version' | 'items' | 'files' | 'warnings' | 'loadedAt'>;
}

/**
 * `kotae reload`: asks a running server to rebuild its index from the knowledge folder, with the
 * admin token from KOTAE_ADMIN_TOKEN (never a flag, which would show in `ps` and shell history).
 */
export async function runReload(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { url: { type: 'string' }, json: { type: 'boolean', default: false } }, 'reload');
  if (positionals.length) throw new CliError('reload: takes no arguments; use --url to name the server.', 2);
  loadDotEnv();
  const config = loadConfigPart(['KOTAE_ADMIN_TOKEN', 'PORT']);
  const token = config.KOTAE_ADMIN_TOKEN;
  if (!token) throw new CliError("reload: set KOTAE_ADMIN_TOKEN (the server's admin token) in the environment or in .env.", 2);
  const base = values.url ?? `http://127.0.0.1:${config.PORT}`;
  if (!URL.canParse(base)) throw new CliError(`reload: --url must be a URL such as http://127.0.0.1:3000, not "${base}".`, 2);
  const endpoint = `${base.replace(/\/+$/, '')}/api/admin/reload`;

  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  }).catch((error: unknown) => {
    throw new CliError(unreachable(base, error));
  });

  if (response.status === 401)
    throw new CliError(`reload: ${base} refused the admin token (401). KOTAE_ADMIN_TOKEN must match the server's.`);
  if (response.status === 404)
    throw new CliError(
      `reload: ${base} has no admin endpoints (404). Set KOTAE_ADMIN_TOKEN on the server to enable them, and check --url points at kotae.`,
    );
  const body = (await response.json().catch(() => null)) as ReloadResponse | null;
  if (!body || typeof body.ok !== 'boolean' || !body.status)
    throw new CliError(`reload: unexpected answer from ${base} (HTTP ${response.status}); is --url a kotae server?`);

  if (values.json) process.stdout.write(`${JSON.stringify(body)}\n`);
  else (body.ok ? process.stdout : process.stderr).write(`${describe(body)}\n`);
  return body.ok ? 0 : 1;
}

function describe(body: ReloadResponse): string {
  const { status } = body;
  const lines = body.ok
    ? [
        `reloaded${body.joined ? ' (joined a reload already running)' : ''}: ${status.files.length} files, ${status.items} items, index version ${status.version}${body.tookMs === undefined ? '' : `, ${body.tookMs} ms`}`,
      ]
    : [
        `reload failed: ${body.error ?? 'unknown reason'}`,
        `still serving index version ${status.version}: ${status.files.length} files, ${status.items} items`,
      ];
  if (body.changes) lines.push(...changeLines(body.changes));
  const width = Math.max(4, ...status.files.map((f) => f.file.length));
  if (status.files.length) {
    lines.push('', `${'file'.padEnd(width)}  items`);
    for (const f of status.files) lines.push(`${f.file.padEnd(width)}  ${String(f.items).padStart(5)}`);
  }
  if (status.warnings.length) {
    lines.push('', `warnings (${status.warnings.length}):`);
    for (const w of status.warnings) lines.push(`  ${w.file}: ${w.message}`);
  }
  return lines.join('\n');
}

function unreachable(base: string, error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `reload: ${base} did not answer within ${TIMEOUT_MS / 1000} s.`;
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return `reload: could not connect to ${base} (connection refused). Is \`kotae serve\` running there? Name its address with --url.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `reload: host not found in ${base}. Check --url.`;
    default:
      return `reload: could not reach ${base}: ${cause?.message ?? (error instanceof Error ? error.message : String(error))}`;
  }
}
