import type { Catalogue } from '../../lib/catalogue-types';
import type { notificationMessages } from '../notifications';

export const notifications = {
  one: 'Benachrichtigung',
  region: 'Benachrichtigungen ({hotkey})',
} satisfies Catalogue<typeof notificationMessages>;
