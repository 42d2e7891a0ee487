import type { StepDialogStepsProps } from '../../../../components/ui/step-dialog';
import { wizardMessages } from '../../messages/wizard';

/** The words the Add wizard and the Edit dialog share: Close, the step list, the discard question. */
export const tokenStepLabels = {
  close: wizardMessages.close,
  stepList: wizardMessages.stepsLabel,
  stepComplete: wizardMessages.stepDone,
  stepInvalid: wizardMessages.stepHasErrors,
  discard: wizardMessages.discard,
} satisfies StepDialogStepsProps<string>['labels'];
