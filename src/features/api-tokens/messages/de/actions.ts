import { nameInText } from '../../../../lib/name-in-text';
import type { Catalogue } from '../../../../lib/catalogue-types';
import { plural } from '../../../../messages/de/plural';
import type { actionMessages } from '../actions';

type StateAction = 'enable' | 'disable' | 'delete';

const tokens = (count: number, countText: string) =>
  `${countText} ${plural(count, 'API-Token', 'API-Tokens')}`;
const quoted = (name: string) => `„${nameInText(name)}“`;

/** Participle per action, as in "3 API-Tokens deaktiviert". */
const done: Record<StateAction, string> = {
  enable: 'aktiviert',
  disable: 'deaktiviert',
  delete: 'gelöscht',
};
/** Infinitive per action, as in "konnte nicht deaktiviert werden" / "… zu deaktivieren". */
const verb: Record<StateAction, string> = {
  enable: 'aktivieren',
  disable: 'deaktivieren',
  delete: 'löschen',
};

export const actions = {
  unnamed: 'API-Token ohne Namen',
  cancel: 'Abbrechen',
  close: 'Schließen',

  menu: {
    edit: 'Bearbeiten',
    duplicate: 'Duplizieren',
    rotate: 'Rotieren…',
    enable: 'Aktivieren',
    disable: 'Deaktivieren',
    delete: 'Löschen',
  },

  edit: {
    unavailableTitle: 'API-Token bearbeiten',
    unavailable: 'Der Bearbeiten-Dialog konnte nicht geladen werden',
  },
  rotate: {
    unavailableTitle: 'API-Token rotieren',
    unavailable: 'Der Rotieren-Dialog konnte nicht geladen werden',
  },

  single: {
    title: {
      enable: 'API-Token aktivieren?',
      disable: 'API-Token deaktivieren?',
      delete: 'API-Token löschen?',
    },
    description: {
      enable: (name, id) =>
        `${quoted(name)} (${id}) wird aktiviert. Integrationen, die es verwenden, können die API wieder aufrufen.`,
      disable: (name, id) =>
        `${quoted(name)} (${id}) wird deaktiviert. Integrationen, die es verwenden, erhalten Fehler, bis es wieder aktiviert ist.`,
      delete: (name, id) =>
        `${quoted(name)} (${id}) wird endgültig gelöscht. Integrationen, die es verwenden, funktionieren nicht mehr. Das kann nicht rückgängig gemacht werden: Das API-Token kann weder wiederhergestellt noch wiederverwendet werden.`,
    },
    confirm: {
      enable: 'API-Token aktivieren',
      disable: 'API-Token deaktivieren',
      delete: 'API-Token löschen',
    },
    tryAgain: 'Erneut versuchen',
    success: (action, name) => `API-Token ${quoted(name)} ${done[action]}.`,
    failed: (action, name) => `${quoted(name)} konnte nicht ${done[action]} werden`,
    unknownOutcome: (action, name) =>
      `Keine Antwort: Es ist nicht bekannt, ob ${quoted(name)} ${done[action]} wurde. Sein aktueller Zustand wird angezeigt.`,
    tookEffect: (action, name) =>
      `Es kam keine Antwort, aber das erneute Lesen zeigt es: ${quoted(name)} wurde ${done[action]}.`,
    failedAfterLeaving: (action, name, reason) => `${quoted(name)} wurde nicht ${done[action]}. ${reason}`,
    unknownAfterLeaving: (action, name) =>
      `Keine Antwort: Es ist nicht bekannt, ob ${quoted(name)} ${done[action]} wurde. Seine Seite zeigt seinen aktuellen Zustand.`,
    cancelled: (action, name) =>
      `Das Warten darauf, ${quoted(name)} zu ${verb[action]}, wurde beendet. Der Server hat es vielleicht trotzdem getan: Sein aktueller Zustand wird angezeigt.`,
    notApplicable: {
      enable: (name) => `${quoted(name)} ist bereits aktiv.`,
      disable: (name) => `${quoted(name)} ist bereits deaktiviert.`,
      delete: (name) => `${quoted(name)} kann nicht gelöscht werden.`,
    },
  },

  bulk: {
    stopped: 'Abgebrochen, bevor der Server geantwortet hat. Die Liste zeigt den aktuellen Zustand.',
    noAnswer:
      'Keine Antwort: Es ist nicht bekannt, ob dieses API-Token geändert wurde. Die Liste zeigt den aktuellen Zustand.',
    title: {
      enable: (count, countText) => `${tokens(count, countText)} aktivieren?`,
      disable: (count, countText) => `${tokens(count, countText)} deaktivieren?`,
      delete: (count, countText) => `${tokens(count, countText)} löschen?`,
    },
    scope: {
      enable: (count, countText, selectedText, all) =>
        all
          ? `Alle ${selectedText} ausgewählten API-Tokens sind deaktiviert und werden aktiviert.`
          : `${countText} der ${selectedText} ausgewählten API-Tokens ${plural(count, 'ist', 'sind')} deaktiviert und ${plural(count, 'wird', 'werden')} aktiviert. Die anderen sind bereits aktiv.`,
      disable: (count, countText, selectedText, all) =>
        all
          ? `Alle ${selectedText} ausgewählten API-Tokens sind aktiv und werden deaktiviert.`
          : `${countText} der ${selectedText} ausgewählten API-Tokens ${plural(count, 'ist', 'sind')} aktiv und ${plural(count, 'wird', 'werden')} deaktiviert. Die anderen sind bereits deaktiviert.`,
      delete: (_count, _countText, selectedText) =>
        `Alle ${selectedText} ausgewählten API-Tokens werden gelöscht.`,
    },
    consequence: {
      enable: 'Integrationen, die sie verwenden, können die API wieder aufrufen.',
      disable: 'Integrationen, die sie verwenden, erhalten Fehler, bis die API-Tokens wieder aktiviert sind.',
      delete:
        'Das Löschen ist endgültig: Integrationen, die sie verwenden, funktionieren nicht mehr, und die API-Tokens können weder wiederhergestellt noch wiederverwendet werden.',
    },
    listLabel: 'Betroffene API-Tokens',
    lastUsed: (when) => `Zuletzt verwendet ${when}`,
    neverUsed: 'Nie verwendet',
    stillActive: (count, countText) =>
      plural(
        count,
        `${countText} dieser API-Tokens ist noch aktiv. Integrationen, die es verwenden, funktionieren sofort nicht mehr.`,
        `${countText} dieser API-Tokens sind noch aktiv. Integrationen, die sie verwenden, funktionieren sofort nicht mehr.`,
      ),
    confirm: {
      enable: (count, countText) => `${tokens(count, countText)} aktivieren`,
      disable: (count, countText) => `${tokens(count, countText)} deaktivieren`,
      delete: (count, countText) => `${tokens(count, countText)} löschen`,
    },
    progress: (doneText, totalText) => `${doneText} von ${totalText} erledigt…`,
    success: (action, count, countText) => `${tokens(count, countText)} ${done[action]}`,
    nothingToDo: {
      enable: 'Keines der ausgewählten API-Tokens ist deaktiviert, es gibt also nichts zu aktivieren.',
      disable: 'Keines der ausgewählten API-Tokens ist aktiv, es gibt also nichts zu deaktivieren.',
      delete: 'Es sind keine API-Tokens ausgewählt.',
    },
    resultTitle: (action, failed, failedText) =>
      `${tokens(failed, failedText)} ${plural(failed, 'konnte', 'konnten')} nicht ${done[action]} werden`,
    resultSummary: (action, succeeded, succeededText) =>
      succeeded === 0
        ? `Es wurden keine API-Tokens ${done[action]}.`
        : `${tokens(succeeded, succeededText)} ${done[action]}.`,
    resultHint:
      'Die API-Tokens unten sind unverändert. Sie können es mit ihnen erneut versuchen oder diesen Dialog schließen.',
    resultTitleUnknown: (count, countText) => `Keine Antwort für ${tokens(count, countText)}`,
    resultHintUnknown: (action) =>
      `Für die API-Tokens unten kam keine Antwort, und das erneute Lesen hat sie nicht als ${done[action]} gezeigt, daher ist nicht bekannt, ob sie ${done[action]} wurden. Ihr aktueller Zustand wird hinter diesem Dialog angezeigt.`,
    doneOnReading: (action, count, countText) =>
      plural(
        count,
        `Für ${countText} API-Token kam keine Antwort, aber das erneute Lesen zeigt, dass es ${done[action]} wurde.`,
        `Für ${countText} API-Tokens kam keine Antwort, aber das erneute Lesen zeigt, dass sie ${done[action]} wurden.`,
      ),
    resultHintNoRetry: 'Die API-Tokens unten sind unverändert; ein erneuter Versuch würde nicht helfen.',
    retryFailed: (count, countText) => `${tokens(count, countText)} erneut versuchen`,
    failuresLabel: 'Fehlgeschlagene API-Tokens',
    failedAfterLeaving: (title) => `${title}. Die Liste der API-Tokens zeigt ihren aktuellen Zustand.`,
    resultAnnounced: (title, description) => `${title}. ${description}`,
  },
} satisfies Catalogue<typeof actionMessages>;
