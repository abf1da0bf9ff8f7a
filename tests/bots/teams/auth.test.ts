/**
 * With MicrosoftAppId set, every request to /api/messages must carry a Bot Framework token. The
 * tokens here are signed by a local RSA key that a local server publishes as OpenID metadata, the
 * way the Bot Framework publishes its own; outbound replies use a local token instead of one from
 * login.microsoftonline.com (there is no network).
 */
import type { Activity } from 'botbuilder';
import { PasswordServiceClientCredentialFactory, TokenCredentials } from 'botframework-connector';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type CryptoKey } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { citationLine } from '../../../src/present/citation.js';
import { cardOf, fact } from './card-facts.js';
import { FakeConnector, memoryLogger, startBot, startCore, teamsMessage, type BotServer, type Core, type LogLine } from './harness.js';

const APP_ID = '00000000-0000-4000-8000-00000000b0b0';
const APP_PASSWORD = 'local-test-password-never-sent';
const OUTBOUND_TOKEN = 'local-outbound-token';
const ISSUER = 'https://api.botframework.com';
const KID = 'local-key-1';

/**
 * The real app-id checks of the password factory, with the outbound token made locally instead of
 * fetched from Azure AD.
 */
class LocalCredentialsFactory extends PasswordServiceClientCredentialFactory {
  override async createCredentials(appId: string): Promise<TokenCredentials> {
    if (!(await this.isValidAppId(appId))) throw new Error('Invalid appId.');
    return new TokenCredentials(OUTBOUND_TOKEN);
  }
}

let core: Core;
let connector: FakeConnector;
let bot: BotServer;
let logLines: LogLine[];
let rawLogs: string[];
let signingKey: CryptoKey;
let otherKey: CryptoKey;
let publicJwk: JWK;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: KID, use: 'sig', alg: 'RS256' };
  otherKey = (await generateKeyPair('RS256')).privateKey;

  connector = new FakeConnector([
    {
      path: '/v1/.well-known/openidconfiguration',
      body: () => ({ issuer: ISSUER, jwks_uri: `${connector.url}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] }),
    },
    // Endorsements say which channels a key may sign for; botbuilder checks the activity's channel.
    { path: '/v1/keys', body: () => ({ keys: [{ ...publicJwk, endorsements: ['msteams'] }] }) },
  ]);
  await connector.start();
  core = await startCore();
  const logs = memoryLogger('warn');
  logLines = logs.lines;
  rawLogs = logs.raw;
  bot = await startBot(
    core,
    { MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD },
    {
      openIdMetadataUrl: `${connector.url}/v1/.well-known/openidconfiguration`,
      credentialsFactory: new LocalCredentialsFactory(APP_ID, APP_PASSWORD),
    },
    logs.logger,
  );
}, 60_000);

afterAll(async () => {
  await bot?.close();
  await connector?.stop();
  await core?.cleanup();
});

beforeEach(() => connector.clear());

interface Claims {
  readonly aud?: string;
  readonly iss?: string;
  readonly serviceurl?: string;
  readonly exp?: number;
  readonly kid?: string;
  readonly key?: CryptoKey;
}

/** A token as the Bot Framework signs it for a Teams activity, with any part overridden. */
async function token(activity: Partial<Activity>, claims: Claims = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ serviceurl: claims.serviceurl ?? activity.serviceUrl })
    .setProtectedHeader({ alg: 'RS256', kid: claims.kid ?? KID, typ: 'JWT' })
    .setIssuer(claims.iss ?? ISSUER)
    .setAudience(claims.aud ?? APP_ID)
    .setIssuedAt(now - 60)
    .setNotBefore(now - 60)
    .setExpirationTime(claims.exp ?? now + 3600)
    .sign(claims.key ?? signingKey);
}

function question(): Partial<Activity> {
  return teamsMessage(connector.serviceUrl, '通信は暗号化していますか');
}

describe('Teams authentication with MicrosoftAppId set', () => {
  it('accepts a token signed by a key from the OpenID metadata and replies with an outbound token', async () => {
    const activity = question();
    const response = await bot.post(activity, { authorization: `Bearer ${await token(activity)}` });

    expect(response.status).toBe(200);
    const reply = connector.messages()[0]!;
    expect(reply.authorization).toBe(`Bearer ${OUTBOUND_TOKEN}`);
    expect(fact(cardOf(reply.activity), '出典')).toBe(citationLine(core.kotae.ask('通信は暗号化していますか').results[0]!));
  });

  const refusals: Array<{ name: string; header: (activity: Partial<Activity>) => Promise<string | undefined> }> = [
    { name: 'no Authorization header', header: async () => undefined },
    { name: 'a header that is not a bearer token', header: async () => 'Basic a290YWU6a290YWU=' },
    { name: 'a token that is not a JWT', header: async () => 'Bearer not-a-token' },
    { name: 'a token signed by another key under the same key id', header: async (a) => `Bearer ${await token(a, { key: otherKey })}` },
    { name: 'a token signed by a key the metadata does not list', header: async (a) => `Bearer ${await token(a, { kid: 'unknown-key' })}` },
    { name: 'a token for another bot', header: async (a) => `Bearer ${await token(a, { aud: '11111111-2222-4333-8444-555555555555' })}` },
    { name: 'a token from another issuer', header: async (a) => `Bearer ${await token(a, { iss: 'https://evil.example.com' })}` },
    {
      name: 'a token for another serviceUrl',
      header: async (a) => `Bearer ${await token(a, { serviceurl: 'https://smba.trafficmanager.net/jp/' })}`,
    },
    { name: 'an expired token', header: async (a) => `Bearer ${await token(a, { exp: Math.floor(Date.now() / 1000) - 3600 })}` },
  ];

  it.each(refusals)('refuses $name with 401 and sends nothing', async ({ header }) => {
    const activity = question();
    const authorization = await header(activity);
    const response = await bot.post(activity, authorization ? { authorization } : {});

    expect(response.status).toBe(401);
    expect(response.body).not.toMatch(/\n\s+at\s/);
    expect(connector.sent).toEqual([]);
  });

  it('logs refused requests as warnings, never the token itself', async () => {
    const activity = question();
    const forged = await token(activity, { key: otherKey });
    await bot.post(activity, { authorization: `Bearer ${forged}` });

    expect(logLines.some((l) => l.event === 'teams_unauthorized' && l.level === 40)).toBe(true);
    const logs = rawLogs.join('');
    expect(logs).not.toContain(forged.split('.')[2]);
    expect(logs).not.toContain(APP_PASSWORD);
  });

  it('still requires a token when TEAMS_ALLOW_UNAUTHENTICATED is also set', async () => {
    const both = await startBot(
      core,
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD, TEAMS_ALLOW_UNAUTHENTICATED: 'true' },
      {
        openIdMetadataUrl: `${connector.url}/v1/.well-known/openidconfiguration`,
        credentialsFactory: new LocalCredentialsFactory(APP_ID, APP_PASSWORD),
      },
    );
    try {
      const activity = question();
      expect((await both.post(activity)).status).toBe(401);
      expect((await both.post(activity, { authorization: `Bearer ${await token(activity)}` })).status).toBe(200);
    } finally {
      await both.close();
    }
  });
});
