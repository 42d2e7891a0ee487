import { nameInText } from '../../../../lib/name-in-text';
import type { Catalogue } from '../../../../lib/catalogue-types';
import type { leakMessages } from '../leak';

export const leak = {
  title: 'Ein vollständiger API-Token-Wert wurde erkannt',
  body: (id) =>
    `Sein geheimer Teil wurde entfernt, bevor etwas diese Seite verlassen hat; gesucht wird nur die Token-ID ${id}.`,
  token: (name, id, status) => `„${nameInText(name)}“ (${id}) ist ${status}.`,
  loading: 'Das API-Token wird gesucht…',
  loadFailed: 'Das API-Token konnte nicht gesucht werden',
  notFound: (id) =>
    `In diesem Konto gibt es kein API-Token mit der ID ${id}. Es gehört vielleicht zu einem anderen Konto oder wurde gelöscht.`,
  disableNow: 'Jetzt deaktivieren',
  rotate: 'Rotieren…',
  open: 'Öffnen',
  openLabel: (id) => `${id} öffnen`,
  activity: 'Aktivität',
  activityLabel: (id) => `Aktivität von ${id}`,
  status: { Active: 'aktiv', Disabled: 'deaktiviert' },
} satisfies Catalogue<typeof leakMessages>;
