import { http } from 'msw';
import { onTestFinished } from 'vitest';
import { server } from '../../mocks/node';

/**
 * Holds the mock's answer to the matching requests until `release()`, then lets the mock's own handler answer:
 * "before the server answers" is then a fact of the test, not a race with a latency on a busy machine. Released
 * at the end of the test in any case.
 */
export function holdAnswer(
  method: 'get' | 'post' | 'put' | 'delete',
  url: string,
  matches: (request: Request) => boolean = () => true,
) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  onTestFinished(() => release());
  // Returning nothing passes the request on to the next handler: the mock backend.
  server.use(http[method](url, ({ request }) => (matches(request) ? held.then(() => undefined) : undefined)));
  return { release };
}
