/**
 * The operators' metrics in the Prometheus text format (prom-client), on a registry of their own:
 * asks by surface and outcome with a latency histogram, reloads and their outcome, fills and their
 * rows (all counted at the core's boundaries, see core/metrics.ts), the index's items and files
 * (read from the service at each scrape), and the process's own figures, event-loop lag included.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { KnowledgeStatus } from '../core/kotae-service.js';
import type { AskOutcome, FillOutcome, KotaeMetrics, ReloadResult } from '../core/metrics.js';
import type { Channel } from '../core/question-log.js';

/** From an instant answer to a slow reload-time one; Slack's patience (3 s) is the top. */
const ASK_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const RELOAD_BUCKETS_S = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export class PrometheusMetrics implements KotaeMetrics {
  readonly registry = new Registry();
  private readonly asks: Counter<'surface' | 'outcome'>;
  private readonly askSeconds: Histogram<'surface'>;
  private readonly reloads: Counter<'result'>;
  private readonly reloadSeconds: Histogram;
  private readonly fills: Counter<'surface' | 'outcome'>;
  private readonly fillRows: Counter<'surface'>;

  /** @param status - The knowledge's status, read at every scrape for the index gauges. */
  constructor(status: () => KnowledgeStatus) {
    const registers = [this.registry];
    this.asks = new Counter({
      name: 'kotae_asks_total',
      help: 'Questions asked, by surface and outcome (answered, unanswered, error).',
      labelNames: ['surface', 'outcome'],
      registers,
    });
    this.askSeconds = new Histogram({
      name: 'kotae_ask_duration_seconds',
      help: 'Time to answer a question, recording an unanswered one included.',
      labelNames: ['surface'],
      buckets: ASK_BUCKETS_S,
      registers,
    });
    this.reloads = new Counter({
      name: 'kotae_reloads_total',
      help: 'Knowledge loads and reloads that ran, by result (ok, failed).',
      labelNames: ['result'],
      registers,
    });
    this.reloadSeconds = new Histogram({
      name: 'kotae_reload_duration_seconds',
      help: 'Time to load the knowledge and build the index.',
      buckets: RELOAD_BUCKETS_S,
      registers,
    });
    this.fills = new Counter({
      name: 'kotae_fills_total',
      help: 'Questionnaires to fill, by surface and outcome (filled, refused, busy, aborted, failed).',
      labelNames: ['surface', 'outcome'],
      registers,
    });
    this.fillRows = new Counter({
      name: 'kotae_fill_rows_total',
      help: 'Question rows answered in filled questionnaires.',
      labelNames: ['surface'],
      registers,
    });
    new Gauge({
      name: 'kotae_index_items',
      help: 'Items in the index now serving.',
      registers,
      collect() {
        this.set(status().items);
      },
    });
    new Gauge({
      name: 'kotae_index_files',
      help: 'Knowledge files in the index now serving.',
      registers,
      collect() {
        this.set(status().files.length);
      },
    });
    new Gauge({
      name: 'kotae_index_version',
      help: 'Successful loads since start; a reload that changes nothing still counts.',
      registers,
      collect() {
        this.set(status().version);
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  ask(surface: Channel, outcome: AskOutcome, seconds: number): void {
    this.asks.inc({ surface, outcome });
    this.askSeconds.observe({ surface }, seconds);
  }

  reload(result: ReloadResult, seconds: number): void {
    this.reloads.inc({ result });
    this.reloadSeconds.observe(seconds);
  }

  fill(surface: Channel, outcome: FillOutcome, rows: number): void {
    this.fills.inc({ surface, outcome });
    if (rows > 0) this.fillRows.inc({ surface }, rows);
  }

  /** The whole registry in the text exposition format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
