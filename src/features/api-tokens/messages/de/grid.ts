import type { Catalogue } from '../../../../lib/catalogue-types';
import { plural } from '../../../../messages/de/plural';
import type { gridMessages } from '../grid';

export const grid = {
  add: 'Hinzufügen',
  toolbarLabel: 'Tabellenansicht',
  resetView: 'Ansicht zurücksetzen',
  resetViewHint:
    'Filter und Suche löschen, neueste zuerst, erste Seite. Spalten und Zeilen pro Seite bleiben, wie sie sind.',
  viewReset: 'Ansicht zurückgesetzt: Filter, Suche und Sortierung gelöscht.',
  undo: 'Rückgängig',
  sort: 'Sortieren',
  filter: 'Filter',
  filterWithCount: (n) => `Filter (${n})`,
  filterWithCountLabel: (count, n) => `Filter, ${n} ${plural(count, 'Filter', 'Filter')} angewendet`,
  columns: 'Spalten',
  refresh: 'Aktualisieren',
  exportCsv: 'CSV exportieren',
  rows: (count, n) => `${n} ${plural(count, 'Zeile', 'Zeilen')}`,
  searchLabel: 'Nach Name oder ID suchen',
  // Short enough for the field beside the status control at 768 px.
  searchPlaceholder: 'Name oder ID suchen',
  clearSearch: 'Suche löschen',

  statusLabel: 'Status',
  statusAll: 'Alle',
  statusActive: 'Aktiv',
  statusDisabled: 'Deaktiviert',
  idle: (days) => `Seit ${days}+ Tagen ungenutzt`,

  column: {
    select: 'Auswahl',
    token: 'API-Token',
    modules: 'Module',
    createdBy: 'Erstellt von',
    created: 'Erstellt am',
    lastAccess: 'Letzter Zugriff',
    status: 'Status',
    actions: 'Aktionen',
  },

  table: {
    label: 'API-Tokens',
    regionLabel: 'Tabelle der API-Tokens',
    selectAll: 'Alle auf dieser Seite auswählen',
    selectRow: (name) => `${name} auswählen`,
    actionsFor: (name) => `Aktionen für ${name}`,
    modulesCount: (count, n) => `${n} ${plural(count, 'Modul', 'Module')}`,
    neverUsed: 'Nie verwendet',
    unnamed: 'API-Token ohne Namen',
  },

  pagination: {
    navigation: 'Seitennavigation',
    previous: 'Zurück',
    next: 'Weiter',
    page: 'Seite',
    of: (n) => `von ${n}`,
    pageInput: (total) => `Seitenzahl, von ${total}`,
    rowsPerPage: 'Zeilen pro Seite',
    range: (from, to, total, count) => `${from}–${to} von ${total} ${plural(count, 'Zeile', 'Zeilen')}`,
  },

  states: {
    loading: 'API-Tokens werden geladen…',
    updating: 'Wird geladen…',
    loadError: 'Die API-Tokens konnten nicht geladen werden',
    stillTrying: 'Die API-Tokens werden weiter geladen…',
  },

  relative: {
    created: (when) => `erstellt ${when}`,
    lastAccess: (when) => `zuletzt verwendet ${when}`,
  },
} satisfies Catalogue<typeof gridMessages>;
