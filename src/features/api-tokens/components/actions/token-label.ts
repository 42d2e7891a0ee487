import { actionMessages } from '../../messages/actions';
import type { ApiToken } from '../../api/types';

/** Name and ID as a confirmation shows them; every property of the generated type is optional. */
export function tokenLabel(token: ApiToken): { name: string; id: string } {
  return { name: token.name?.trim() || actionMessages.unnamed, id: token.id ?? '' };
}
