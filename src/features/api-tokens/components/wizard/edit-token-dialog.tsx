import { useQuery } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type FormEvent,
  type Ref,
} from 'react';
import { FormProvider } from 'react-hook-form';
import { Button } from '../../../../components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '../../../../components/ui/dialog';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { Skeleton } from '../../../../components/ui/skeleton';
import { Stepper } from '../../../../components/ui/stepper';
import { isolateBidi } from '../../../../lib/bidi';
import { useApiClient, useServices } from '../../../../lib/services';
import { wizardMessages as m } from '../../../../messages/wizard';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import { useUpdateApiToken } from '../../api/update-token';
import { applyServerFieldErrors } from '../token-form/server-field-errors';
import { TokenGeneralFields } from '../token-form/token-general-fields';
import { TokenModulesField } from '../token-form/token-modules-field';
import {
  STEP_FIELDS,
  changedFields,
  hasUnsavedInput,
  stepOfField,
  tokenToFormValues,
  type TokenFormField,
  type TokenFormStep,
  type TokenFormValues,
} from '../token-form/token-form-schema';
import { DiscardChangesDialog } from './discard-changes-dialog';
import { useTokenForm } from './use-token-form';
import styles from './token-dialog.module.css';

export interface EditTokenDialogProps {
  /** The token as the caller has it (a grid row or the detail); the dialog loads the full token itself. */
  token: ApiToken;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const EDIT_STEPS: readonly TokenFormStep[] = ['general', 'modules'];

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
  // One dialog from the first frame to the last: the form takes the loading view's place inside it, so focus
  // and assistive technology stay in the same dialog. Once the form is there, closing goes through it.
  const formRef = useRef<EditFormHandle>(null);
  const [openedLoaded] = useState(() => detail.data !== undefined);

  if (!open) return null;
  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (next) return;
        if (formRef.current) formRef.current.requestClose();
        else close();
      }}
      title={m.editTitle}
      description={describeToken(detail.data ?? token)}
      size="lg"
      onOpenAutoFocus={(event) => {
        if (!formRef.current) return;
        event.preventDefault();
        formRef.current.focusFirstField();
      }}
      onInteractOutside={(event) => (formRef.current?.saving() ? event.preventDefault() : undefined)}
    >
      {detail.data ? (
        <EditTokenForm
          key={id}
          ref={formRef}
          token={detail.data}
          onClose={close}
          focusOnMount={!openedLoaded}
        />
      ) : (
        <EditTokenLoading detail={detail} onClose={close} />
      )}
    </Dialog>
  );
}

interface EditFormHandle {
  /** Close, unless a save is running; asks first when something was changed. */
  requestClose: () => void;
  saving: () => boolean;
  focusFirstField: () => void;
}

function EditTokenLoading({
  detail,
  onClose,
}: {
  detail: { isError: boolean; error: unknown; isFetching: boolean; refetch: () => unknown };
  onClose: () => void;
}) {
  return (
    <>
      <DialogBody>
        {detail.isError ? (
          <ErrorPanel
            error={detail.error}
            title={m.editDialog.loadFailed}
            onRetry={() => void detail.refetch()}
            retrying={detail.isFetching}
          />
        ) : (
          <div className={styles.center} role="status" aria-label={m.editDialog.loading}>
            <Skeleton width="40%" height={20} />
            <Skeleton width="100%" height={38} />
            <Skeleton width="100%" height={112} />
          </div>
        )}
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {m.close}
        </Button>
      </DialogFooter>
    </>
  );
}

function describeToken(token: ApiToken): string {
  return [token.name && isolateBidi(token.name), token.id].filter(Boolean).join(' · ');
}

