import { describe, expect, it } from 'vitest';
import { bypassesProxy, createOutbound, describeProxy, DIRECT, proxySettings } from '../../src/bots/outbound.js';
import { loadConfig } from '../../src/config.js';

describe('NO_PROXY', () => {
  const noProxy = (value: string) => proxySettings(loadConfig({ HTTPS_PROXY: 'http://proxy.example:8080', NO_PROXY: value }))!.noProxy;

  it('sends a listed host, its subdomains and listed IPs direct, and everything else through the proxy', () => {
    const list = noProxy('localhost, .internal.example.co.jp,slack.com 10.0.0.5,*.corp.example');
    expect(bypassesProxy('localhost', 443, list)).toBe(true);
    expect(bypassesProxy('wiki.internal.example.co.jp', 443, list)).toBe(true);
    expect(bypassesProxy('internal.example.co.jp', 443, list)).toBe(true);
    expect(bypassesProxy('files.slack.com', 443, list)).toBe(true);
    expect(bypassesProxy('SLACK.COM.', 443, list)).toBe(true);
    expect(bypassesProxy('notslack.com', 443, list)).toBe(false);
    expect(bypassesProxy('10.0.0.5', 80, list)).toBe(true);
    expect(bypassesProxy('10.0.0.50', 80, list)).toBe(false);
    expect(bypassesProxy('a.corp.example', 443, list)).toBe(true);
    expect(bypassesProxy('smba.trafficmanager.net', 443, list)).toBe(false);
  });

  it('matches a port when the entry names one, IPv6 addresses, and * for everything', () => {
    expect(bypassesProxy('gateway.example', 8443, noProxy('gateway.example:8443'))).toBe(true);
    expect(bypassesProxy('gateway.example', 443, noProxy('gateway.example:8443'))).toBe(false);
    expect(bypassesProxy('[::1]', 443, noProxy('::1'))).toBe(true);
    expect(bypassesProxy('::1', 3000, noProxy('[::1]:3000'))).toBe(true);
    expect(bypassesProxy('anything.example', 443, noProxy('*'))).toBe(true);
  });
});

describe('the proxy settings', () => {
  it('take the upper-case variables first, and the lower-case ones otherwise', () => {
    expect(proxySettings(loadConfig({ HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2' }))?.url.host).toBe('upper:1');
    expect(proxySettings(loadConfig({ https_proxy: 'http://lower:2', no_proxy: 'a.example' }))).toMatchObject({ noProxy: ['a.example'] });
    expect(proxySettings(loadConfig({}))).toBeNull();
    expect(createOutbound(loadConfig({}))).toBe(DIRECT);
  });

  it('are described without the credentials', () => {
    const settings = proxySettings(loadConfig({ HTTPS_PROXY: 'http://user:p%40ss@proxy.example:8080' }))!;
    expect(describeProxy(settings.url)).toBe('http://proxy.example:8080');
    expect(createOutbound(loadConfig({ HTTPS_PROXY: 'http://user:p%40ss@proxy.example:8080', NO_PROXY: 'localhost' })).description).toBe(
      'http://proxy.example:8080 (NO_PROXY: localhost)',
    );
  });

  it('refuse a malformed HTTPS_PROXY at start, naming the variable but never repeating its value', () => {
    for (const value of ['proxy.example:8080', 'socks5://user:hunter2@proxy.example:1080', 'http://']) {
      let message = '';
      try {
        loadConfig({ HTTPS_PROXY: value });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, value).toContain('HTTPS_PROXY: must be a proxy URL');
      expect(message).not.toContain('hunter2');
    }
  });
});
