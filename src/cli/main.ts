/**
 * The `kotae` command: `ask`, `check`, `serve`, `reload`. Errors are one clear line on stderr and
 * a non-zero exit, never a stack trace.
 */
import { runAsk } from './ask.js';
import { runCheck } from './check.js';
import { CliError } from './cli-error.js';

const USAGE = `kotae — answers security-checksheet questions from your prepared answers

Usage:
  kotae ask [--json] [--top N] [--knowledge DIR] [--collection NAME] "質問"
  kotae ask --json --stdin [...]    one question per line in, one JSON object per line out
  kotae check [--knowledge DIR]     files, item counts and warnings of the knowledge folder
`;

type Command = (args: string[]) => Promise<number>;

async function loadCommand(name: string): Promise<Command | null> {
  switch (name) {
    case 'ask': return runAsk;
    case 'check': return runCheck;
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
    } else {
      process.stderr.write(`kotae: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
