import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `parseArgs` with its errors turned into one-line CLI errors that name the option and point at
 * the command's help. A value starting with `-` is taken as the value of the option before it
 * (`--top -1`), so that the command's own check says what is wrong with it.
 */
export function parseCliArgs<T extends Options>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args: joinDashValues(args, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${command}: ${describeParseError(error, options)} Run \`kotae ${command} --help\` for the options.`, 2);
  }
}

/** `--top -1` → `--top=-1` when `-1` is no option of the command: Node refuses it as ambiguous. */
function joinDashValues(args: readonly string[], options: Options): string[] {
  const takesValue = new Set<string>();
  const known = new Set<string>();
  for (const [name, option] of Object.entries(options)) {
    known.add(`--${name}`);
    if (option.short) known.add(`-${option.short}`);
    if (option.type === 'string') {
      takesValue.add(`--${name}`);
      if (option.short) takesValue.add(`-${option.short}`);
    }
  }
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (takesValue.has(arg) && next?.startsWith('-') && next !== '--' && !known.has(next.split('=')[0]!)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** Node's messages span lines and suggest quoting tricks; one sentence instead. */
function describeParseError(error: unknown, options: Options): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s<]+)/.exec(message)?.[1] ?? '';
  const name = option.replace(/^-+/, '');
  const spec = Object.entries(options).find(([long, o]) => long === name || o.short === name)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (spec?.type === 'boolean') return `${option} takes no value.`;
    return `${option} needs a value.`;
  }
  return `${message.split('\n')[0]!.replace(/\.$/, '')}.`;
}
