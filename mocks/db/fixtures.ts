// Fixed reference data: the account, its users and modules, and the vocabulary seeded tokens are made of.
// Kept free of randomness so ids like MOD-1756 or the caller's USR id can be relied on in tests.
import type { AccountRecord, ModuleRecord, UserRecord } from './types';

/** Seeded dates are relative to this instant, so "last used 3 months ago" means the same on every run. */
export const MOCK_REFERENCE_NOW = '2026-11-01T12:00:00.000Z';

export const DEFAULT_SEED = 20261101;

export const MOCK_ACCOUNT: AccountRecord = {
  id: 'ACC-0001-0002',
  name: 'Stark Industries',
  icon: null,
  type: 'Client',
  status: 'Active',
};

export const MOCK_USERS: readonly UserRecord[] = [
  { id: 'USR-4721-0318', name: 'Alex Morgan', icon: null, email: 'alex.morgan@stark-industries.example' },
  { id: 'USR-1093-5582', name: 'Priya Raman', icon: null, email: 'priya.raman@stark-industries.example' },
  { id: 'USR-6650-2147', name: 'Jonas Weber', icon: null, email: 'jonas.weber@stark-industries.example' },
  {
    id: 'USR-3308-9961',
    name: 'Maria González',
    icon: null,
    email: 'maria.gonzalez@stark-industries.example',
  },
  { id: 'USR-8412-0075', name: 'Tom Okafor', icon: null, email: 'tom.okafor@stark-industries.example' },
  {
    id: 'USR-2276-4430',
    name: 'Sofia Lindqvist',
    icon: null,
    email: 'sofia.lindqvist@stark-industries.example',
  },
  {
    id: 'USR-5139-7804',
    name: 'Kenji Watanabe',
    icon: null,
    email: 'kenji.watanabe@stark-industries.example',
  },
  { id: 'USR-9024-6613', name: 'Chloé Martin', icon: null, email: 'chloe.martin@stark-industries.example' },
  { id: 'USR-7765-2290', name: 'David Cohen', icon: null, email: 'david.cohen@stark-industries.example' },
  { id: 'USR-0548-3126', name: 'Aisha Bello', icon: null, email: 'aisha.bello@stark-industries.example' },
];

/** The signed-in user: every mutation made through the mock is attributed to them. */
export const MOCK_CURRENT_USER: UserRecord = MOCK_USERS[0] as UserRecord;

const PLATFORM_ACTOR = { id: 'USR-0000-0001', name: 'SoftwareOne Platform', icon: null };

function module(
  id: string,
  name: string,
  code: string,
  description: string,
  isEnabledByDefault = false,
  { accountTypes = ['Client'] }: { accountTypes?: string[] } = {},
): ModuleRecord {
  return {
    id,
    name,
    description,
    code,
    accountTypes,
    isEnabledByDefault,
    isConfigurable: true,
    settings: {
      sharedAccount: false,
      configurable: true,
      default: isEnabledByDefault,
      paid: false,
      type: accountTypes,
    },
    audit: { created: { at: '2023-02-14T09:00:00.000Z', by: PLATFORM_ACTOR } },
  };
}

export const MOCK_MODULES: readonly ModuleRecord[] = [
  module(
    'MOD-1756',
    'Access Management',
    'access-management',
    'Manage users, user groups, API tokens and the permissions they grant.',
    true,
  ),
  module(
    'MOD-1420',
    'Account Management',
    'account-management',
    'View and update account details, addresses, contacts and settings.',
    true,
  ),
  module(
    'MOD-2131',
    'Billing',
    'billing',
    'Read statements, invoices, charges and credit memos for the account.',
  ),
  module(
    'MOD-2219',
    'Catalog',
    'catalog',
    'Browse products, items, price lists and terms available to the account.',
    true,
  ),
  module(
    'MOD-2387',
    'Orders',
    'orders',
    'Create, validate and track purchase, change and termination orders.',
  ),
  module(
    'MOD-2464',
    'Subscriptions',
    'subscriptions',
    'Manage subscriptions, their quantities, renewals and terms.',
  ),
  module(
    'MOD-2560',
    'Agreements',
    'agreements',
    'Read agreements between the account, its buyers and vendors.',
  ),
  module(
    'MOD-2745',
    'Buyers & Licensees',
    'buyers-licensees',
    'Maintain the buyers and licensees the account purchases for.',
  ),
  module(
    'MOD-2903',
    'Integrations',
    'integrations',
    'Configure extensions, webhooks and connections to external systems.',
  ),
  module(
    'MOD-3112',
    'Notifications',
    'notifications',
    'Manage notification subscriptions, templates and delivery history.',
  ),
  // Listed for the account and yet not for its tokens: it is for vendor accounts only, and the API refuses it on a
  // token of this client account (docs/product-rules.md, 'Create and edit').
  module(
    'MOD-3287',
    'Product Publishing',
    'product-publishing',
    'Publish products, items and price lists to the marketplace.',
    false,
    { accountTypes: ['Vendor'] },
  ),
  module(
    'MOD-3296',
    'Spotlight',
    'spotlight',
    'Insights that surface expiring subscriptions, savings and risks.',
  ),
  module('MOD-3587', 'Helpdesk', 'helpdesk', 'Open and follow support cases and chat with the service desk.'),
];

