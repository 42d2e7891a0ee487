// The REST paths of the Marketplace API this feature uses (contract/marketplace-api-tokens.openapi.json).
export const API_TOKENS_PATH = '/public/v1/accounts/api-tokens';
export const MODULES_PATH = '/public/v1/accounts/modules';
export const AUDIT_RECORDS_PATH = '/public/v1/audit/records';
/** What integrations call; shown on the detail page as "API endpoint". */
export const PUBLIC_API_PREFIX = '/public/v1/';

export const apiTokenPath = (id: string) => `${API_TOKENS_PATH}/${encodeURIComponent(id)}`;
