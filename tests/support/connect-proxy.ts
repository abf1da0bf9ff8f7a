/**
 * A company HTTP proxy standing in on 127.0.0.1: it tunnels `CONNECT host:port` requests (what
 * every client kotae uses sends, for https and http targets alike), records each one with its
 * Proxy-Authorization header, and refuses with 407 when it wants credentials that were not sent.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

export interface ProxiedConnect {
  /** `host:port` the client asked to reach. */
  readonly target: string;
  readonly proxyAuthorization: string | undefined;
}

export class ConnectProxy {
  readonly connects: ProxiedConnect[] = [];
  private server: http.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  url = '';

  /** @param credentials - `user:password` the proxy insists on (407 otherwise); none when omitted. */
  constructor(private readonly credentials?: string) {}

  async start(): Promise<void> {
    const server = http.createServer((_req, res) => {
      res.writeHead(405, { 'content-type': 'text/plain' }).end('only CONNECT');
    });
    server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      const target = req.url ?? '';
      const proxyAuthorization = req.headers['proxy-authorization'];
      this.connects.push({ target, proxyAuthorization });
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      client.on('error', () => client.destroy());
      if (this.credentials && proxyAuthorization !== `Basic ${Buffer.from(this.credentials).toString('base64')}`) {
        client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const [host = '', port = ''] = target.split(/:(?=\d+$)/);
      const upstream = net.connect(Number(port), host.replace(/^\[|\]$/g, ''), () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      this.sockets.add(upstream);
      upstream.on('close', () => this.sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** The proxy URL with credentials, as HTTPS_PROXY would hold it. */
  urlWith(credentials: string): string {
    return this.url.replace('http://', `http://${credentials}@`);
  }

  /** CONNECTs to this `host:port` (or to an origin like http://127.0.0.1:1234). */
  connectsTo(origin: string): ProxiedConnect[] {
    const target = origin.includes('//') ? new URL(origin).host : origin;
    return this.connects.filter((connect) => connect.target === target);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
