/**
 * Whether the server is draining, and which requests are still in flight. Shutdown waits on this:
 * a draining server keeps answering (so a load balancer can move traffic away while `/readyz`
 * says 503), asks every client to close its connection, and stops listening once nothing is left.
 */
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

export class Lifecycle {
  private drainingSince: Date | null = null;
  private readonly active = new Set<ServerResponse>();
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

  private wakeIdleWaiters(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }
}
