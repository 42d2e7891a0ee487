import type { Catalogue } from '../../../../lib/catalogue-types';
import { plural } from '../../../../messages/de/plural';
import type { gridPanelMessages } from '../grid-panels';

export const gridPanels = {
  sortBy: 'Sortieren nach',
  sortOrder: 'Reihenfolge',
  ascending: 'Aufsteigend',
  descending: 'Absteigend',
  showColumns: 'Spalten anzeigen',
  resetColumns: 'Spalten zurücksetzen',

  states: {
    emptyTitle: 'Noch keine API-Tokens',
    emptyBody:
      'Fügen Sie ein API-Token hinzu, damit eine Integration die Marketplace-API im Namen dieses Kontos aufrufen kann.',
    emptyAction: 'API-Token hinzufügen',
    noMatchTitle: 'Keine API-Tokens passen zu dieser Ansicht',
    noMatchBody: 'Versuchen Sie eine andere Suche oder entfernen Sie einige Filter.',
    noSearchMatchTitle: (q) => `Keine API-Tokens passen zu „${q}“`,
    noSearchMatchBody:
      'Prüfen Sie die Schreibweise oder suchen Sie nach einem Teil eines Namens oder einer ID.',
  },

  filters: {
    title: 'Filter',
    modules: 'Module',
    modulesHint: 'Zeigt API-Tokens mit einem der gewählten Module.',
    modulesLoading: 'Module werden geladen…',
    modulesError: 'Die Module konnten nicht geladen werden.',
    createdBy: 'Erstellt von',
    createdByAnyone: 'Alle',
    createdByOther: 'Name oder ID',
    createdByHint: 'Ein Name oder eine ID wie USR-1234-5678 oder TKN-1234-5678.',
    created: 'Erstellt am',
    from: 'Von',
    to: 'Bis',
    rangeError: 'Das Startdatum muss am oder vor dem Enddatum liegen.',
    lastAccess: 'Letzter Zugriff',
    lastAccessAny: 'Beliebig',
    lastAccessNever: 'Nie verwendet',
    lastAccessIdle: (days) => `Verwendet, aber nicht in den letzten ${days} Tagen`,
    lastAccessStale: (days) => `Nicht in den letzten ${days} Tagen verwendet, oder nie`,
    lastAccessIdleGroup: 'Verwendet, aber nicht kürzlich',
    lastAccessStaleGroup: 'Nicht kürzlich verwendet, oder nie',
    apply: 'Filter anwenden',
    clear: 'Alle löschen',
    cancel: 'Abbrechen',
  },

  chips: {
    label: 'Angewendete Filter',
    modules: (count, names) => `${plural(count, 'Modul', 'Module')}: ${names}`,
    modulesFailed: (reason) => `Die Namen der Module konnten nicht geladen werden. ${reason}`,
    createdBy: (who) => `Erstellt von: ${who}`,
    person: (name, id) => `${name} (${id})`,
    createdFrom: (date) => `Erstellt ab ${date}`,
    createdTo: (date) => `Erstellt bis ${date}`,
    createdBetween: (from, to) => `Erstellt ${from} – ${to}`,
    lastAccess: (text) => `Letzter Zugriff: ${text}`,
    remove: (label) => `Filter ${label} entfernen`,
    clearAll: 'Filter löschen',
    clearSearch: 'Suche löschen',
  },

  selection: {
    label: 'Ausgewählte API-Tokens',
    selected: (n) => `${n} ausgewählt`,
    selectAllMatching: (count, n) =>
      `${plural(count, 'Das', 'Alle')} ${n} ${plural(count, 'passende API-Token', 'passenden API-Tokens')} auswählen`,
    selectPageOnly: 'Nur diese Seite auswählen',
    allMatchingSelected: (count, n) =>
      `${plural(count, 'Das', 'Alle')} ${n} ${plural(count, 'passende API-Token', 'passenden API-Tokens')} ausgewählt`,
    loading: (loaded, total) => `Die ausgewählten API-Tokens werden gelesen: ${loaded} von ${total}…`,
    loadingLabel: 'Die ausgewählten API-Tokens werden gelesen',
    cancelLoading: 'Abbrechen',
    loadFailed: (reason) => `Die ausgewählten API-Tokens konnten nicht gelesen werden: ${reason}`,
    enable: 'Aktivieren',
    disable: 'Deaktivieren',
    delete: 'Löschen',
    clear: 'Auswahl aufheben',
  },

  export: {
    progressLabel: 'Exportfortschritt',
    exporting: (loaded, total) => `${loaded} von ${total} API-Tokens werden exportiert…`,
    starting: 'Der Export wird vorbereitet…',
    cancel: 'Export abbrechen',
    done: (count, n) => `${n} ${plural(count, 'API-Token', 'API-Tokens')} exportiert.`,
    cancelled: 'Export abgebrochen.',
    failed: (reason) => `Der Export ist fehlgeschlagen: ${reason}`,
  },

  csv: {
    name: 'Name',
    id: 'ID',
    modules: 'Module',
    createdBy: 'Erstellt von',
    createdById: 'Erstellt von (ID)',
    createdAt: 'Erstellt am',
    lastAccess: 'Letzter Zugriff',
    status: 'Status',
  },
} satisfies Catalogue<typeof gridPanelMessages>;
