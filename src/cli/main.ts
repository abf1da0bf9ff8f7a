/**
 * The `kotae` command: `ask`, `check`, `fill`, `report`, `serve`, `reload`. Errors are one clear
 * line on stderr and a non-zero exit, never a stack trace.
 */
import { runAsk } from './ask.js';
import { runCheck } from './check.js';
import { ConfigError } from '../config.js';
import { CliError } from './cli-error.js';
import { COMMAND_HELP, isCommand, USAGE } from './help.js';

type Command = (args: string[]) => Promise<number>;

async function loadCommand(name: string): Promise<Command | null> {
  switch (name) {
    case 'ask':
      return runAsk;
    case 'check':
      return runCheck;
    case 'fill':
      return (await import('./fill.js')).runFill;
    case 'report':
      return (await import('./report.js')).runReport;
    // The server pulls in Express and the chat SDKs: loaded only when asked for.
    case 'serve':
      return (await import('./serve.js')).runServe;
    case 'reload':
      return (await import('./reload.js')).runReload;
    default:
      return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = args[0];
    process.stdout.write(name === 'help' && topic && isCommand(topic) ? COMMAND_HELP[topic] : USAGE);
    return name ? 0 : 2;
  }
  if (isCommand(name) && asksForHelp(args)) {
    process.stdout.write(COMMAND_HELP[name]);
    return 0;
  }
  const command = await loadCommand(name);
  if (!command) throw new CliError(`unknown command "${name}". Run \`kotae --help\` for the list.`, 2);
  return command(args);
}

/** `--help` or `-h` among the options (not after `--`, where it would be a question's text). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`kotae: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else if (error instanceof ConfigError) {
      // Names the variables, never their values (most of them are secrets).
      process.stderr.write(`kotae: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`kotae: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
