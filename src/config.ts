/**
 * Configuration, from environment variables only (an optional `.env` is loaded into the
 * environment first). Validated with zod at start: one error lists every bad or missing variable
 * by name, and never prints a value, because most of them are secrets.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** A proxy URL: http(s), a host, no path; the message never repeats the value (it may hold a password). */
const proxyUrl = optionalText.refine(
  (v) => v === undefined || (URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol) && new URL(v).hostname !== ''),
  {
    message: 'must be a proxy URL such as http://proxy.example.co.jp:8080 (credentials as http://user:password@host:port)',
  },
);

const prefixed = (prefix: string, what: string) =>
  optionalText.refine((v) => v === undefined || v.startsWith(prefix), { message: `must be a ${what} starting with "${prefix}"` });

/** Months after which an answer counts as stale (due for review): KOTAE_REVIEW_MONTHS. */
const reviewMonths = z.coerce
  .number({ error: 'must be a number of months, such as 12' })
  .int({ error: 'must be a whole number of months, such as 12' })
  .min(1, { error: 'must be from 1 to 120 months' })
  .max(120, { error: 'must be from 1 to 120 months' })
  .default(12);

/**
 * A Slack channel id (C… public, G… private): ids, not names, because a name can change and the
 * Web API addresses channels by id.
 */
const slackChannelId = optionalText.refine((v) => v === undefined || /^[CG][A-Z0-9]{6,}$/.test(v), {
  message: 'must be a Slack channel id such as C0123ABCDEF, not a name (in Slack: the channel name → About → Channel ID at the bottom)',
});

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  KNOWLEDGE_DIR: optionalText,
  KNOWLEDGE_WATCH: flag,
  KOTAE_DATA_DIR: z.string().trim().min(1).default('data'),
  KOTAE_DATA_ROTATE_MB: z.coerce.number().positive({ message: 'must be a number of megabytes above 0, such as 10' }).default(10),
  KOTAE_DATA_ROTATE_KEEP: z.coerce.number().int({ message: 'must be a whole number' }).min(0).max(100).default(5),
  KOTAE_REVIEW_MONTHS: reviewMonths,
  KOTAE_ADMIN_TOKEN: optionalText.refine((v) => v === undefined || v.length >= 16, {
    message: 'must be at least 16 characters (use a long random string)',
  }),
  KOTAE_ADMINS: optionalText.transform((v) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  ),
  KOTAE_METRICS: z.enum(['off', 'public', 'admin']).default('off'),
  HTTPS_PROXY: proxyUrl,
  https_proxy: proxyUrl,
  NO_PROXY: optionalText,
  no_proxy: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SLACK_BOT_TOKEN: prefixed('xoxb-', 'bot token'),
  SLACK_APP_TOKEN: prefixed('xapp-', 'app-level token'),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), {
    message: 'must be a URL such as https://slack.com/api/',
  }),
  KOTAE_EXPERTS_SLACK_CHANNEL: slackChannelId,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  TEAMS_ALLOW_UNAUTHENTICATED: flag,
});

/** One problem with one variable; its value is never part of the message. */
interface ConfigIssue {
  readonly name: string;
  readonly message: string;
}

/** The Microsoft Teams variables, raw (from the environment) or parsed. */
type TeamsSettings = Partial<Record<'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId', string>>;

/**
 * The rules between the Teams variables, in one place: `loadConfig` reports them at start-up, and
 * the Teams adapter checks them again for a configuration built without `loadConfig`, because
 * running without authentication must never be the fallback of a half-configured setup.
 */
export function teamsSettingIssues(settings: TeamsSettings): ConfigIssue[] {
  const set = (value: string | undefined) => Boolean(value?.trim());
  const type = settings.MicrosoftAppType?.trim() || 'MultiTenant';
  if (!set(settings.MicrosoftAppId)) {
    return set(settings.MicrosoftAppPassword) || set(settings.MicrosoftAppTenantId)
      ? [{ name: 'MicrosoftAppId', message: 'is required when MicrosoftAppPassword or MicrosoftAppTenantId is set' }]
      : [];
  }
  const issues: ConfigIssue[] = [];
  const msi = type === 'UserAssignedMSI';
  if (!msi && !set(settings.MicrosoftAppPassword))
    issues.push({ name: 'MicrosoftAppPassword', message: 'is required when MicrosoftAppId is set' });
  if (msi && set(settings.MicrosoftAppPassword))
    issues.push({ name: 'MicrosoftAppPassword', message: 'must not be set when MicrosoftAppType is UserAssignedMSI' });
  if (type !== 'MultiTenant' && !set(settings.MicrosoftAppTenantId))
    issues.push({ name: 'MicrosoftAppTenantId', message: `is required when MicrosoftAppType is ${type}` });
  return issues;
}

