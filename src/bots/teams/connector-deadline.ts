/**
 * Deadlines for the Bot Connector. botframework-connector's client retries with Azure's defaults
 * (3 retries, backing off up to a minute) and sets no request timeout, so a turn could wait far past
 * the 15 s after which Teams gives up and redelivers. Every connector client a turn gets is given
 * instead: one deadline for all its calls, a timeout per attempt, and one retry for a connection
 * that failed or a 429/5xx; and the proxy (HTTPS_PROXY / NO_PROXY) in place of Azure's own, which
 * reads only the environment.
 */
import type { Agent } from 'node:http';
import { agentPolicy, RestError, type Pipeline, type PipelinePolicy, type PipelineResponse } from '@azure/core-rest-pipeline';
import { settlesWithin, TIMED_OUT } from '../../core/settles-within.js';

export interface ConnectorDeadlines {
  /** Everything a turn sends (typing, the answer, an apology) finishes within this from the turn's start. */
  readonly turnMs: number;
  /** One attempt's limit; a timed-out attempt is not retried (the activity may have been posted). */
  readonly attemptMs: number;
  /** Retries after a refused or reset connection, or a 429/500/502/503/504. */
  readonly retries: number;
  readonly retryDelayMs: number;
}

/** Teams waits 15 s for the turn's HTTP response; 12 s of sending leaves room for the rest. */
export const DEFAULT_CONNECTOR_DEADLINES: ConnectorDeadlines = { turnMs: 12_000, attemptMs: 5_000, retries: 1, retryDelayMs: 500 };

const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
/** Failures before anything was sent or answered: safe to try again. */
const RETRY_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'EAI_AGAIN', 'ENOTFOUND', 'EPIPE', 'ETIMEDOUT']);

/** The connector did not answer within the turn's budget. */
export class ConnectorDeadlineError extends Error {
  override readonly name = 'ConnectorDeadlineError';
}

/**
 * Replaces the retry and proxy policies of a ConnectorClient's pipeline. The client keeps its
 * pipeline in a private field (`client.pipeline` of the compat ServiceClientContext): a newer
 * botframework-connector without it fails here, loudly, rather than running without deadlines.
 */
export function applyConnectorDeadlines(connectorClient: object, deadlines: ConnectorDeadlines, agent: Agent | undefined): void {
  const pipeline = (connectorClient as { client?: { pipeline?: Pipeline } }).client?.pipeline;
  if (!pipeline || typeof pipeline.removePolicy !== 'function') {
    throw new Error(
      'botframework-connector changed: its ConnectorClient no longer exposes client.pipeline, so Bot Connector calls cannot be given deadlines (see src/bots/teams/connector-deadline.ts)',
    );
  }
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.removePolicy({ name: 'proxyPolicy' });
  pipeline.addPolicy(deadlinePolicy(Date.now() + deadlines.turnMs, deadlines), { phase: 'Retry' });
  if (agent) pipeline.addPolicy(agentPolicy(agent));
}

function deadlinePolicy(deadline: number, deadlines: ConnectorDeadlines): PipelinePolicy {
  return {
    name: 'kotaeConnectorDeadline',
    async sendRequest(request, next) {
      for (let attempt = 0; ; attempt++) {
        const remaining = deadline - Date.now();
        if (remaining <= 0)
          throw new ConnectorDeadlineError(`the Bot Connector did not answer within the turn's ${deadlines.turnMs / 1000} s`);
        const limit = Math.min(deadlines.attemptMs, remaining);
        request.timeout = limit;
        const canRetry = () => attempt < deadlines.retries && deadline - Date.now() > deadlines.retryDelayMs;
        let response: PipelineResponse;
        try {
          // The race also bounds the signing step (a token request) that runs inside next().
          response = await within(next(request), limit);
        } catch (error) {
          if (!(error instanceof RestError && RETRY_CODES.has(error.code ?? '')) || !canRetry()) throw error;
          await sleep(deadlines.retryDelayMs);
          continue;
        }
        if (!RETRY_STATUSES.has(response.status) || !canRetry()) return response;
        await sleep(deadlines.retryDelayMs);
      }
    },
  };
}

async function within<T>(work: Promise<T>, ms: number): Promise<T> {
  const settled = await settlesWithin(work, ms);
  if (settled === TIMED_OUT) throw new ConnectorDeadlineError(`the Bot Connector did not answer within ${ms} ms`);
  return settled;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
