/**
 * The Bot Framework side of the Teams adapter: which authentication applies, and the CloudAdapter
 * that validates every inbound request's JWT and sends replies through the Bot Connector.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  CallerIdConstants,
  type Activity,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import { teamsSettingIssues, throwConfigIssues, type AppConfig } from '../../config.js';
import type { Logger } from '../../logging.js';
import type { Outbound } from '../outbound.js';
import { TEXT } from './cards.js';
import { applyConnectorDeadlines, DEFAULT_CONNECTOR_DEADLINES, type ConnectorDeadlines } from './connector-deadline.js';

/**
 * `authenticated`: app credentials are set and every request must carry a valid Bot Framework
 * token. `unauthenticated`: a local trial (Bot Framework Emulator style) without Azure.
 */
export type TeamsAuthMode = { readonly kind: 'authenticated'; readonly appId: string } | { readonly kind: 'unauthenticated' };

/**
 * Which mode the configuration asks for; null when Teams is not configured at all. A
 * half-configured setup is refused, naming what is missing, rather than silently running
 * without authentication.
 */
export function teamsAuthMode(config: AppConfig): TeamsAuthMode | null {
  const issues = teamsSettingIssues(config);
  if (issues.length) throwConfigIssues(issues);
  if (!config.MicrosoftAppId) return config.TEAMS_ALLOW_UNAUTHENTICATED ? { kind: 'unauthenticated' } : null;
  return { kind: 'authenticated', appId: config.MicrosoftAppId };
}

export interface TeamsAdapterOptions {
  /**
   * Where the signing keys of inbound tokens are published. Only tests change it, to serve their
   * own keys; production always uses the Bot Framework's.
   */
  readonly openIdMetadataUrl?: string;
  /**
   * Credentials for outbound calls to the Bot Connector. Only tests inject one, because getting a
   * real token needs login.microsoftonline.com.
   */
  readonly credentialsFactory?: ServiceClientCredentialsFactory;
  /** Tests shorten them to see a hung connector give up quickly. */
  readonly connectorDeadlines?: ConnectorDeadlines;
}

/** jsonwebtoken's errors for a bad signature, audience or date: all mean "not authorised". */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botbuilder answers 500 when a token is well-formed but its signature does not verify (only its
 * own AuthenticationError becomes 401). Every invalid token must be a 401, so those errors are
 * translated here.
 */
class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  private connectorDeadlines: ConnectorDeadlines = DEFAULT_CONNECTOR_DEADLINES;
  private outbound: Outbound | undefined;

  /** How connector clients reach the Bot Connector: deadlines, retries and the proxy. */
  sendVia(outbound: Outbound, deadlines: ConnectorDeadlines): void {
    this.outbound = outbound;
    this.connectorDeadlines = deadlines;
  }

  /** Follow-ups (continueConversation) get their connector clients from here. */
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.withDeadlines(super.createConnectorFactory(claimsIdentity));
  }

  /** Turns get theirs from the factory in the authentication result. */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) {
        throw new AuthenticationError(`Unauthorized. ${error.message}`, 401);
      }
      throw error;
    }
    return result.connectorFactory ? { ...result, connectorFactory: this.withDeadlines(result.connectorFactory) } : result;
  }

  /** A client is made per turn (and per follow-up), so its deadline counts from the turn's start. */
  private withDeadlines(inner: ConnectorFactory): ConnectorFactory {
    const tune = (client: ConnectorClient) => {
      applyConnectorDeadlines(client, this.connectorDeadlines, this.outbound?.agent);
      return client;
    };
    return new (class extends ConnectorFactory {
      override async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return tune(await inner.create(serviceUrl, audience));
      }
    })();
  }
}

export function createTeamsAdapter(
  config: AppConfig,
  mode: TeamsAuthMode,
  logger: Logger,
  outbound: Outbound,
  options: TeamsAdapterOptions = {},
): CloudAdapter {
  const credentials =
    mode.kind === 'authenticated'
      ? {
          MicrosoftAppId: mode.appId,
          MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
          MicrosoftAppType: config.MicrosoftAppType,
          MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
        }
      : // An empty app id is how botbuilder switches authentication off.
        { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };

  // The public-cloud settings, spelled out so that the one setting tests change (the metadata URL)
  // goes through the same code path as production.
  const auth = new StrictAuthentication(
    {
      ...credentials,
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: options.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    },
    options.credentialsFactory,
  );
  auth.sendVia(outbound, options.connectorDeadlines ?? DEFAULT_CONNECTOR_DEADLINES);

  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const activity = context.activity;
    logger.error(
      { err: safeError(error), activity_id: activity.id, conversation_type: activity.conversation?.conversationType ?? null },
      'Teams turn failed',
    );
    try {
      await context.sendActivity(TEXT.apology);
    } catch (sendError) {
      logger.warn({ err: safeError(sendError) }, 'could not send the apology to Teams');
    }
  };
  return adapter;
}

/** Sending into a conversation after its turn has ended (reload reports, fills, experts' questions and answers). */
export interface Continuations {
  /** Sends `activity` under the reference's activity (none: a new post, in a channel a new thread). */
  followUp(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void>;
  /** Replaces an activity the bot sent earlier (`activity.id`), such as a card whose question was answered. */
  update(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void>;
}

/**
 * {@link Continuations} through `adapter`. botbuilder hands a continuation's failure to
 * onTurnError (an apology into that very conversation) and resolves; these reject instead, so
 * that the caller knows the message did not arrive and can say so where it can.
 */
export function continuations(adapter: CloudAdapter, botAppId: string): Continuations {
  const continueWith = async (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => {
    const failures: unknown[] = [];
    await adapter.continueConversationAsync(botAppId, reference, async (context) => {
      await logic(context).catch((error: unknown) => failures.push(error));
    });
    if (failures.length > 0) throw failures[0];
  };
  return {
    followUp: (reference, activity) =>
      continueWith(reference, async (context) => {
        // A continuation turn gets a made-up activity id, which botbuilder would reply to.
        context.onSendActivities(async (_context, activities, next) => {
          for (const outgoing of activities) outgoing.replyToId = reference.activityId;
          return next();
        });
        await context.sendActivity(activity);
      }),
    update: (reference, activity) =>
      continueWith(reference, async (context) => {
        await context.updateActivity(activity);
      }),
  };
}

/**
 * What is worth logging from an error. HTTP client errors carry the request, Authorization header
 * included, as enumerable properties that a generic serializer would print.
 */
export function safeError(error: unknown): { name: string; message: string; statusCode?: number; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const extra = error as Error & { statusCode?: unknown; code?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof extra.statusCode === 'number' ? { statusCode: extra.statusCode } : {}),
    ...(typeof extra.code === 'string' ? { code: extra.code } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
}
