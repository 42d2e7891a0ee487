import type { Catalogue } from '../../../../lib/catalogue-types';
import type { hygieneMessages } from '../hygiene';

export const hygiene = {
  label: 'Token-Hygiene',
  item: (label, value) => `${label}: ${value}`,
  counting: 'wird gezählt…',
  unavailable: 'nicht verfügbar',
  failed: (reason) => `Diese Zahl konnte nicht geladen werden. ${reason}`,
  stale: (count) => `${count}, nicht aktuell`,
  staleHint: (reason) => `Diese Zahl konnte nicht aktualisiert werden; sie ist die zuvor geladene. ${reason}`,
  hints: {
    active: 'API-Tokens, die die API aufrufen können',
    disabled: 'API-Tokens, die ausgeschaltet sind',
    neverUsed: 'API-Tokens, die die API noch nie aufgerufen haben',
    idle: (days) => `Verwendet, aber nicht in den letzten ${days} Tagen`,
  },
} satisfies Catalogue<typeof hygieneMessages>;
