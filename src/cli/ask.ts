import { createInterface } from 'node:readline';
import { answerQuestion, DEFAULT_TOP, MAX_TOP } from '../core/answer.js';
import { parseCliArgs } from './args.js';
import { CliError } from './cli-error.js';
import { formatAnswers } from './format.js';
import { openKnowledge, printWarnings, requireCollection, requireItems, reviewPolicy } from './open-knowledge.js';

/** `kotae ask`: one question from the arguments, or one per line from stdin (`--stdin`). */
export async function runAsk(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    {
      json: { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      top: { type: 'string' },
      knowledge: { type: 'string' },
      collection: { type: 'string' },
      explain: { type: 'boolean', default: false },
    },
    'ask',
  );
  const top = values.top === undefined ? DEFAULT_TOP : Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new CliError(`ask: --top must be a whole number from 1 to ${MAX_TOP}.`, 2);
  const question = positionals.join(' ').trim();
  if (!values.stdin && !question)
    throw new CliError('ask: give a question, e.g. kotae ask "データは暗号化されていますか", or use --stdin.', 2);

  const review = reviewPolicy();
  const snapshot = await openKnowledge(values.knowledge);
  printWarnings(snapshot);
  requireItems(snapshot);
  requireCollection(snapshot, values.collection, 'ask');
  const options = { top, collection: values.collection, explain: values.explain };
  const print = (q: string) => {
    const result = answerQuestion(snapshot, q, options, review);
    process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${formatAnswers(result)}\n`);
  };
  if (!values.stdin) {
    print(question);
    return 0;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) print(line.trim());
  return 0;
}