/** What integrations are called; combined with an environment suffix to make varied, plausible names. */
export const TOKEN_NAME_BASES: readonly string[] = [
  'ERP sync',
  'Power BI connector',
  'ServiceNow integration',
  'Billing export',
  'Nightly reconciliation',
  'Terraform provisioning',
  'CI pipeline',
  'Order automation',
  'Jira connector',
  'Azure DevOps release',
  'Salesforce sync',
  'SAP S/4HANA bridge',
  'Snowflake loader',
  'Slack notifier',
  'Workday onboarding',
  'Coupa procurement',
  'Subscription monitor',
  'License usage report',
  'Data warehouse ETL',
  'Helpdesk bot',
  'Renewal reminders',
  'Cost allocation',
  'Asset inventory',
  'Invoice archiver',
  'Catalog mirror',
  'Identity provisioning',
];

export const TOKEN_NAME_SUFFIXES: readonly string[] = [
  '',
  ' (prod)',
  ' (staging)',
  ' – EU',
  ' – US',
  ' v2',
  ' test',
];

export const TOKEN_DESCRIPTIONS: readonly string[] = [
  'Used by the finance team to pull monthly statements into the ERP.',
  'Read-only access for dashboards refreshed every morning.',
  'Creates purchase orders from approved requests in the ITSM tool.',
  'Service account for the deployment pipeline. Owned by Platform Engineering.',
  'Synchronises subscriptions and seat counts with the CRM.',
  'Exports usage data to the data lake for chargeback.',
  'Posts notifications about expiring subscriptions to a chat channel.',
  'Temporary token for a proof of concept; remove after the pilot.',
  'Provisions users and groups from the identity provider.',
  'Nightly job that reconciles invoices with purchase orders.',
  'Owned by the integration partner; contact them before changing modules.',
  'Backs up catalog and price list changes to object storage.',
];

export const USER_AGENTS: readonly string[] = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0',
  'python-requests/2.32.3',
  'PowerShell/7.4.5',
];

export const GEOLOCATIONS = [
  { countryCode: 'CH', countryName: 'Switzerland', region: 'Zurich' },
  { countryCode: 'DE', countryName: 'Germany', region: 'Bavaria' },
  { countryCode: 'US', countryName: 'United States', region: 'Massachusetts' },
  { countryCode: 'GB', countryName: 'United Kingdom', region: 'England' },
] as const;

// What integrations send when they call the API with a token: the seeded activity (mocks/db/activity.ts).
// Separate from the lists above, so adding to these never changes the rest of the seeded data.

export const ACTIVITY_USER_AGENTS: readonly string[] = [
  'python-requests/2.32.3',
  'PowerShell/7.4.5',
  'Go-http-client/2.0',
  'axios/1.7.7',
  'Apache-HttpClient/5.3.1 (Java/21.0.4)',
  'ErpConnector/3.2.0 (+https://erp.stark-industries.example)',
];

/** A caller nobody expected: how a leaked token tends to show up. */
export const UNEXPECTED_USER_AGENTS: readonly string[] = [
  'curl/8.10.1',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/129.0 Safari/537.36',
];

export const ACTIVITY_LOCATIONS = [
  { countryCode: 'CH', countryName: 'Switzerland', region: 'Zurich' },
  { countryCode: 'CH', countryName: 'Switzerland', region: 'Geneva' },
  { countryCode: 'DE', countryName: 'Germany', region: 'Hesse' },
  { countryCode: 'US', countryName: 'United States', region: 'Virginia' },
  { countryCode: 'IE', countryName: 'Ireland', region: 'Dublin' },
  { countryCode: 'NL', countryName: 'Netherlands', region: 'North Holland' },
] as const;

export const UNEXPECTED_LOCATIONS = [
  { countryCode: 'SG', countryName: 'Singapore', region: 'Singapore' },
  { countryCode: 'BR', countryName: 'Brazil', region: 'São Paulo' },
  { countryCode: 'RO', countryName: 'Romania', region: 'Bucharest' },
] as const;

/** Addresses reserved for documentation (RFC 5737, RFC 3849): realistic, and nobody's real address. */
export const ACTIVITY_NETWORKS: readonly string[] = ['192.0.2.', '198.51.100.', '203.0.113.'];
export const ACTIVITY_IPV6_NETWORK = '2001:db8:';

export const ACTIVITY_PRODUCTS: readonly string[] = [
  'Microsoft 365 E3',
  'Adobe Acrobat Pro',
  'Azure plan',
  'Zoom Workplace Business',
  'Salesforce Sales Cloud',
  'Atlassian Jira Cloud',
];

/** The calls an integration makes, as the audit records they leave. */
export const ACTIVITY_EVENTS = [
  {
    event: 'platform.commerce.order.created',
    objectType: 'Order',
    prefix: 'ORD',
    digits: 3,
    verb: 'created',
  },
  {
    event: 'platform.commerce.order.updated',
    objectType: 'Order',
    prefix: 'ORD',
    digits: 3,
    verb: 'updated',
  },
  {
    event: 'platform.commerce.subscription.updated',
    objectType: 'Subscription',
    prefix: 'SUB',
    digits: 3,
    verb: 'updated',
  },
  {
    event: 'platform.commerce.agreement.updated',
    objectType: 'Agreement',
    prefix: 'AGR',
    digits: 3,
    verb: 'updated',
  },
  {
    event: 'platform.catalog.product.updated',
    objectType: 'Product',
    prefix: 'PRD',
    digits: 2,
    verb: 'updated',
  },
  { event: 'platform.accounts.user.invited', objectType: 'User', prefix: 'USR', digits: 2, verb: 'invited' },
] as const;

/**
 * Whether a token of an account of `accountType` may be given the module: it must be meant for that type of
 * account. `isConfigurable` plays no part: the contract deprecates it without saying what it means.
 */
export function isModuleAllowed(module: ModuleRecord, accountType: string): boolean {
  return module.accountTypes.includes(accountType);
}
