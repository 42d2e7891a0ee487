import { useEffect, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { StepDialog, StepDialogSteps, useStepNavigation } from '../../../../components/ui/step-dialog';
import { wizardMessages } from '../../messages/wizard';
import { tokenStepLabels } from '../wizard/token-step-labels';
import { useSummaryStep } from '../wizard/wizard-summary';
import type { OrphanedSecret, SecretHandover } from './secret-handover';

/**
 * Drawn at the module's root: shows, wherever the user now is in the module, the outcome of a request whose
 * screen was left while it ran (one at a time), and tells the hand-over when the module goes.
 */
export function SecretHandoverHost({ handover }: { handover: SecretHandover }) {
  useEffect(() => handover.attach(), [handover]);
  const orphan = useSyncExternalStore(handover.subscribe, handover.current, handover.current);
  if (!orphan) return null;
  return <OrphanedSummary key={orphan.key} orphan={orphan} onDone={() => handover.dismiss(orphan)} />;
}

/** The same Summary the wizard ends with, in a dialog of its own: held until the user lets go of the secret. */
function OrphanedSummary({ orphan, onDone }: { orphan: OrphanedSecret; onDone: () => void }) {
  const navigate = useNavigate();
  const navigation = useStepNavigation<'summary'>('summary');
  const summary = useSummaryStep(orphan.token, orphan.secret, (id) => {
    onDone();
    void navigate(orphan.detailsPath(id));
  });
  return (
    <StepDialog title={orphan.title} onClose={onDone} closeLabel={wizardMessages.close}>
      <StepDialogSteps steps={[summary]} navigation={navigation} labels={tokenStepLabels} />
    </StepDialog>
  );
}
