import type { ApiToken } from './types';

/** A token this module deleted: its name as the module last knew it ('' if it had none) and when. */
export interface DeletedToken {
  name: string;
  at: number;
}

/**
 * The tokens each mounted module (by its `mount`) deleted while it has been mounted, or asked to delete without
 * getting an answer until a read finds them still there, by ID, so that a later visit to a deleted token's page,
 * through Back or Forward, can say what happened to it (docs/product-rules.md, 'Token states and actions'). In
 * memory only and per module: another module on the page, or the next mount, starts empty. Only
 * the name and the ID are kept, never anything else of the token (an older API's GET carries its secret).
 */
const perModule = new WeakMap<object, Map<string, DeletedToken>>();

export function rememberDeleted(mount: object | undefined, tokens: readonly ApiToken[]) {
  if (!mount) return;
  const deleted = perModule.get(mount) ?? new Map<string, DeletedToken>();
  perModule.set(mount, deleted);
  const at = Date.now();
  for (const token of tokens) if (token.id) deleted.set(token.id, { name: token.name?.trim() ?? '', at });
}

export function deletedToken(mount: object | undefined, id: string): DeletedToken | undefined {
  return mount ? perModule.get(mount)?.get(id) : undefined;
}

/** The server has the token after all (the delete was undone, or another state of the API): it wins. */
export function forgetDeleted(mount: object | undefined, id: string) {
  if (mount) perModule.get(mount)?.delete(id);
}
