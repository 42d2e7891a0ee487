import type { StepDialogStepsProps } from '../../../../components/ui/step-dialog';
import { wizardMessages } from '../../messages/wizard';

/** The words the Add wizard and the Edit dialog share: Close, the step list, the discard question. */
export const tokenStepLabels = {
  get close() {
    return wizardMessages.close;
  },
  get stepList() {
    return wizardMessages.stepsLabel;
  },
  get stepComplete() {
    return wizardMessages.stepDone;
  },
  get stepInvalid() {
    return wizardMessages.stepHasErrors;
  },
  get discard() {
    return wizardMessages.discard;
  },
} satisfies StepDialogStepsProps<string>['labels'];
