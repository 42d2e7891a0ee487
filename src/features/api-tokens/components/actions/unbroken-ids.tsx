import type { ReactNode } from 'react';
import { keepWhole } from '../../../../components/ui/keep-whole';

/** The platform's IDs: a prefix and groups of four digits (TKN-0548-7270, AUD-5165-1318-9536-5488). */
const ID = /\b([A-Z]{2,5}(?:-\d{4}){2,4})\b/;

/** A sentence with each ID kept on one line: a browser may otherwise break it at a hyphen ("TKN-0548-" / "7270"). */
export function withUnbrokenIds(text: string): ReactNode {
  return keepWhole(text, ID);
}
