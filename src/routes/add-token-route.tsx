import { useEffect } from 'react';
import { useServices } from '../lib/services';
import { commonMessages } from '../messages/common';
import { useHandoverOnScreen } from '../features/api-tokens/components/secret-handover/secret-handover';
import { AddTokenWizard } from '../features/api-tokens/components/wizard/add-token-wizard';
import { wizardMessages } from '../features/api-tokens/messages/wizard';

export default function AddTokenRoute() {
  const { title } = useServices();
  // Over the grid: closing the dialog gives the page the grid's title back (the grid, drawn all along, says nothing).
  useEffect(() => {
    title?.(wizardMessages.addPageTitle);
    return () => title?.(commonMessages.moduleTitle);
  }, [title]);
  // A new secret the module shows because its wizard was left stays in front: this wizard opens once it is let go.
  return useHandoverOnScreen() ? null : <AddTokenWizard />;
}
