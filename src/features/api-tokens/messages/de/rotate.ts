import { nameInText } from '../../../../lib/name-in-text';
import type { Catalogue } from '../../../../lib/catalogue-types';
import type { rotateMessages } from '../rotate';

const quoted = (name: string) => `„${nameInText(name)}“`;

export const rotate = {
  title: 'API-Token rotieren',
  loading: 'Das zu rotierende API-Token wird geladen…',
  slow: 'Das Laden des zu rotierenden API-Tokens dauert länger als üblich. Sie können weiter warten oder schließen und es später erneut versuchen.',
  loadFailed: 'Das zu rotierende API-Token konnte nicht geladen werden',
  steps: {
    explain: 'Neues API-Token',
    secret: 'Neues API-Token kopieren',
    retire: 'Altes API-Token stilllegen',
  },

  // The old token's page finds its replacement by this line: it stays English in every language, since the
  // description is data that outlives the language it was written in.
  replacesLine: (oldId) => `Replaces ${oldId}`,

  explain: {
    intro: (name, id) =>
      `Ein neues API-Token wird mit demselben Namen, derselben Beschreibung und demselben Logo wie ${quoted(name)} (${id}) erstellt und erhält die Module des alten API-Tokens, die dieses Konto noch anbietet.`,
    oldKeepsWorking:
      'Das alte API-Token funktioniert weiter, bis Sie es stilllegen, so können Sie Ihre Integrationen ohne Ausfall umstellen.',
    editHint: 'Name und Beschreibung des neuen API-Tokens können Sie hier ändern.',
    create: 'Neues Token erstellen',
    creating: 'Das neue API-Token wird erstellt…',
    logoCopyFailed:
      'Das Logo des alten API-Tokens konnte nicht kopiert werden; das neue API-Token wird ohne Logo erstellt.',
    checkingModules: 'Es wird geprüft, welche Module des alten API-Tokens übernommen werden können…',
    checkingModulesSlow:
      'Die Prüfung, welche Module des alten API-Tokens dieses Konto noch anbietet, dauert länger als üblich. Sie können das neue API-Token erstellen, ohne zu warten: Bietet das Konto eines seiner Module nicht mehr an, lehnt die API es ab, und dieser Schritt nennt es.',
    modulesCheckFailed: (reason) =>
      `Es konnte nicht geprüft werden, welche Module des alten API-Tokens dieses Konto noch anbietet. ${reason} Sie können das neue API-Token trotzdem erstellen: Bietet das Konto eines seiner Module nicht mehr an, lehnt die API es ab, und dieser Schritt nennt es.`,
    modulesLeftOut:
      'Nicht übernommen: Diese Module des alten API-Tokens sind für dieses Konto nicht verfügbar.',
    restCarriedOver:
      'Das neue API-Token wird ohne sie erstellt. Name, Beschreibung, Logo und die übrigen Module werden übernommen.',
    noModuleLeft:
      'Keines der Module des alten API-Tokens ist für dieses Konto verfügbar, und ein API-Token braucht mindestens eines, daher kann hier kein neues API-Token erstellt werden. Fügen Sie stattdessen ein neues API-Token mit den benötigten Modulen hinzu.',
  },
  createFailed: 'Das neue API-Token konnte nicht erstellt werden',
  createModulesRefused: 'Die API hat ein Modul des neuen API-Tokens abgelehnt',
  moduleRefused: (name, id) => `Das Modul ${quoted(name)} (${id}) ist für dieses Konto nicht verfügbar.`,
  createModulesRefusedState: (oldId) =>
    `Es wurde kein neues API-Token erstellt. ${oldId} ist unverändert und funktioniert weiter. Ein Modul des alten API-Tokens, das für dieses Konto nicht mehr verfügbar ist, kann nicht übernommen werden: Entfernen Sie es mit „Bearbeiten“ aus dem alten API-Token, oder fügen Sie ein neues API-Token mit den benötigten Modulen hinzu.`,
  createUnknown: 'Keine Antwort: Es ist nicht bekannt, ob das neue API-Token erstellt wurde',
  createFailedState: (oldId) =>
    `Es wurde kein neues API-Token erstellt. ${oldId} ist unverändert und funktioniert weiter. Sie können es erneut versuchen.`,
  createRefusedState: (oldId) =>
    `Es wurde kein neues API-Token erstellt. ${oldId} ist unverändert und funktioniert weiter.`,
  createUnknownState: (oldId) =>
    `Die API hat nicht geantwortet, ein neues API-Token wurde also vielleicht erstellt, vielleicht nicht; suchen Sie es in der Liste, bevor Sie es erneut versuchen. ${oldId} ist unverändert und funktioniert weiter.`,

  notCopied: {
    title: 'Schließen, ohne das API-Token zu kopieren?',
    description:
      'Sie haben das neue API-Token nicht kopiert. Es kann nicht mehr angezeigt werden, sobald dieser Dialog geschlossen ist.',
    confirm: 'Trotzdem schließen',
    cancel: 'Zurück zum neuen API-Token',
  },

  secret: {
    intro: (newId, oldId) =>
      `Tragen Sie das neue API-Token jetzt in Ihre Integrationen ein. Beide API-Tokens funktionieren: ${newId} ist aktiv, und ${oldId} funktioniert weiter, bis Sie es im nächsten Schritt stilllegen.`,
    next: 'Weiter',
  },

  retire: {
    intro: (oldId) =>
      `Sobald Ihre Integrationen das neue API-Token verwenden, legen Sie ${oldId} still. Sein letzter Zugriff zeigt, ob es noch verwendet wird.`,
    oldToken: 'Altes API-Token',
    newToken: 'Neues API-Token',
    lastAccess: 'Letzter Zugriff',
    never: 'Nie verwendet',
    refresh: 'Aktualisieren',
    refreshLabel: 'Letzten Zugriff des alten API-Tokens aktualisieren',
    refreshFailed: 'Das alte API-Token konnte nicht aktualisiert werden',
    disable: 'Altes API-Token deaktivieren',
    delete: 'Altes API-Token löschen',
    keep: 'Vorerst behalten',
    done: 'Fertig',
    back: 'Zurück zum neuen API-Token',
    disabled: (newId, oldId) =>
      `${oldId} ist deaktiviert: Integrationen, die es noch verwenden, erhalten Fehler. ${newId} ist aktiv.`,
    deleted: (newId, oldId) => `${oldId} ist gelöscht. ${newId} ist aktiv.`,
    failed: (action) =>
      action === 'disable'
        ? 'Das alte API-Token konnte nicht deaktiviert werden'
        : 'Das alte API-Token konnte nicht gelöscht werden',
    failedState: (newId, oldId, status) =>
      `${newId} ist aktiv. ${oldId} ist unverändert (${status}) und behält seinen Zugriff; Sie können es erneut versuchen oder es vorerst behalten.`,
    refusedState: (newId, oldId, status) =>
      `${newId} ist aktiv. ${oldId} ist unverändert (${status}) und behält seinen Zugriff.`,
    unknown: (action) =>
      action === 'disable'
        ? 'Keine Antwort: Es ist nicht bekannt, ob das alte API-Token deaktiviert wurde'
        : 'Keine Antwort: Es ist nicht bekannt, ob das alte API-Token gelöscht wurde',
    unknownState: (newId, oldId, status) => `${newId} ist aktiv. ${oldId}, seither neu gelesen: ${status}.`,
    deletedWithoutAnswer: (newId, oldId) =>
      `Es kam keine Antwort, aber das erneute Lesen zeigt es: ${oldId} ist gelöscht. ${newId} ist aktiv.`,
    goneState: (newId, oldId) => `${newId} ist aktiv. ${oldId} existiert nicht mehr.`,
  },

  replacedBy: 'Ersetzt durch',
  replacedByFailed: (reason) =>
    `Ob ein anderes API-Token dieses ersetzt, konnte nicht geprüft werden. ${reason}`,
  replacedByLabel: (id) => `${id} öffnen, das API-Token, das dieses ersetzt`,
} satisfies Catalogue<typeof rotateMessages>;
