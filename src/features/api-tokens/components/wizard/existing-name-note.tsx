import type { ReactNode } from 'react';
import { FailureNote } from '../../../../components/ui/failure-note';
import { ReasonInSentence } from '../../../../components/ui/reason-in-sentence';
import { wizardMessages } from '../../messages/wizard';
import type { useExistingName } from './use-existing-name';

/**
 * What the name field says about the same-name check, for `TokenGeneralFields`' `nameNote`: the other token, or
 * that the check failed (with Retry), or nothing. Never undefined, so the field's status region is there from the
 * start and a hint that comes later is announced.
 */
export function existingNameNote(check: ReturnType<typeof useExistingName>): ReactNode {
  if (check.existing) return wizardMessages.name.exists(check.existing.name ?? '', check.existing.id ?? '');
  if (check.failure)
    return (
      <FailureNote error={check.failure} onRetry={check.retry}>
        <ReasonInSentence sentence={wizardMessages.name.checkFailed} error={check.failure} />
      </FailureNote>
    );
  return '';
}
