/**
 * Whether the server is draining, and which requests are still in flight. Shutdown waits on this:
 * a draining server accepts no new connections, still answers what reaches it on a connection it
 * already had (`/readyz` then says 503), and asks every client to close its connection.
 */
import type { ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { RequestHandler } from 'express';

export class Lifecycle {
  private drainingSince: Date | null = null;
  private readonly active = new Set<ServerResponse>();
  private started = 0;
  private idleWaiters: Array<() => void> = [];

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  get inFlight(): number {
    return this.active.size;
  }

  /** First middleware of the app: counts every request, the chat adapters' ones included. */
  readonly track: RequestHandler = (_req, res, next) => {
    this.active.add(res);
    this.started++;
    if (this.draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      this.active.delete(res);
      if (this.active.size === 0) this.wakeIdleWaiters();
    });
    next();
  };

  beginDrain(): void {
    if (this.drainingSince) return;
    this.drainingSince = new Date();
    // Keep-alive clients would otherwise reuse a connection to a replica that is going away.
    for (const res of this.active) if (!res.headersSent) res.setHeader('Connection', 'close');
  }

  /** Resolves once no request is in flight. */
  idle(): Promise<void> {
    if (this.active.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Resolves once no request has been in flight for `quietMs`. A request a client has already sent
   * on a kept-alive connection may not have been read yet when the server falls idle; closing the
   * connection then would reset it unanswered.
   */
  async quiet(quietMs: number): Promise<void> {
    for (;;) {
      await this.idle();
      const seen = this.started;
      await delay(quietMs);
      if (this.active.size === 0 && this.started === seen) return;
    }
  }

  private wakeIdleWaiters(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }
}
