import type { Catalogue } from '../../lib/catalogue-types';
import type { commonMessages } from '../common';

export const common = {
  moduleTitle: 'API-Tokens',
  retry: 'Erneut versuchen',
  pageFailed: (page, reason) => `Seite ${page} konnte nicht geladen werden. ${reason}`,
  pageFailedAgain: (page, reason) => `Seite ${page} konnte auch diesmal nicht geladen werden. ${reason}`,
  none: '—',
  loading: 'Wird geladen…',
  dismissNotification: 'Benachrichtigung schließen',
  statusActive: 'Aktiv',
  statusDisabled: 'Deaktiviert',
  traceId: 'Trace-ID',
  errors: {
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.',
    unauthorized:
      'Ihre Sitzung ist abgelaufen oder Ihr Zugriffstoken ist ungültig. Melden Sie sich erneut an.',
    forbidden: 'Sie haben keine Berechtigung dafür. Bitten Sie einen Kontoadministrator um Zugriff.',
    notFound: 'Das angeforderte Element existiert nicht oder wurde gelöscht.',
    validation: 'Einige Werte sind ungültig. Prüfen Sie die markierten Felder.',
    server: 'Auf dem Server ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.',
    tooManyRequests: 'Der Server erhält zu viele Anfragen. Versuchen Sie es gleich noch einmal.',
    unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
    codeNotLoaded:
      'Ein Teil der Seite wurde nicht geladen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    invalidResponse: 'Der Server hat eine Antwort gesendet, die die Seite nicht lesen kann.',
    invalidValue: 'Ungültiger Wert.',
  },
} satisfies Catalogue<typeof commonMessages>;
