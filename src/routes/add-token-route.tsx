import { useHandoverOnScreen } from '../features/api-tokens/components/secret-handover/secret-handover';
import { AddTokenWizard } from '../features/api-tokens/components/wizard/add-token-wizard';

export default function AddTokenRoute() {
  // A new secret the module shows because its wizard was left stays in front: this wizard opens once it is let go.
  return useHandoverOnScreen() ? null : <AddTokenWizard />;
}
