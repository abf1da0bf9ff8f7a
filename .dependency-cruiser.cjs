/**
 * kotae's layers, as the README draws them (Development): the surfaces (bots/*, server, cli) →
 * fill → present → core → search → knowledge; controls is data under search. `npm test` runs
 * these rules through tests/architecture.test.ts; `npm run deps` prints every violation.
 */

/** Each layer and what it must never import (a path regex under src/). */
const LAYERS = [
  { name: 'knowledge', path: '^src/knowledge/', above: ['controls', 'search', 'core', 'present', 'fill', 'server', 'bots', 'cli'] },
  { name: 'controls', path: '^src/controls/', above: ['search', 'core', 'present', 'fill', 'server', 'bots', 'cli'] },
  { name: 'search', path: '^src/search/', above: ['core', 'present', 'fill', 'server', 'bots', 'cli'] },
  { name: 'core', path: '^src/core/', above: ['present', 'fill', 'server', 'bots', 'cli'] },
  { name: 'present', path: '^src/present/', above: ['fill', 'server', 'bots', 'cli'] },
  { name: 'fill', path: '^src/fill/', above: ['server', 'bots', 'cli'] },
];

/** The packages only one part of the tree may use: the chat SDKs, the web framework, the search engine, the CSV parser. */
const SDK_ONLY_IN = [
  { packages: '@slack/', allowed: '^src/bots/slack/', name: 'slack-sdk-only-in-bots-slack' },
  { packages: '(botbuilder|botframework-[a-z-]+|@azure/[a-z-]+)/', allowed: '^src/bots/teams/', name: 'botbuilder-only-in-bots-teams' },
  { packages: 'kuromoji/', allowed: '^src/search/', name: 'search-engine-only-in-search' },
  { packages: 'express/', allowed: '^src/(server|bots)/', name: 'express-only-in-server-and-bots' },
  { packages: 'csv-parse/', allowed: '^src/knowledge/readers/', name: 'csv-parse-only-in-readers' },
];

module.exports = {
  forbidden: [
    ...LAYERS.map((layer) => ({
      name: `${layer.name}-imports-no-layer-above-it`,
      severity: 'error',
      comment: `src/${layer.name} sits below ${layer.above.join(', ')}: the arrows run bots/*, server, cli → fill → present → core → search → knowledge.`,
      from: { path: layer.path },
      to: { path: `^src/(${layer.above.join('|')})(/|\\.ts$)` },
    })),
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      comment: 'src/cli is the kotae command, an entry point: move what others need into the layer it belongs to.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'surfaces-do-not-import-each-other',
      severity: 'error',
      comment: 'Slack, Teams and the CLI are peers: shared code belongs in bots/ (chat plumbing) or a lower layer.',
      from: { path: '^src/bots/(slack|teams)/' },
      to: { path: '^src/(bots/(slack|teams)|cli)/', pathNot: '^src/bots/$1/' },
    },
    {
      name: 'bots-do-not-import-server',
      severity: 'error',
      comment: 'The server mounts the chat adapters; they get what they need as BotDeps.',
      from: { path: '^src/bots/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'surfaces-do-not-touch-search',
      severity: 'error',
      comment: 'Surfaces ask through the core (Asker, KotaeService) and never touch the index or the analyzer.',
      from: { path: '^src/(bots|server|cli|fill|present)/' },
      to: { path: '^src/search/' },
    },
    {
      name: 'src-uses-no-dev-dependency',
      severity: 'error',
      comment: 'An install without dev dependencies (npm ci --omit=dev) must run; minisearch, for one, is only the reference the index is tested against.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    ...SDK_ONLY_IN.map((rule) => ({
      name: rule.name,
      severity: 'error',
      comment: 'A platform or engine library stays behind its own folder, so that replacing it touches nothing else.',
      from: { path: '^src/', pathNot: rule.allowed },
      to: { path: `^node_modules/${rule.packages}` },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
};
