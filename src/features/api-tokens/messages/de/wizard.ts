import { nameInText } from '../../../../lib/name-in-text';
import type { Catalogue } from '../../../../lib/catalogue-types';
import type { wizardMessages } from '../wizard';

export const wizard = {
  addTitle: 'API-Token hinzufügen',
  addPageTitle: 'API-Token hinzufügen · API-Tokens',
  editTitle: 'API-Token bearbeiten',
  stepsLabel: 'Schritte',
  steps: {
    general: 'Allgemein',
    modules: 'Module',
    overview: 'Überblick',
    summary: 'Abschluss',
  },
  stepDone: 'abgeschlossen',
  stepHasErrors: 'enthält Fehler',
  stepOf: (current, total) => `Schritt ${current} von ${total}`,

  close: 'Schließen',
  back: 'Zurück',
  next: 'Weiter',
  add: 'Hinzufügen',
  save: 'Speichern',
  viewDetails: 'Details anzeigen',
  edit: 'Bearbeiten',
  editStep: (step) => `${step} bearbeiten`,

  optional: 'Optional',
  logo: {
    label: 'Logo',
    hint: 'Die Datei darf höchstens 5 MB groß sein. Unterstützte Dateitypen sind .jpg und .png.',
    add: 'Logo hinzufügen',
    change: 'Logo ändern',
    remove: 'Logo entfernen',
    preview: 'Vorschau des Logos',
    none: 'Kein Logo',
    invalidType: 'Das Logo muss ein .jpg- oder .png-Bild sein.',
    tooLarge: 'Das Logo darf höchstens 5 MB groß sein.',
    empty: 'Die Logodatei ist leer.',
    unreadable: 'Die Logodatei konnte nicht gelesen werden. Wählen Sie sie erneut.',
    chosen: (fileName) => `Gewählt: ${fileName}`,
    copyFailed:
      'Das Logo des ursprünglichen API-Tokens konnte nicht kopiert werden. Fügen Sie es erneut hinzu, wenn Sie es brauchen.',
  },
  name: {
    label: 'Name des API-Tokens',
    placeholder: 'Namen des API-Tokens eingeben',
    required: 'Geben Sie einen Namen für das API-Token ein.',
    invisible: 'Geben Sie einen Namen mit sichtbaren Zeichen ein.',
    hidden: (kind) => `Entfernen Sie das unsichtbare Zeichen (${kind}) aus dem Namen.`,
    hiddenKinds: {
      zeroWidthSpace: 'Leerzeichen ohne Breite',
      wordJoiner: 'Wortverbinder',
      zeroWidthNoBreakSpace: 'geschütztes Leerzeichen ohne Breite',
      mongolianVowelSeparator: 'mongolischer Vokaltrenner',
      softHyphen: 'weiches Trennzeichen',
      combiningGraphemeJoiner: 'kombinierender Graphemverbinder',
      hangulFiller: 'Hangul-Füllzeichen',
      invisibleOperator: 'unsichtbarer Operator',
      braillePatternBlank: 'leeres Braille-Muster',
      directionControl: 'Steuerzeichen für die Schreibrichtung',
    },
    hiddenKept: (kind) =>
      `Der gespeicherte Name enthält ein unsichtbares Zeichen (${kind}). Sie können das API-Token damit speichern oder es entfernen.`,
    hiddenCopied: (kind) =>
      `Der übernommene Name enthält ein unsichtbares Zeichen (${kind}), das der Name eines neuen API-Tokens nicht enthalten darf.`,
    removeHidden: 'Unsichtbare Zeichen entfernen',
    tooLong: (max) => `Der Name darf höchstens ${max} Zeichen lang sein.`,
    exists: (name, id) =>
      `Ein API-Token namens „${nameInText(name)}“ gibt es bereits (${id}). Sie können den Namen trotzdem verwenden; ein anderer macht die API-Tokens leichter unterscheidbar.`,
    checkFailed: (reason) =>
      `Ob ein anderes API-Token diesen Namen hat, konnte nicht geprüft werden. ${reason}`,
  },
  description: {
    label: 'Beschreibung',
    placeholder: 'Beschreibung eingeben',
    tooLong: (max) => `Die Beschreibung darf höchstens ${max} Zeichen lang sein.`,
    counter: (count, max) => `${count} / ${max}`,
    counterLabel: (count, max) => `${count} von ${max} Zeichen verwendet`,
  },
  modules: {
    legend: 'Module',
    intro: 'Wählen Sie die Module, auf die dieses API-Token zugreifen kann.',
    search: 'Module durchsuchen',
    // Short enough for the field on a phone (the label says the rest).
    searchPlaceholder: 'Name oder Beschreibung suchen',
    selectAll: 'Alle auswählen',
    selectNone: 'Keine auswählen',
    selectAllVisible: 'Alle angezeigten auswählen',
    selectNoneVisible: 'Alle angezeigten abwählen',
    selectedCount: (selected, total) => `${selected} von ${total} ausgewählt`,
    visibleCount: (visible, total) => `${visible} von ${total} Modulen angezeigt`,
    noMatch: (query) => `Kein Modul passt zu „${query}“.`,
    clearSearch: 'Suche löschen',
    empty:
      'Für dieses Konto sind keine Module freigeschaltet, daher kann noch kein API-Token erstellt werden.',
    loading: 'Module werden geladen…',
    loadFailed: 'Die Module konnten nicht geladen werden',
    required: 'Wählen Sie mindestens ein Modul.',
    unavailable: (id) => `${id} (nicht mehr verfügbar)`,
  },
  overview: {
    intro: 'Prüfen Sie die Angaben, bevor Sie das API-Token hinzufügen.',
    noDescription: '—',
  },
  creating: 'Das API-Token wird hinzugefügt…',
  createFailed: 'Das API-Token konnte nicht hinzugefügt werden',
  cancelCreating: 'Abbrechen',
  createStopped:
    'Das Hinzufügen wurde abgebrochen, bevor der Server geantwortet hat. Das API-Token wurde vielleicht trotzdem hinzugefügt: Dann steht es unter diesem Namen in der Tabelle, und sein Wert kann nicht angezeigt werden, also löschen oder rotieren Sie es. Ihre Eingaben bleiben hier erhalten.',
  createUnknownOutcome: 'Keine Antwort: Es ist nicht bekannt, ob das API-Token hinzugefügt wurde',
  createUnknownNote:
    'Falls es hinzugefügt wurde, steht es unter diesem Namen in der Tabelle (das Namensfeld weist dann darauf hin), und sein Wert kann nicht angezeigt werden: Löschen oder rotieren Sie es. Ihre Eingaben bleiben hier erhalten.',
  createFailedAfterLeaving: (name, reason) =>
    `Das API-Token „${nameInText(name)}“ wurde nicht hinzugefügt. ${reason}`,
  createUnknownAfterLeaving: (name) =>
    `Keine Antwort: Es ist nicht bekannt, ob das API-Token „${nameInText(name)}“ hinzugefügt wurde. Falls ja, steht es unter diesem Namen in der Liste, und sein Wert kann nicht angezeigt werden: Löschen oder rotieren Sie es.`,
  saving: 'Änderungen werden gespeichert…',
  cancelSaving: 'Abbrechen',
  saveFailed: 'Die Änderungen konnten nicht gespeichert werden',
  saved: (name) => `API-Token „${nameInText(name)}“ wurde gespeichert.`,
  saveFailedAfterLeaving: (name, reason) =>
    `Die Änderungen am API-Token „${nameInText(name)}“ wurden nicht gespeichert. ${reason}`,
  saveUnknownAfterLeaving: (name) =>
    `Keine Antwort: Es ist nicht bekannt, ob die Änderungen am API-Token „${nameInText(name)}“ gespeichert wurden. Seine Seite zeigt seinen aktuellen Zustand.`,
  nothingChanged: 'Es wurde nichts geändert.',

  summary: {
    title: 'API-Token hinzugefügt',
    created: (name, id) => `„${nameInText(name)}“ (${id}) wurde hinzugefügt.`,
    secretLabel: 'API-Token',
    warningTitle: 'Kopieren Sie das API-Token jetzt',
    warning:
      'Nur jetzt wird das API-Token angezeigt. Bewahren Sie es sicher auf, etwa in einem Passwort-Manager: Sobald Sie dieses Fenster schließen, kann es nicht mehr angezeigt werden.',
    copy: 'API-Token kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren fehlgeschlagen. Markieren Sie das API-Token und kopieren Sie es von Hand.',
    noSecret: 'Der Server hat den Wert des API-Tokens nicht zurückgegeben.',
    notShown: (name, id) =>
      `Das API-Token „${nameInText(name)}“ (${id}) wurde hinzugefügt, aber die Seite wurde verlassen, bevor sein Wert angezeigt werden konnte, und er kann nicht mehr angezeigt werden. Löschen oder rotieren Sie dieses API-Token.`,
    notCopied: {
      title: 'Schließen, ohne das API-Token zu kopieren?',
      description: 'Sie haben das API-Token nicht kopiert. Es kann nicht mehr angezeigt werden.',
      confirm: 'Trotzdem schließen',
      cancel: 'Zurück zum Abschluss',
    },
  },

  duplicate: {
    loading: 'Das zu duplizierende API-Token wird geladen…',
    slow: 'Das Laden des zu duplizierenden API-Tokens dauert länger als üblich. Sie können weiter warten oder schließen und es später erneut versuchen.',
    loadFailed: 'Das zu duplizierende API-Token konnte nicht geladen werden',
    startBlank: 'Mit leerem Formular beginnen',
    copyName: (name) => `${name} (Kopie)`,
    intro: (name) =>
      `Vorausgefüllt aus „${nameInText(name)}“. Hinzugefügt wird erst, wenn Sie im Schritt „Überblick“ auf „Hinzufügen“ klicken.`,
  },
  draft: {
    restored:
      'Was Sie vor dem Verlassen dieses Formulars eingegeben hatten, ist wieder da. Hinzugefügt wird erst, wenn Sie im Schritt „Überblick“ auf „Hinzufügen“ klicken.',
    startOver: 'Neu beginnen',
  },
  editDialog: {
    loading: 'Das API-Token wird geladen…',
    slow: 'Das Laden des API-Tokens dauert länger als üblich. Sie können weiter warten oder schließen und es später erneut versuchen.',
    loadFailed: 'Das API-Token konnte nicht geladen werden',
    stopped:
      'Das Speichern wurde abgebrochen, bevor der Server geantwortet hat. Die Änderungen wurden vielleicht trotzdem gespeichert: Das API-Token wird erneut gelesen, und Ihre Eingaben bleiben hier erhalten.',
    unknownOutcome: 'Keine Antwort: Es ist nicht bekannt, ob die Änderungen gespeichert wurden',
    unknownNote: 'Das API-Token wird neu gelesen, und Ihre Eingaben bleiben hier erhalten.',
    savedOnReading:
      'Es kam keine Antwort, aber das erneute Lesen des API-Tokens zeigt, dass die Änderungen gespeichert wurden.',
    notSavedOnReading:
      'Es kam keine Antwort, und das erneute Lesen des API-Tokens zeigt, dass die Änderungen nicht gespeichert wurden',
    notSavedNote: 'Ihre Eingaben bleiben hier erhalten: „Speichern“ sendet sie erneut.',
    stoppedSavedOnReading:
      'Das Speichern wurde abgebrochen, aber das erneute Lesen des API-Tokens zeigt, dass die Änderungen gespeichert wurden.',
    stoppedNotSavedOnReading:
      'Das Speichern wurde abgebrochen, und das erneute Lesen des API-Tokens zeigt, dass die Änderungen nicht gespeichert wurden.',
  },

  discard: {
    title: 'Änderungen verwerfen?',
    description: 'Ihre Eingaben gehen verloren.',
    confirm: 'Verwerfen',
    cancel: 'Weiter bearbeiten',
  },
} satisfies Catalogue<typeof wizardMessages>;
