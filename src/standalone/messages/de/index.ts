// The standalone shell's words in German.
import type { Catalogue } from '../../../lib/catalogue-types';
import { translation } from '../../../lib/catalogue-types';
import { standaloneMessages } from '../shell';
import { signInMessages } from '../sign-in';

const shell = {
  brand: 'one',
  settings: 'Einstellungen',
  navLabel: 'Bereiche der Einstellungen',
  navPlatformTools: 'Plattform-Tools',
  navApiTokens: 'API-Tokens',
  skipToContent: 'Zum Inhalt springen',
  mockBadge: 'Mock-API',
  mockBadgeTitle: 'Läuft mit dem eingebauten Mock-Backend',
  mockNotStarted: 'Die eingebaute Mock-API konnte nicht starten.',
  signInNotLoaded:
    'Die Mock-API hat das Zugriffstoken abgelehnt (401), und die Anmeldung konnte nicht geladen werden.',
} satisfies Catalogue<typeof standaloneMessages>;

const signIn = {
  signInTitle: 'Bei der Marketplace-API anmelden',
  signInIntro:
    'Fügen Sie ein Zugriffstoken für die Marketplace-API ein. Es wird nur im Arbeitsspeicher gehalten und beim Schließen oder Neuladen der Seite vergessen.',
  signInAgainIntro:
    'Fügen Sie ein Zugriffstoken ein, um dort weiterzumachen, wo Sie waren: Die Seite bleibt, wie sie ist, bis Sie angemeldet sind.',
  tokenLabel: 'Zugriffstoken',
  tokenHint: 'Zum Beispiel idt:TKN-1234-5678:… oder ein Benutzer-Zugriffstoken.',
  tokenRequired: 'Geben Sie ein Zugriffstoken ein.',
  signIn: 'Anmelden',
  signOut: 'Abmelden',
  sessionExpired: 'Die API hat das Zugriffstoken abgelehnt (401). Melden Sie sich erneut an.',
  mockRefusing:
    'Diese Seite läuft mit der eingebauten Mock-API, die jedes Token annimmt, aber jedes ablehnt, solange ihr Szenario sie mit 401 antworten lässt.',
  signOutAtStakeTitle: 'Abmelden und das neue API-Token verlieren?',
  signOutAtStake:
    'Ein neues API-Token wird gerade hinzugefügt, oder es steht auf dieser Seite, wo es zum einzigen Mal angezeigt wird. Beim Abmelden wird die Seite geleert, und das neue API-Token kann nicht mehr angezeigt werden.',
  signOutAnyway: 'Trotzdem abmelden',
  staySignedIn: 'Angemeldet bleiben',
} satisfies Catalogue<typeof signInMessages>;

export const catalogue = [translation(standaloneMessages, shell), translation(signInMessages, signIn)];
