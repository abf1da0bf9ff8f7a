/**
 * Structured JSON logs (pino). Secrets never reach a log line: auth headers, tokens and passwords
 * are redacted wherever they appear in a logged object.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
  'headers["x-slack-signature"]',
  'token',
  '*.token',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'config.KOTAE_ADMIN_TOKEN',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.MicrosoftAppPassword',
  'config.HTTPS_PROXY',
  'config.https_proxy',
];

export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  const options = { level, base: { app: 'kotae' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
