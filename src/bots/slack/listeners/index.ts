import type { App } from '@slack/bolt';
import type { SlackRuntime } from '../runtime.js';
import { register as registerActions } from './actions.js';
import { register as registerCommands } from './commands.js';
import { register as registerEscalations } from './escalations.js';
import { register as registerMessages } from './messages.js';

export function registerListeners(app: App, runtime: SlackRuntime): void {
  registerMessages(app, runtime);
  registerCommands(app, runtime);
  registerActions(app, runtime);
  registerEscalations(app, runtime);
}