/**
 * Rules between variables, checked on the raw environment so that they are reported together
 * with the per-variable errors instead of after them are fixed.
 */
function crossChecks(env: NodeJS.ProcessEnv): ConfigIssue[] {
  const set = (name: string) => Boolean(env[name]?.trim());
  const issues: ConfigIssue[] = [];
  const need = (name: string, why: string) => issues.push({ name, message: `is required ${why}` });
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_APP_TOKEN') && !set('SLACK_SIGNING_SECRET'))
    need('SLACK_SIGNING_SECRET', 'for Slack HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  if (!set('SLACK_BOT_TOKEN') && (set('SLACK_APP_TOKEN') || set('SLACK_SIGNING_SECRET')))
    need('SLACK_BOT_TOKEN', 'when other SLACK_ variables are set');
  if (!set('SLACK_BOT_TOKEN') && set('KOTAE_EXPERTS_SLACK_CHANNEL'))
    need('SLACK_BOT_TOKEN', "when KOTAE_EXPERTS_SLACK_CHANNEL is set (the experts' channel is in Slack)");
  if (env.KOTAE_METRICS?.trim() === 'admin' && !set('KOTAE_ADMIN_TOKEN'))
    need('KOTAE_ADMIN_TOKEN', 'when KOTAE_METRICS is admin (or set KOTAE_METRICS=public)');
  issues.push(...teamsSettingIssues(env));
  return issues;
}

export type AppConfig = z.output<typeof schema>;

/** The configuration is unusable; `message` lists every offending variable by name. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variables: readonly string[],
    message: string,
  ) {
    super(message);
  }
}

/** Parses the environment. Throws {@link ConfigError} naming every bad variable, never a value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return parseEnv(schema, env, crossChecks(env));
}

/**
 * The variables one command needs, checked by the same rules as the server's: `kotae ask`,
 * `check` and `fill` read only `KNOWLEDGE_DIR`, and must not fail over a chat token they never use.
 */
export function loadConfigPart<K extends keyof AppConfig>(names: readonly K[], env: NodeJS.ProcessEnv = process.env): Pick<AppConfig, K> {
  // zod types a pick by a literal mask only; the names are keys of the same schema.
  const mask = Object.fromEntries(names.map((name) => [name, true])) as Record<keyof AppConfig, true>;
  return parseEnv(schema.pick(mask), env, []) as unknown as Pick<AppConfig, K>;
}

/** Throws a {@link ConfigError} for `issues` (per-variable rules, then cross-checks); see .env.example. */
export function throwConfigIssues(issues: readonly ConfigIssue[]): never {
  const lines = issues.map((issue) => `  ${issue.name}: ${issue.message}`);
  throw new ConfigError([...new Set(issues.map((i) => i.name))], `invalid configuration (see .env.example):\n${lines.join('\n')}`);
}

function parseEnv<S extends z.ZodType>(part: S, env: NodeJS.ProcessEnv, cross: readonly ConfigIssue[]): z.output<S> {
  const result = part.safeParse(env);
  const issues = [
    ...(result.success
      ? []
      : result.error.issues.map((issue) => ({ name: String(issue.path[0] ?? '(environment)'), message: issue.message }))),
    ...cross,
  ];
  if (result.success && issues.length === 0) return result.data;
  throwConfigIssues(issues);
}

/** The knowledge folder shipped with kotae (the five sample checksheets). */
export const BUNDLED_KNOWLEDGE = fileURLToPath(new URL('../knowledge', import.meta.url));

/**
 * The knowledge folder: `option` (the CLI's `--knowledge DIR`), else `KNOWLEDGE_DIR`, else
 * `./knowledge`, else the bundled folder, so that `npx kotae ask` works from anywhere right after
 * install.
 */
export function resolveKnowledgeDir(config: Pick<AppConfig, 'KNOWLEDGE_DIR'>, option?: string): string {
  if (option) return path.resolve(option);
  if (config.KNOWLEDGE_DIR) return path.resolve(config.KNOWLEDGE_DIR);
  const local = path.resolve('knowledge');
  return existsSync(local) ? local : BUNDLED_KNOWLEDGE;
}

/** Loads `.env` from the working folder into `process.env` when present (real env wins). */
export function loadDotEnv(file = path.resolve('.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
