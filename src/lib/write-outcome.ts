// Kept out of api-error.ts, which the first paint carries: only the screens that write need these.
import { isApiError } from './api-error';

/**
 * Whether a write's outcome is unknown: no answer came from the API itself, so it may have been carried out all
 * the same. The deadline passed or the user cancelled; the connection failed, which can happen after the request
 * was sent; or a gateway answered in the API's place that it got no answer, or none it could pass on, in time
 * (502, 504). A create may then have added a token whose value nobody will see; a state change may have happened.
 */
export function writeOutcomeUnknown(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || error.status === 502 || error.status === 504);
}

/**
 * Whether a write, sent again, may be accepted. Unlike a read, a refused write can go through later (a conflict
 * clears, a 400 about the token's state no longer holds), so only what will be refused again is excluded: no
 * permission (403), or the token gone (404).
 */
export function writeRetryCanHelp(error: unknown): boolean {
  return !isApiError(error) || (error.status !== 403 && error.status !== 404);
}
