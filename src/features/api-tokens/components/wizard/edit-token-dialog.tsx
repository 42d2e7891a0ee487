import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import {
  StepDialog,
  StepDialogSteps,
  useStepNavigation,
  type StepActionContext,
  type StepDialogStep,
} from '../../../../components/ui/step-dialog';
import { useStillMounted } from '../../../../hooks/use-still-mounted';
import { describeError } from '../../../../lib/error-message';
import { writeOutcomeUnknown, writeRetryCanHelp } from '../../../../lib/write-outcome';
import { nameInText } from '../../../../lib/name-in-text';
import { useApiClient, useServices } from '../../../../lib/services';
import { wizardMessages } from '../../messages/wizard';
import { withUnbrokenIds } from '../actions/unbroken-ids';
import { apiTokenQueries } from '../../api/queries';
import { lastReadAt, useReadAgain } from '../../api/read-again';
import type { ApiToken, UpdateApiTokenInput } from '../../api/types';
import { changesShown, useUpdateApiToken } from '../../api/update-token';
import { applyServerFieldErrors } from '../token-form/server-field-errors';
import { TokenGeneralFields } from '../token-form/token-general-fields';
import { TokenModulesField } from '../token-form/token-modules-field';
import {
  STEP_FIELDS,
  changedFields,
  hasUnsavedInput,
  normalizeName,
  stepOfField,
  tokenToFormValues,
  type TokenFormStep,
  type TokenFormValues,
} from '../token-form/token-form-schema';
import { existingNameNote } from './existing-name-note';
import { tokenStepLabels } from './token-step-labels';
import { useExistingName } from './use-existing-name';
import { useTokenForm } from './use-token-form';
import { WRITE_STOPPED, WriteOutcomeAlert } from './write-outcome-alert';
import styles from './token-dialog.module.css';

