import type { MountBot } from '../types.js';

/** Placeholder while the Slack adapter is written; replaced by its own module. */
export const mountSlack: MountBot = async () => null;
