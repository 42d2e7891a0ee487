import type { StepDialogStepsProps } from '../../../../components/ui/step-dialog';
import { wizardMessages as m } from '../../../../messages/wizard';

/** The words the Add wizard and the Edit dialog share: Close, the step list, the discard question. */
export const tokenStepLabels = {
  close: m.close,
  stepList: m.stepsLabel,
  stepComplete: m.stepDone,
  stepInvalid: m.stepHasErrors,
  discard: m.discard,
} satisfies StepDialogStepsProps<string>['labels'];
