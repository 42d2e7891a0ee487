// msw for Node: the API as the app's unit and integration tests see it. tests/setup.ts starts the
// server and calls `mockBackend.reset()` between tests, so each test starts from the seeded data.
import { setupServer } from 'msw/node';
import { createMockBackend } from './backend';
import { createHandlers } from './handlers';

export const TEST_API_BASE_URL = 'https://api.example.test';

export const mockBackend = createMockBackend();

export const server = setupServer(...createHandlers(TEST_API_BASE_URL, mockBackend));

export { createMockBackend } from './backend';
export type { MockBackend } from './backend';
export { parseScenario, formatScenario } from './scenarios';
export type { MockScenario, MockOperation } from './scenarios';
