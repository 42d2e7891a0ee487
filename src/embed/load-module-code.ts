import type * as ApiTokensModuleCode from './api-tokens-module';

export type ModuleCode = typeof ApiTokensModuleCode;

let loaded: ModuleCode | undefined;

/** The module's code (grid, detail page, dialogs and their styles), in its own chunk. */
export function loadModuleCode(): Promise<ModuleCode> {
  return import('./api-tokens-module').then((module) => (loaded = module));
}

/**
 * The module's code if it is in already (a prefetch, a route's `lazy`, an earlier visit), else undefined. Rendering
 * from it directly instead of through a lazy component matters: a lazy component suspends on its first render even
 * when its code is there, and React then holds the content back for its fallback's minimum time (300 ms).
 */
export function loadedModuleCode(): ModuleCode | undefined {
  return loaded;
}
