import type { StandaloneEnv } from './env';

declare global {
  /** The standalone shell's environment, validated by vite.config.ts when the dev server or build starts. */
  const __STANDALONE_ENV__: StandaloneEnv;
}