function EditTokenForm({
  token,
  onClose,
  focusOnMount,
  ref,
}: {
  token: ApiToken;
  onClose: () => void;
  /** The form arrived after the dialog opened (it was loading): move focus into it. */
  focusOnMount: boolean;
  ref: Ref<EditFormHandle>;
}) {
  const { notify } = useServices();
  // Fixed when the dialog opens: a background refetch must not overwrite what the user is typing.
  const [initial] = useState<TokenFormValues>(() => tokenToFormValues(token));
  // Save checks every field, so re-validation while typing looks at everything too.
  const { form, validate } = useTokenForm(initial, 'all');
  const [step, setStep] = useState<TokenFormStep>('general');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const busy = useRef(false);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const focusAfterStep = useRef<TokenFormField | 'heading' | null>(null);
  const titleId = useId();
  const update = useUpdateApiToken();
  const { errors } = form.formState;

  const goTo = useCallback((next: TokenFormStep, focus: TokenFormField | 'heading' = 'heading') => {
    focusAfterStep.current = focus;
    setStep(next);
  }, []);

  useEffect(() => {
    const target = focusAfterStep.current;
    focusAfterStep.current = null;
    if (target === 'heading') headingRef.current?.focus();
    else if (target) form.setFocus(target);
  }, [step, form]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    try {
      const result = await validate('all');
      if (!result.ok) {
        if (result.field) {
          const target = stepOfField(result.field);
          // On the current step react-hook-form has already moved focus to the field.
          if (target !== step) goTo(target, result.field);
        }
        return;
      }
      const changes = changedFields(initial, result.values);
      if (Object.keys(changes).length === 0) {
        notify(m.nothingChanged, { tone: 'info' });
        onClose();
        return;
      }
      setSubmitError(null);
      try {
        const saved = await update.mutateAsync({ id: token.id ?? '', changes });
        notify(m.saved(saved.name ?? result.values.name.trim()), { tone: 'success' });
        onClose();
      } catch (error) {
        setSubmitError(error);
        const target = applyServerFieldErrors(error, form.setError);
        if (target) goTo(target.step, target.field);
      }
    } finally {
      busy.current = false;
    }
  };

  const requestClose = () => {
    if (update.isPending) return;
    if (hasUnsavedInput(initial, form.getValues())) setConfirmDiscard(true);
    else onClose();
  };
  useImperativeHandle(ref, () => ({
    requestClose,
    saving: () => update.isPending,
    focusFirstField: () => form.setFocus('name'),
  }));
  useEffect(() => {
    if (focusOnMount) form.setFocus('name');
  }, [focusOnMount, form]);

  const steps = EDIT_STEPS.map((id) => ({
    id,
    label: m.steps[id],
    invalid: STEP_FIELDS[id].some((field) => errors[field]),
    complete: id !== step,
  }));

  return (
    <>
      <FormProvider {...form}>
        <form className={styles.form} onSubmit={onSubmit} noValidate>
          <DialogBody className={styles.layout}>
            <div className={styles.aside}>
              <Stepper
                label={m.stepsLabel}
                steps={steps}
                currentId={step}
                onSelect={(id) => goTo(id as TokenFormStep)}
                completeLabel={m.stepDone}
                invalidLabel={m.stepHasErrors}
              />
            </div>
            <section className={styles.main} aria-labelledby={titleId}>
              <h3 id={titleId} ref={headingRef} tabIndex={-1} className={styles.stepTitle}>
                {m.steps[step]}
              </h3>
              {submitError ? (
                <div className={styles.errorSlot}>
                  <ErrorPanel error={submitError} title={m.saveFailed} />
                </div>
              ) : null}
              {step === 'general' ? (
                <TokenGeneralFields />
              ) : (
                <TokenModulesField knownModules={token.modules} />
              )}
            </section>
          </DialogBody>
          <DialogFooter
            start={
              <Button
                variant="link"
                className={styles.closeButton}
                onClick={requestClose}
                aria-disabled={update.isPending || undefined}
              >
                {m.close}
              </Button>
            }
          >
            <span className={styles.status} role="status">
              {update.isPending ? m.saving : ''}
            </span>
            <Button type="submit" variant="primary" busy={update.isPending}>
              {m.save}
            </Button>
          </DialogFooter>
        </form>
      </FormProvider>
      <DiscardChangesDialog open={confirmDiscard} onOpenChange={setConfirmDiscard} onDiscard={onClose} />
    </>
  );
}
