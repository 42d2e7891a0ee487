// `npm run mock:server [-- --port 4010 --scenario large,latency:300 --static dist]`
import { parseArgs } from 'node:util';
import { formatScenario, parseScenarioString } from '../scenarios';
import { DEFAULT_MOCK_PORT, startMockHttpServer } from './server';

const USAGE = `Mock Marketplace API (API tokens) over HTTP

Options:
  --port <n>          port to listen on (default ${DEFAULT_MOCK_PORT}; 0 = any free port)
  --host <address>    address to bind (default 127.0.0.1)
  --scenario <list>   e.g. large,latency:200-800,fail:list:500,fail:create:network,tokenOnGet
  --seed <n>          seed for the generated data
  --static <dir>      also serve a built app from <dir> (index.html for unknown paths), under the
                      Content-Security-Policy of npm run preview, with a fresh nonce per page
  --help

Per request, the header "x-mock-scenario: <list>" layers a scenario over the server's
(its latency capped at 10 s, and applied only to authenticated requests).`;

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    scenario: { type: 'string' },
    seed: { type: 'string' },
    static: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = values.port === undefined ? DEFAULT_MOCK_PORT : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}\n\n${USAGE}`);
  process.exit(2);
}
const { unknown, ...scenario } = parseScenarioString(values.scenario ?? '');
if (unknown) console.warn(`Ignoring unknown scenario items: ${unknown.join(', ')}`);

const server = await startMockHttpServer({
  port,
  host: values.host,
  scenario,
  seed: values.seed === undefined ? undefined : Number(values.seed),
  staticDir: values.static,
});

console.log(`Mock Marketplace API listening on ${server.url}`);
console.log(
  `  scenario: ${formatScenario(scenario) || 'default'}${values.static ? `\n  app:      ${server.url}/ (from ${values.static})` : ''}`,
);
console.log(
  `  try:      curl -H 'Authorization: Bearer idt:TKN-0000-0001:dev' '${server.url}/public/v1/accounts/api-tokens?limit=5'`,
);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
