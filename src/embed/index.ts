// The package's public contract (the only barrel): what the Marketplace portal imports.
export { ApiTokensModule, createApiTokensRoutes } from './lazy-module';
export type { ApiTokensConfig } from './config';
export { prefetchApiTokensGrid } from './prefetch';
export { ApiError, isApiError } from '../lib/api-error';
export type { ApiErrorKind, FieldErrors } from '../lib/api-error';
export { ROOT_QUERY_KEY } from '../features/api-tokens/api/queries';
