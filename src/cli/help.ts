/** What `kotae --help` and `kotae COMMAND --help` print: one text per command, written once. */

export const COMMAND_HELP = {
  ask: `kotae ask — the best prepared answers to one question, with citation and confidence

Usage:
  kotae ask [options] "質問"
  kotae ask --json --stdin [options]   one question per input line, one JSON object per output line

Options:
  --json              one JSON object (the API's shape) instead of text for a person
  --stdin             read questions from standard input, one per line
  --top N             how many results (1–50, default 5; the text shows the first 3)
  --knowledge DIR     the knowledge folder (default: KNOWLEDGE_DIR, else ./knowledge, else the samples)
  --collection NAME   only that subfolder of the knowledge folder (and the folders below it)
  --explain           each result's match features: why this answer
  -h, --help          this help

Warnings about the knowledge files go to stderr.
`,
  check: `kotae check — files, item counts, synonym groups and every warning of the knowledge folder

Usage:
  kotae check [--knowledge DIR]

Exits 1 when nothing could be loaded.
`,
  fill: `kotae fill — drafts an answer for every question of a customer's questionnaire

Usage:
  kotae fill FILE [-o OUT] [--knowledge DIR] [--collection NAME]

FILE is .xlsx, .xlsm, .csv or .tsv. The filled copy goes to NAME.kotae.EXT beside it (or OUT, with
the same extension); the summary goes to stderr.
`,
  report: `kotae report — the answer library's health: conflicts, duplicates, coverage, stale answers,
missing words and usage

Usage:
  kotae report [--json] [--knowledge DIR] [--data DIR] [--days N]

Options:
  --json              one JSON object instead of text for a person
  --knowledge DIR     the knowledge folder (default: KNOWLEDGE_DIR, else ./knowledge, else the samples)
  --data DIR          where the server keeps its logs (default: KOTAE_DATA_DIR, else ./data), for
                      missing words and usage
  --days N            the usage window in days (1–366, default 30)

Answers last checked more than KOTAE_REVIEW_MONTHS (default 12) months ago are stale.
`,
  serve: `kotae serve — the web console, HTTP API and chat bots (npm start)

Usage:
  kotae serve

Configured by environment variables (and an optional .env); see .env.example.
`,
  reload: `kotae reload — asks a running server to rebuild its index from the knowledge folder

Usage:
  kotae reload [--url URL] [--json]

Needs KOTAE_ADMIN_TOKEN (the server's admin token) in the environment or .env. Default URL
http://127.0.0.1:$PORT.
`,
} as const;

export type CommandName = keyof typeof COMMAND_HELP;

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_HELP, name);
}

export const USAGE = `kotae — answers security-checksheet questions from your prepared answers

Usage:
  kotae ask [--json] [--explain] [--top N] [--knowledge DIR] [--collection NAME] "質問"
  kotae ask --json --stdin [...]    one question per line in, one JSON object per line out
  kotae check [--knowledge DIR]     files, item counts and warnings of the knowledge folder
  kotae fill FILE [-o OUT] [--knowledge DIR] [--collection NAME]
                                    answer a whole questionnaire (.xlsx, .csv, .tsv) into
                                    NAME.kotae.EXT beside it (or OUT); summary on stderr
  kotae report [--json] [--knowledge DIR] [--data DIR] [--days N]
                                    conflicts, duplicates, coverage, stale answers, missing
                                    words and usage of the answer library
  kotae serve                       web console, HTTP API and chat bots (npm start); configured
                                    by environment variables, see .env.example
  kotae reload [--url URL] [--json] rebuild a running server's index (needs KOTAE_ADMIN_TOKEN;
                                    default URL http://127.0.0.1:$PORT)

kotae COMMAND --help shows one command's options.
`;
