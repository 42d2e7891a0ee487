import { nameInText } from '../../../../lib/name-in-text';
import type { Catalogue } from '../../../../lib/catalogue-types';
import { plural } from '../../../../messages/de/plural';
import type { detailMessages } from '../detail';

const pagination = (what: string, perPage: string) => ({
  navigation: what,
  previous: 'Zurück',
  next: 'Weiter',
  page: 'Seite',
  of: (pageCount: string) => `von ${pageCount}`,
  pageInput: (pageCount: string) => `Seitenzahl, von ${pageCount}`,
  rowsPerPage: perPage,
});

export const detail = {
  pageTitle: (name: string) => `${name} · API-Tokens`,
  back: 'Zurück zu den API-Tokens',
  backShort: 'API-Tokens',
  kind: 'API-Token',
  loading: 'API-Token wird geladen…',
  edit: 'Bearbeiten',
  moreActions: 'Weitere Aktionen',
  actionsMenu: (name) => `Aktionen für ${name}`,
  enable: 'Aktivieren',

  disabledBanner: {
    title: 'Dieses API-Token ist deaktiviert.',
    body: 'Integrationen, die es verwenden, erhalten Fehler, bis es wieder aktiviert ist.',
  },

  statusEnabled: 'Aktiviert',
  summaryLabel: 'Übersicht',
  account: 'Konto',
  lastAccess: 'Letzter Zugriff',
  never: 'Nie verwendet',

  tabsLabel: 'Bereiche des API-Tokens',
  tabs: {
    general: 'Allgemein',
    modules: 'Module',
    details: 'Details',
    auditTrail: 'Änderungsprotokoll',
    activity: 'Aktivität',
  },

  general: {
    heading: 'Allgemein',
    name: 'Name',
    description: 'Beschreibung',
    endpoint: 'API-Endpunkt',
    copyEndpoint: 'API-Endpunkt kopieren',
    token: 'API-Token',
    copyToken: 'API-Token kopieren',
    showToken: 'API-Token anzeigen',
    hideToken: 'API-Token verbergen',
    maskedToken: 'API-Token, verborgen',
    loadingToken: 'Es wird geprüft, ob das API-Token angezeigt werden kann…',
    valueCheckFailed: (reason) =>
      `Ob die API den Wert dieses API-Tokens anzeigen kann, konnte nicht geprüft werden. ${reason}`,
    shownOnce:
      'Aus Sicherheitsgründen wird der Wert des API-Tokens nur einmal angezeigt, beim Erstellen. Ist er verloren, erstellen Sie ein neues API-Token und löschen Sie dieses.',
    prefixLabel: 'Token-Präfix',
    prefixHint:
      'Jeder Wert dieses API-Tokens beginnt mit diesem Präfix, so lässt sich eine geleakte Zeichenfolge ihm zuordnen.',
  },

  modules: {
    heading: 'Module, auf die dieses API-Token zugreifen kann',
    loading: 'Module werden geladen…',
    empty: 'Dieses API-Token hat keine Module.',
    name: 'Modul',
    id: 'ID',
    description: 'Beschreibung',
  },

  details: {
    heading: 'Details',
    id: 'Token-ID',
    created: 'Erstellt',
    createdBy: 'Erstellt von',
    updated: 'Zuletzt geändert',
    updatedBy: 'Geändert von',
    lastAccess: 'Letzter Zugriff',
    account: 'Konto',
    notUpdated: 'Nie geändert',
  },

  audit: {
    heading: 'Änderungsprotokoll',
    empty: 'Noch keine Einträge im Änderungsprotokoll.',
    failed: 'Das Änderungsprotokoll konnte nicht geladen werden',
    actorUser: 'Benutzer',
    actorToken: 'API-Token',
    by: 'von',
    showJson: 'JSON anzeigen',
    hideJson: 'JSON verbergen',
    jsonLabel: (id) => `Protokolleintrag ${id} als JSON`,
    range: (from, to, total, count) => `${from}–${to} von ${total} ${plural(count, 'Eintrag', 'Einträgen')}`,
    pagination: pagination('Seiten des Änderungsprotokolls', 'Einträge pro Seite'),
    events: {
      created: 'Erstellt',
      updated: 'Geändert',
      enabled: 'Aktiviert',
      disabled: 'Deaktiviert',
      deleted: 'Gelöscht',
      invited: 'Eingeladen',
    },
  },

  activity: {
    heading: 'Aktivität',
    intro: 'Was mit diesem API-Token getan wurde und von wo: seine Anfragen, die neuesten zuerst.',
    summaryLabel: 'Zusammenfassung der Aktivität',
    summaryLoading: 'Die Zusammenfassung der Aktivität wird geladen…',
    summaryFailed: 'Die Zusammenfassung der Aktivität konnte nicht geladen werden',
    used: (p) => {
      const least = p.atLeast ? 'mindestens ' : '';
      const ips = `${least}${p.ips} ${plural(p.ipCount, 'IP-Adresse', 'IP-Adressen')}`;
      const where =
        p.countryCount > 0 ? ` in ${least}${p.countries} ${plural(p.countryCount, 'Land', 'Ländern')}` : '';
      return `In den letzten ${p.days} Tagen ${p.times}-mal verwendet, von ${ips}${where}.`;
    },
    notUsedRecently: (days) => `In den letzten ${days} Tagen nicht verwendet.`,
    notRecordedRecently: (days) => `Aus den letzten ${days} Tagen ist keine Anfrage aufgezeichnet.`,
    lastSeen: (p) =>
      `Zuletzt gesehen ${p.ago ? `${p.ago} (${p.when})` : `am ${p.when}`}${p.ip ? ` von ${p.ip}` : ''}${p.place ? ` in ${p.place}` : ''}.`,
    neverUsed: 'Nie verwendet: Es wurde keine Anfrage mit diesem API-Token aufgezeichnet.',
    notRecorded: 'Es wurde keine Anfrage mit diesem API-Token aufgezeichnet.',
    lastUsed: (p) =>
      `Das API-Token wurde zuletzt ${p.ago ? `${p.ago} (${p.when})` : `am ${p.when}`} verwendet.`,
    lastRecorded: (p) =>
      `Die letzte aufgezeichnete Anfrage war ${p.ago ? `${p.ago} (${p.when})` : `am ${p.when}`}${p.ip ? `, von ${p.ip}` : ''}${p.place ? ` in ${p.place}` : ''}.`,
    partial: (counted) =>
      `IP-Adressen und Länder werden aus den neuesten ${counted} Anfragen gezählt, es können also mehr sein.`,
    range: {
      legend: 'Zeitraum',
      from: 'Von',
      to: 'Bis',
      apply: 'Anwenden',
      clear: 'Daten löschen',
      invalid: 'Das Startdatum muss am oder vor dem Enddatum liegen.',
    },
    tableLabel: 'Anfragen mit diesem API-Token',
    columns: {
      time: 'Zeit',
      event: 'Ereignis',
      object: 'Objekt',
      ip: 'IP-Adresse',
      location: 'Ort',
      userAgent: 'User-Agent',
    },
    objectTypes: {
      ApiToken: 'API-Token',
      Order: 'Bestellung',
      Subscription: 'Abonnement',
      Agreement: 'Vertrag',
      Product: 'Produkt',
      User: 'Benutzer',
    },
    empty: 'Noch keine Anfragen. Anfragen mit diesem API-Token erscheinen hier.',
    emptyNeverUsed: 'Anfragen mit diesem API-Token erscheinen hier.',
    emptyInRange: 'Keine Aktivität in diesem Zeitraum.',
    failed: 'Die Aktivität konnte nicht geladen werden',
    records: (from, to, total, count) => `${from}–${to} von ${total} ${plural(count, 'Anfrage', 'Anfragen')}`,
    pagination: pagination('Seiten der Aktivität', 'Anfragen pro Seite'),
  },

  notFound: {
    title: 'API-Token nicht gefunden',
    body: (id) =>
      `Es gibt kein API-Token mit der ID ${id}. Es wurde vielleicht gelöscht, oder der Link ist falsch.`,
    back: 'Zurück zu den API-Tokens',
  },
  deleted: {
    title: 'API-Token gelöscht',
    body: (name, id) =>
      `${name ? `„${nameInText(name)}“ (${id})` : `Das API-Token ${id}`} wurde gelöscht. Gelöschte API-Tokens können nicht wiederhergestellt werden.`,
  },
  forbidden: {
    title: 'Keine Berechtigung',
    body: 'Sie haben keine Berechtigung, dieses API-Token anzusehen. Bitten Sie einen Kontoadministrator um Zugriff.',
  },
  loadFailed: 'Das API-Token konnte nicht geladen werden',
  refreshFailed: 'Das API-Token konnte nicht erneut gelesen werden: Die Anzeige ist eventuell nicht aktuell',
} satisfies Catalogue<typeof detailMessages>;
