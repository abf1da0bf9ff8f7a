/**
 * How the chat adapters reach the outside: directly, or through the company's HTTP proxy when
 * HTTPS_PROXY (or https_proxy) is set, except for the hosts NO_PROXY (or no_proxy) lists. One
 * decision per request, made here for every client the adapters use: an `http.Agent` for Node's
 * clients (the Slack SDK's axios, Socket Mode's WebSocket, the Bot Connector's pipeline) and a
 * `fetch` for our own downloads and response_url posts. The proxy's credentials, when its URL
 * has them, go only into the Proxy-Authorization header, never into a log.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { Agent, type AgentConnectOpts } from 'agent-base';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { fetch as undiciFetch, ProxyAgent, type RequestInit as UndiciRequestInit } from 'undici';
import type { AppConfig } from '../config.js';

export interface ProxySettings {
  /** The proxy, credentials included when it needs them. */
  readonly url: URL;
  /** NO_PROXY entries: `*`, a host (and its subdomains), `.domain`, `*.domain`, `host:port`, an IP. */
  readonly noProxy: readonly string[];
}

/** The proxy configured in the environment, or null. The upper-case names win, as curl does. */
export function proxySettings(config: Pick<AppConfig, 'HTTPS_PROXY' | 'https_proxy' | 'NO_PROXY' | 'no_proxy'>): ProxySettings | null {
  const url = config.HTTPS_PROXY ?? config.https_proxy;
  if (!url) return null;
  const noProxy = (config.NO_PROXY ?? config.no_proxy ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  return { url: new URL(url), noProxy };
}

/** The proxy as it may be logged: scheme, host and port, never the credentials. */
export function describeProxy(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** True when a request to `host`:`port` goes direct under these NO_PROXY entries. */
export function bypassesProxy(host: string, port: number, noProxy: readonly string[]): boolean {
  const name = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return noProxy.some((raw) => {
    if (raw === '*') return true;
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(raw);
    const [entryHost, entryPort] = bracketed
      ? [bracketed[1]!, bracketed[2]]
      : isIP(raw) === 6
        ? [raw, undefined]
        : (raw.split(':') as [string, string | undefined]);
    if (entryPort && Number(entryPort) !== port) return false;
    const domain = entryHost.replace(/^\*?\./, '');
    if (isIP(domain)) return name === domain;
    return name === domain || name.endsWith(`.${domain}`);
  });
}

/** Default ports, for matching NO_PROXY entries that name one. */
const defaultPort = (url: URL) => Number(url.port || (url.protocol === 'https:' || url.protocol === 'wss:' ? 443 : 80));

/**
 * An agent that sends each request either through the proxy (CONNECT, then TLS inside the tunnel
 * for https) or directly, by NO_PROXY. The Slack SDK and ws take one agent for every request.
 */
class ProxyChoosingAgent extends Agent {
  private readonly proxy: HttpsProxyAgent<string>;

  constructor(private readonly settings: ProxySettings) {
    super();
    this.proxy = new HttpsProxyAgent(settings.url.href);
  }

  override connect(_req: http.ClientRequest, options: AgentConnectOpts): http.Agent {
    const port = options.port ?? (options.secureEndpoint ? 443 : 80);
    if (bypassesProxy(options.host ?? '', port, this.settings.noProxy))
      return options.secureEndpoint ? https.globalAgent : http.globalAgent;
    return this.proxy;
  }
}

/** What fetch-style callers (downloads, response_url posts) use. */
export type OutboundFetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface Outbound {
  /** For Node's HTTP clients; undefined without a proxy (their own defaults then). */
  readonly agent: http.Agent | undefined;
  readonly fetch: OutboundFetch;
  /** Where requests go, for the start-up log line: the proxy without credentials, or "direct". */
  readonly description: string;
}

export const DIRECT: Outbound = { agent: undefined, fetch: (url, init) => globalThis.fetch(url, init), description: 'direct' };

/** The outbound clients for this configuration: through the proxy when HTTPS_PROXY is set. */
export function createOutbound(config: Pick<AppConfig, 'HTTPS_PROXY' | 'https_proxy' | 'NO_PROXY' | 'no_proxy'>): Outbound {
  const settings = proxySettings(config);
  if (!settings) return DIRECT;
  // Both clients send the URL's credentials, if any, as Proxy-Authorization: Basic.
  const dispatcher = new ProxyAgent(settings.url.href);
  return {
    agent: new ProxyChoosingAgent(settings),
    fetch: (url, init) => {
      const target = new URL(url);
      if (bypassesProxy(target.hostname, defaultPort(target), settings.noProxy)) return globalThis.fetch(url, init);
      // undici's own fetch with its own dispatcher: the global fetch's undici may be another version.
      return undiciFetch(url, { ...(init as UndiciRequestInit), dispatcher }) as unknown as Promise<Response>;
    },
    description: `${describeProxy(settings.url)}${settings.noProxy.length ? ` (NO_PROXY: ${settings.noProxy.join(',')})` : ''}`,
  };
}
