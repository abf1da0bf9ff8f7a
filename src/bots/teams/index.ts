import type { MountBot } from '../types.js';

/** Placeholder while the Teams adapter is written; replaced by its own module. */
export const mountTeams: MountBot = async () => null;
