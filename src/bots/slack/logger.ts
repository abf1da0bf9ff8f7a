/**
 * Bolt and the Web API client log through kotae's pino logger, so Slack lines are JSON like the
 * rest. Whatever they pass is reduced to text with secrets blanked first: their debug lines can
 * carry request bodies, and errors from the HTTP client carry the request with its
 * `Authorization: Bearer xoxb-…` header, which pino's path-based redaction would not reach.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../logging.js';

const SECRET_KEY = /token|secret|authorization|signature|password|cookie/i;
const SECRET_TEXT = /\b(xox[abposr]|xapp)-[A-Za-z0-9-]+/g;

/** Error facts safe to log: name, message, Slack's error code. Never the request or a stack of objects. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: redactText(String(error)) };
  const described: Record<string, unknown> = { type: error.name, message: redactText(error.message) };
  const coded = error as Error & { code?: unknown; data?: unknown; status?: unknown };
  if (typeof coded.code === 'string') described.code = coded.code;
  if (typeof coded.status === 'number') described.status = coded.status;
  if (typeof coded.data === 'object' && coded.data !== null && 'error' in coded.data && typeof coded.data.error === 'string') {
    described.slack_error = coded.data.error;
  }
  return described;
}

export function createBoltLogger(logger: Logger): BoltLogger {
  let name = 'bolt';
  const write = (level: 'debug' | 'info' | 'warn' | 'error', args: unknown[]) => {
    if (!logger.isLevelEnabled(level)) return;
    logger[level]({ source: name }, args.map(toText).join(' '));
  };
  return {
    debug: (...args) => write('debug', args),
    info: (...args) => write('info', args),
    warn: (...args) => write('warn', args),
    error: (...args) => write('error', args),
    // kotae's LOG_LEVEL governs; Bolt calls this with its own default, which must not win.
    setLevel: () => undefined,
    getLevel: () => {
      const level = logger.level;
      if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
      if (level === 'info') return LogLevel.INFO;
      if (level === 'warn') return LogLevel.WARN;
      return LogLevel.ERROR;
    },
    setName: (next) => {
      name = next;
    },
  };
}

function toText(value: unknown): string {
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) return JSON.stringify(describeError(value));
  try {
    return redactText(
      JSON.stringify(value, (key, inner: unknown) => (key && SECRET_KEY.test(key) ? '[redacted]' : inner)) ?? String(value),
    );
  } catch {
    return String(value);
  }
}

function redactText(text: string): string {
  return text.replace(SECRET_TEXT, '$1-[redacted]');
}