export interface EditTokenDialogProps {
  /** The token as the caller has it (a grid row or the detail); the dialog loads the full token itself. */
  token: ApiToken;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Edit API token: General and Modules, reachable in any order from the step list, and Save (a PUT with only
 * the fields that changed). Closes itself after a successful save and says so through the host's notify.
 */
export function EditTokenDialog({ token, open, onOpenChange }: EditTokenDialogProps) {
  const client = useApiClient();
  const id = token.id ?? '';
  // A list row may lack modules or audit; the edit always starts from the token as the server has it now.
  const detail = useQuery({ ...apiTokenQueries.detail(client, id), enabled: open && id !== '' });
  // Fetched up front so the Modules step is ready whenever the user (or a server error) goes there.
  useQuery({ ...apiTokenQueries.modules(client), enabled: open });
  const close = useCallback(() => onOpenChange(false), [onOpenChange]);

  if (!open) return null;
  const failure = detail.isError ? (
    <ErrorPanel
      error={detail.error}
      title={wizardMessages.editDialog.loadFailed}
      onRetry={() => void detail.refetch()}
      retrying={detail.isFetching}
    />
  ) : undefined;
  return (
    <StepDialog
      title={wizardMessages.editTitle}
      description={describeToken(detail.data ?? token)}
      onClose={close}
      closeLabel={wizardMessages.close}
      loading={{ label: wizardMessages.editDialog.loading, slow: wizardMessages.editDialog.slow, failure }}
    >
      {detail.data ? <EditTokenSteps key={id} token={detail.data} onClose={close} /> : null}
    </StepDialog>
  );
}

function describeToken(token: ApiToken): ReactNode {
  return withUnbrokenIds([token.name && nameInText(token.name), token.id].filter(Boolean).join(' · '));
}

/** A save that got no answer: what was sent, and when the token was last read as that came. */
interface Unanswered {
  changes: UpdateApiTokenInput;
  values: TokenFormValues;
  since: number;
}

const text = wizardMessages.editDialog;

function EditTokenSteps({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const { notify, client } = useServices();
  const queryClient = useQueryClient();
  const tokenId = token.id ?? '';
  // Fixed when the dialog opens: a background refetch must not overwrite what the user is typing.
  const [initial] = useState<TokenFormValues>(() => tokenToFormValues(token));
  // Save checks every field, so re-validation while typing looks at everything too. The saved name, kept, is not
  // sent (only changed fields are), so a hidden character in it is no reason to refuse other changes.
  const { form, validate } = useTokenForm(initial, 'all', initial.name);
  const mountedNow = useStillMounted();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [unanswered, setUnanswered] = useState<Unanswered | null>(null);
  // The token is read again after a save without an answer (the mutation asks for it); once that read shows what
  // was sent, or shows it missing, the outcome is known.
  const read = useReadAgain(tokenId, unanswered?.since ?? null);
  const shown =
    unanswered && read.kind === 'read'
      ? changesShown(unanswered.changes, read.token, initial.logo?.kind === 'url' ? initial.logo.url : null)
      : 'cannot tell';
  // The user's own Cancel: what the read shows is said in its words, not as "no answer".
  const stopped = submitError === WRITE_STOPPED;
  const navigation = useStepNavigation<TokenFormStep>('general');
  const { current: step, goTo } = navigation;
  const update = useUpdateApiToken();
  const { errors } = form.formState;
  // The same hint as the Add wizard's, about tokens other than this one.
  const nameCheck = useExistingName(useWatch({ control: form.control, name: 'name' }), {
    id: token.id ?? '',
    name: initial.name,
  });

  const save = async ({ signal }: StepActionContext) => {
    const result = await validate('all');
    if (!result.ok) {
      const { field } = result;
      // On the current step react-hook-form has already moved focus to the field.
      if (field && stepOfField(field) !== step) goTo(stepOfField(field), () => form.setFocus(field));
      return;
    }
    const changes = changedFields(initial, result.values);
    if (Object.keys(changes).length === 0) {
      notify(wizardMessages.nothingChanged, { tone: 'info' });
      onClose();
      return;
    }
    setSubmitError(null);
    setUnanswered(null);
    try {
      const saved = await update.mutateAsync({ id: tokenId, changes, signal });
      notify(wizardMessages.saved(saved.name ?? normalizeName(result.values.name)), { tone: 'success' });
      onClose();
    } catch (error) {
      // Left meanwhile (Back, the portal navigating): no dialog is left to say it, so the notification does.
      if (!mountedNow()) {
        const unknown = writeOutcomeUnknown(error);
        notify(
          unknown
            ? wizardMessages.saveUnknownAfterLeaving(initial.name)
            : wizardMessages.saveFailedAfterLeaving(initial.name, describeError(error)),
          { tone: unknown ? 'warning' : 'error' },
        );
        return;
      }
      // Cancelled or unanswered: the input stays, and the token is read again (the mutation does that).
      if (signal.aborted) {
        setSubmitError(WRITE_STOPPED);
        // The write may have reached the server all the same: the read that follows settles it, as for no answer.
        setUnanswered({ changes, values: result.values, since: lastReadAt(queryClient, client, tokenId) });
        return;
      }
      setSubmitError(error);
      if (writeOutcomeUnknown(error))
        setUnanswered({ changes, values: result.values, since: lastReadAt(queryClient, client, tokenId) });
      const target = applyServerFieldErrors(error, form.setError);
      if (target) goTo(target.step, () => form.setFocus(target.field));
    }
  };

  const steps = (['general', 'modules'] as const).map((id): StepDialogStep<TokenFormStep> => ({
    id,
    label: wizardMessages.steps[id],
    content:
      id === 'general' ? (
        <TokenGeneralFields
          nameNote={existingNameNote(nameCheck)}
          inheritedName={{ name: initial.name, kept: true }}
        />
      ) : (
        <TokenModulesField knownModules={token.modules} accountType={token.account?.type} />
      ),
    invalid: STEP_FIELDS[id].some((field) => errors[field]),
    complete: id !== step,
    // A refusal that would come again (no permission, the token gone) leaves nothing to save: only Close stays;
    // so do changes that turned out saved.
    action: {
      label: wizardMessages.save,
      run: save,
      withdrawn: shown === 'all' || !writeRetryCanHelp(submitError),
    },
  }));

  return (
    <FormProvider {...form}>
      <StepDialogSteps
        steps={steps}
        navigation={navigation}
        selectableSteps
        initialFocus={() => form.setFocus('name')}
        busy={update.isPending}
        busyLabel={wizardMessages.saving}
        cancelBusyLabel={wizardMessages.cancelSaving}
        isDirty={() =>
          hasUnsavedInput(shown === 'all' && unanswered ? unanswered.values : initial, form.getValues())
        }
        alert={
          <>
            {/* There from the start, empty until then: a live region announces what changes in one already there,
                not reliably one added with its text. */}
            <p className={shown === 'all' ? styles.notice : styles.idleStatus} role="status">
              {shown === 'all' ? (stopped ? text.stoppedSavedOnReading : text.savedOnReading) : null}
            </p>
            {shown === 'all' ? null : shown === 'not all' && stopped ? (
              <p className={styles.warning} role="alert">
                {text.stoppedNotSavedOnReading} {text.notSavedNote}
              </p>
            ) : shown === 'not all' ? (
              <ErrorPanel error={submitError} title={text.notSavedOnReading}>
                <p>{text.notSavedNote}</p>
              </ErrorPanel>
            ) : (
              <WriteOutcomeAlert
                error={submitError}
                stopped={text.stopped}
                unknownTitle={text.unknownOutcome}
                unknownNote={text.unknownNote}
                failedTitle={wizardMessages.saveFailed}
              />
            )}
          </>
        }
        labels={tokenStepLabels}
      />
    </FormProvider>
  );
}
