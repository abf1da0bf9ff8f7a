/**
 * Configuration, from environment variables only (an optional `.env` is loaded into the
 * environment first). Validated with zod at start: one error lists every bad or missing variable
 * by name, and never prints a value, because most of them are secrets.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalText = z.string().trim().optional().transform((v) => (v ? v : undefined));

/** A proxy URL: http(s), a host, no path; the message never repeats the value (it may hold a password). */
const proxyUrl = optionalText.refine((v) => v === undefined || (URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol) && new URL(v).hostname !== ''), {
  message: 'must be a proxy URL such as http://proxy.example.co.jp:8080 (credentials as http://user:password@host:port)',
});

const prefixed = (prefix: string, what: string) =>
  optionalText.refine((v) => v === undefined || v.startsWith(prefix), { message: `must be a ${what} starting with "${prefix}"` });

/** Months after which an answer counts as stale (due for review): KOTAE_REVIEW_MONTHS. */
const reviewMonths = z.coerce
  .number({ error: 'must be a number of months, such as 12' })
  .int({ error: 'must be a whole number of months, such as 12' })
  .min(1, { error: 'must be from 1 to 120 months' })
  .max(120, { error: 'must be from 1 to 120 months' })
  .default(12);

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    KNOWLEDGE_DIR: optionalText,
    KNOWLEDGE_WATCH: flag,
    KOTAE_DATA_DIR: z.string().trim().min(1).default('data'),
    KOTAE_DATA_ROTATE_MB: z.coerce.number().positive({ message: 'must be a number of megabytes above 0, such as 10' }).default(10),
    KOTAE_DATA_ROTATE_KEEP: z.coerce.number().int({ message: 'must be a whole number' }).min(0).max(100).default(5),
    KOTAE_REVIEW_MONTHS: reviewMonths,
    KOTAE_ADMIN_TOKEN: optionalText.refine((v) => v === undefined || v.length >= 16, { message: 'must be at least 16 characters (use a long random string)' }),
    KOTAE_ADMINS: optionalText.transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
    KOTAE_METRICS: z.enum(['off', 'public', 'admin']).default('off'),
    HTTPS_PROXY: proxyUrl,
    https_proxy: proxyUrl,
    NO_PROXY: optionalText,
    no_proxy: optionalText,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SLACK_BOT_TOKEN: prefixed('xoxb-', 'bot token'),
    SLACK_APP_TOKEN: prefixed('xapp-', 'app-level token'),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_API_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), { message: 'must be a URL such as https://slack.com/api/' }),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,
    TEAMS_ALLOW_UNAUTHENTICATED: flag,
  });

/**
 * Rules between variables, checked on the raw environment so that they are reported together
 * with the per-variable errors instead of after them are fixed.
 */
function crossChecks(env: NodeJS.ProcessEnv): Array<{ name: string; message: string }> {
  const set = (name: string) => Boolean(env[name]?.trim());
  const issues: Array<{ name: string; message: string }> = [];
  const need = (name: string, why: string) => issues.push({ name, message: `is required ${why}` });
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_APP_TOKEN') && !set('SLACK_SIGNING_SECRET')) need('SLACK_SIGNING_SECRET', 'for Slack HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  if (!set('SLACK_BOT_TOKEN') && (set('SLACK_APP_TOKEN') || set('SLACK_SIGNING_SECRET'))) need('SLACK_BOT_TOKEN', 'when other SLACK_ variables are set');
  if (env.KOTAE_METRICS?.trim() === 'admin' && !set('KOTAE_ADMIN_TOKEN')) need('KOTAE_ADMIN_TOKEN', 'when KOTAE_METRICS is admin (or set KOTAE_METRICS=public)');
  if (set('MicrosoftAppId')) {
    if (!set('MicrosoftAppPassword') && env.MicrosoftAppType !== 'UserAssignedMSI') need('MicrosoftAppPassword', 'when MicrosoftAppId is set');
    if (env.MicrosoftAppType === 'SingleTenant' && !set('MicrosoftAppTenantId')) need('MicrosoftAppTenantId', 'when MicrosoftAppType is SingleTenant');
  } else if (set('MicrosoftAppPassword') || set('MicrosoftAppTenantId')) {
    need('MicrosoftAppId', 'when MicrosoftAppPassword or MicrosoftAppTenantId is set');
  }
  return issues;
}

export type AppConfig = z.output<typeof schema>;

/** The configuration is unusable; `message` lists every offending variable by name. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly variables: readonly string[], message: string) {
    super(message);
  }
}

/** Parses the environment. Throws {@link ConfigError} naming every bad variable, never a value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = schema.safeParse(env);
  const issues = [
    ...(result.success ? [] : result.error.issues.map((issue) => ({ name: String(issue.path[0] ?? '(environment)'), message: issue.message }))),
    ...crossChecks(env),
  ];
  if (result.success && issues.length === 0) return result.data;
  const lines = issues.map((issue) => `  ${issue.name}: ${issue.message}`);
  throw new ConfigError([...new Set(issues.map((i) => i.name))], `invalid configuration (see .env.example):\n${lines.join('\n')}`);
}

/** Loads `.env` from the working folder into `process.env` when present (real env wins). */
export function loadDotEnv(file = path.resolve('.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * KOTAE_REVIEW_MONTHS alone, for the commands that answer from a folder without the server's
 * configuration (`kotae ask`, `kotae report`): an unrelated bad variable must not stop them.
 */
export function reviewMonthsFrom(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = reviewMonths.safeParse(env.KOTAE_REVIEW_MONTHS?.trim() || undefined);
  if (parsed.success) return parsed.data;
  throw new ConfigError(['KOTAE_REVIEW_MONTHS'], `invalid configuration: KOTAE_REVIEW_MONTHS ${parsed.error.issues[0]?.message ?? 'is not valid'}`);
}
