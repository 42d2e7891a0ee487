import type { Catalogue } from '../../lib/catalogue-types';
import type { copyMessages } from '../copy';

export const copy = {
  copied: 'In die Zwischenablage kopiert.',
  copyFailed: 'Kopieren fehlgeschlagen. Markieren Sie den Text und kopieren Sie ihn von Hand.',
  copyTraceId: 'Trace-ID kopieren',
  copyTraceIdFor: (subject) => `Trace-ID kopieren (${subject})`,
} satisfies Catalogue<typeof copyMessages>;
