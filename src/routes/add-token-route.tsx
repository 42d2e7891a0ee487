import { AddTokenWizard } from '../features/api-tokens/components/wizard/add-token-wizard';

export default function AddTokenRoute() {
  return <AddTokenWizard />;
}
