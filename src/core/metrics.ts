/**
 * What the core and the surfaces count for operators, as an interface: the server passes in a
 * Prometheus implementation; the CLI and tests that count nothing pass {@link NO_METRICS}. Every
 * count is made at one boundary (the asker, the reload, the fill gate), so each surface is counted
 * once and the chat adapters never touch a metrics library.
 */
import type { Channel } from './question-log.js';

export type AskOutcome = 'answered' | 'unanswered' | 'error';
export type ReloadResult = 'ok' | 'failed';
/** `refused`: the file cannot be filled (the uploader's to fix); `busy`: no slot; `aborted`: the client left. */
export type FillOutcome = 'filled' | 'refused' | 'busy' | 'aborted' | 'failed';

export interface KotaeMetrics {
  ask(surface: Channel, outcome: AskOutcome, seconds: number): void;
  reload(result: ReloadResult, seconds: number): void;
  /** `rows`: question rows answered (0 unless filled). */
  fill(surface: Channel, outcome: FillOutcome, rows: number): void;
}

export const NO_METRICS: KotaeMetrics = {
  ask: () => undefined,
  reload: () => undefined,
  fill: () => undefined,
};
