/**
 * The `kotae` command: `ask`, `check`, `fill`, `serve`, `reload`. Errors are one clear line on
 * stderr and a non-zero exit, never a stack trace.
 */
import { runAsk } from './ask.js';
import { runCheck } from './check.js';
import { ConfigError } from '../config.js';
import { CliError } from './cli-error.js';

const USAGE = `kotae — answers security-checksheet questions from your prepared answers

Usage:
  kotae ask [--json] [--explain] [--top N] [--knowledge DIR] [--collection NAME] "質問"
  kotae ask --json --stdin [...]    one question per line in, one JSON object per line out
  kotae check [--knowledge DIR]     files, item counts and warnings of the knowledge folder
  kotae fill FILE [-o OUT] [--knowledge DIR] [--collection NAME]
                                    answer a whole questionnaire (.xlsx, .csv, .tsv) into
                                    NAME.kotae.EXT beside it (or OUT); summary on stderr
  kotae serve                       web console, HTTP API and chat bots (npm start); configured
                                    by environment variables, see .env.example
  kotae reload [--url URL] [--json] rebuild a running server's index (needs KOTAE_ADMIN_TOKEN;
                                    default URL http://127.0.0.1:$PORT)
`;

type Command = (args: string[]) => Promise<number>;

async function loadCommand(name: string): Promise<Command | null> {
  switch (name) {
    case 'ask': return runAsk;
    case 'check': return runCheck;
    case 'fill': return (await import('./fill.js')).runFill;
    // The server pulls in Express and the chat SDKs: loaded only when asked for.
    case 'serve': return (await import('./serve.js')).runServe;
    case 'reload': return (await import('./reload.js')).runReload;
    default: return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) throw new CliError(`unknown command "${name}". Run \`kotae --help\` for the list.`, 2);
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
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
