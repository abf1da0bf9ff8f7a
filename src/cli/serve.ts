import { loadConfig, loadDotEnv } from '../config.js';
import { createServerDeps } from '../server/deps.js';
import { startServer } from '../server/server.js';
import { parseCliArgs } from './args.js';
import { CliError } from './cli-error.js';

/** Past this, the process exits whatever is still running: orchestrators send SIGKILL at 10 s. */
const HARD_EXIT_MS = 9500;

/**
 * `kotae serve` (`npm start`): the web console, HTTP API and chat adapters, configured from the
 * environment only. Runs until SIGTERM or SIGINT, then drains and exits 0.
 */
export async function runServe(args: string[]): Promise<number> {
  const { positionals } = parseCliArgs(args, {}, 'serve');
  if (positionals.length) throw new CliError('serve: takes no arguments; it is configured by environment variables (see .env.example).', 2);

  loadDotEnv();
  const config = loadConfig();
  const deps = createServerDeps(config);
  const server = await startServer(deps).catch((error: unknown) => {
    throw new CliError(error instanceof Error ? error.message : String(error));
  });
  process.stderr.write(`kotae: web console ready at ${server.url}\n`);

  return new Promise((resolve) => {
    let signalled = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (signalled) {
        // A second Ctrl-C means "now".
        deps.logger.warn({ signal }, 'second signal: exiting without waiting for requests in flight');
        process.exit(1);
      }
      signalled = true;
      deps.logger.info({ signal }, 'shutting down');
      // Whatever a chat adapter leaves behind must not keep the process past the kill deadline.
      setTimeout(() => process.exit(0), HARD_EXIT_MS).unref();
      void server.stop().then(
        () => resolve(0),
        (error: unknown) => {
          deps.logger.error({ err: error }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
