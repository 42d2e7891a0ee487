import { useQuery } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../../components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '../../../../components/ui/dialog';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { InfoIcon } from '../../../../components/ui/icons/info';
import { Skeleton } from '../../../../components/ui/skeleton';
import { Stepper } from '../../../../components/ui/stepper';
import { VisuallyHidden } from '../../../../components/ui/theme';
import { safeImageUrl } from '../../../../lib/safe-url';
import { useApiClient, useServices } from '../../../../lib/services';
import { wizardMessages as m } from '../../../../messages/wizard';
import { useCreateApiToken } from '../../api/create-token';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import type { DetailLocationState } from '../detail/grid-return';
import { applyServerFieldErrors } from '../token-form/server-field-errors';
import { TokenGeneralFields } from '../token-form/token-general-fields';
import { TokenModulesField } from '../token-form/token-modules-field';
import {
  EMPTY_TOKEN_FORM,
  checkLogoFile,
  hasUnsavedInput,
  normalizeDescription,
  stepOfField,
  tokenToFormValues,
  type TokenFormField,
  type TokenFormValues,
} from '../token-form/token-form-schema';
import { DiscardChangesDialog } from './discard-changes-dialog';
import { useTokenForm } from './use-token-form';
import { WizardOverview } from './wizard-overview';
import { WizardSummary } from './wizard-summary';
import styles from './token-dialog.module.css';

/** Search parameter naming the token the wizard is prefilled from ("Duplicate"). */
export const DUPLICATE_PARAM = 'from';

type WizardStep = 'general' | 'modules' | 'overview' | 'summary';
const STEPS: readonly WizardStep[] = ['general', 'modules', 'overview', 'summary'];

/**
 * The Add API token wizard, drawn over the grid by the `new` route. The grid's search parameters stay in the
 * URL while it is open, so closing returns to exactly the same grid view; `?from=TKN-…` prefills it from a
 * token (Duplicate).
 */
export function AddTokenWizard() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const client = useApiClient();
  const fromId = searchParams.get(DUPLICATE_PARAM);

  const gridSearch = useMemo(() => {
    const params = new URLSearchParams(searchParams);
    params.delete(DUPLICATE_PARAM);
    const text = params.toString();
    return text ? `?${text}` : '';
  }, [searchParams]);

  // Replace, not push: after closing, Back leads to the grid the wizard was opened from, not to a blank wizard.
  const close = useCallback(
    () => navigate({ pathname: '..', search: gridSearch }, { replace: true }),
    [navigate, gridSearch],
  );
  // The detail page's back arrow returns to the grid view recorded here.
  const openToken = useCallback(
    (id: string) => {
      const state: DetailLocationState = { gridSearch };
      navigate(`../${encodeURIComponent(id)}`, { replace: true, state });
    },
    [navigate, gridSearch],
  );
  const startBlank = useCallback(
    () => navigate({ pathname: '.', search: gridSearch }, { replace: true }),
    [navigate, gridSearch],
  );

  const source = useQuery({ ...apiTokenQueries.detail(client, fromId ?? ''), enabled: fromId !== null });
  const copiedLogo = useCopiedLogo(fromId !== null ? source.data : undefined);

  if (fromId !== null) {
    if (source.isError) {
      return (
        <WizardMessageDialog onClose={close}>
          <ErrorPanel
            error={source.error}
            title={m.duplicate.loadFailed}
            onRetry={() => void source.refetch()}
            retrying={source.isFetching}
          >
            <p>
              <Button variant="secondary" size="sm" onClick={startBlank}>
                {m.duplicate.startBlank}
              </Button>
            </p>
          </ErrorPanel>
        </WizardMessageDialog>
      );
    }
    if (!source.data || copiedLogo.pending) {
      return (
        <WizardMessageDialog onClose={close}>
          <div className={styles.center} role="status" aria-label={m.duplicate.loading}>
            <Skeleton width="40%" height={20} />
            <Skeleton width="100%" height={38} />
            <Skeleton width="100%" height={112} />
          </div>
        </WizardMessageDialog>
      );
    }
  }

  const sourceToken = fromId !== null ? source.data : undefined;
  const initialValues: TokenFormValues = sourceToken
    ? {
        ...tokenToFormValues(sourceToken),
        name: m.duplicate.copyName(sourceToken.name ?? ''),
        logo: copiedLogo.file ? { kind: 'file', file: copiedLogo.file } : null,
      }
    : EMPTY_TOKEN_FORM;

  return (
    <AddTokenWizardForm
      key={fromId ?? ''}
      initialValues={initialValues}
      sourceToken={sourceToken}
      logoCopyFailed={copiedLogo.failed}
      onClose={close}
      onViewDetails={openToken}
    />
  );
}

/**
 * A duplicated token's logo, fetched and turned into a file so the copy gets its own logo (sent like a logo
 * the user picked) instead of pointing at the original's, which goes away with it.
 */
function useCopiedLogo(token: ApiToken | undefined): {
  pending: boolean;
  file: File | null;
  failed: boolean;
} {
  const { apiBaseUrl } = useServices();
  const url = token?.icon ? (safeImageUrl(token.icon, apiBaseUrl) ?? null) : null;
  const [result, setResult] = useState<{ url: string; file: File | null } | null>(null);

  useEffect(() => {
    if (!url) return undefined;
    const controller = new AbortController();
    const baseName = (token?.id ?? 'logo').toLowerCase();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        const extension = type === 'image/png' ? '.png' : type === 'image/jpeg' ? '.jpg' : '';
        const file = new File([await response.arrayBuffer()], `${baseName}-logo${extension}`, { type });
        setResult({ url, file: checkLogoFile(file) ? null : file });
      })
      .catch(() => {
        if (!controller.signal.aborted) setResult({ url, file: null });
      });
    return () => controller.abort();
  }, [url, token?.id]);

  if (!url) return { pending: false, file: null, failed: false };
  if (result?.url !== url) return { pending: true, file: null, failed: false };
  return { pending: false, file: result.file, failed: result.file === null };
}

/** The wizard's frame while there is no form yet (loading the token to duplicate, or failing to). */
function WizardMessageDialog({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())} title={m.addTitle} size="lg">
      <DialogBody>{children}</DialogBody>
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {m.close}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}

interface AddTokenWizardFormProps {
  initialValues: TokenFormValues;
  sourceToken?: ApiToken | undefined;
  logoCopyFailed: boolean;
  onClose: () => void;
  onViewDetails: (id: string) => void;
}

function AddTokenWizardForm({
  initialValues,
  sourceToken,
  logoCopyFailed,
  onClose,
  onViewDetails,
}: AddTokenWizardFormProps) {
  const { accountId } = useServices();
  // What "unsaved input" is measured against: the blank form, or the prefilled copy as it was offered.
  const [initial] = useState(initialValues);
  const { form, validate, setScope } = useTokenForm(initial);
  const [step, setStep] = useState<WizardStep>('general');
  const [furthest, setFurthest] = useState(0);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  // The secret lives here and only here; it goes when this component unmounts (Close or View details).
  const [secret, setSecret] = useState<string | null>(null);
  const [created, setCreated] = useState<ApiToken | null>(null);

  // One request per Add, whatever the number of clicks or Enter presses; also keeps Next from skipping a step.
  const busy = useRef(false);
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const focusAfterStep = useRef<TokenFormField | 'heading' | null>(null);

  const create = useCreateApiToken({ onSecret: (value) => setSecret(value) });

  const goTo = useCallback(
    (next: WizardStep, focus: TokenFormField | 'heading' = 'heading') => {
      setScope(next === 'general' || next === 'modules' ? next : 'all');
      focusAfterStep.current = focus;
      setStep(next);
      setFurthest((current) => Math.max(current, STEPS.indexOf(next)));
    },
    [setScope],
  );

  useEffect(() => {
    const target = focusAfterStep.current;
    focusAfterStep.current = null;
    if (target === 'heading') headingRef.current?.focus();
    else if (target) form.setFocus(target);
  }, [step, form]);

  const add = async () => {
    const result = await validate('all');
    if (!result.ok) {
      if (result.field) goTo(stepOfField(result.field), result.field);
      return;
    }
    const { values } = result;
    setSubmitError(null);
    try {
      const token = await create.mutateAsync({
        name: values.name.trim(),
        description: normalizeDescription(values.description),
        moduleIds: values.moduleIds,
        icon: values.logo?.kind === 'file' ? values.logo.file : undefined,
        accountId,
      });
      setCreated(token);
      goTo('summary');
    } catch (error) {
      setSubmitError(error);
      const target = applyServerFieldErrors(error, form.setError);
      if (target) goTo(target.step, target.field);
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current || created) return;
    busy.current = true;
    try {
      if (step === 'general' || step === 'modules') {
        const result = await validate(step);
        if (result.ok) goTo(step === 'general' ? 'modules' : 'overview');
      } else if (step === 'overview') {
        await add();
      }
    } finally {
      busy.current = false;
    }
  };

  const requestClose = () => {
    // Leaving mid-request would lose the secret of a token that is being created.
    if (create.isPending) return;
    if (!created && hasUnsavedInput(initial, form.getValues())) setConfirmDiscard(true);
    else onClose();
  };

  const index = STEPS.indexOf(step);
  const steps = STEPS.map((id, i) => ({ id, label: m.steps[id], complete: i !== index && i < furthest }));

  return (
    <>
      <Dialog
        open
        onOpenChange={(open) => (open ? undefined : requestClose())}
        title={m.addTitle}
        size="lg"
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          form.setFocus('name');
        }}
        // A stray click beside the dialog must not throw away the only view of the secret.
        onInteractOutside={(event) => (created || create.isPending ? event.preventDefault() : undefined)}
      >
        <FormProvider {...form}>
          <form className={styles.form} onSubmit={onSubmit} noValidate>
            <DialogBody className={styles.layout}>
              <div className={styles.aside}>
                <Stepper label={m.stepsLabel} steps={steps} currentId={step} completeLabel={m.stepDone} />
              </div>
              <section className={styles.main} aria-labelledby={titleId}>
                <h3 id={titleId} ref={headingRef} tabIndex={-1} className={styles.stepTitle}>
                  <VisuallyHidden>{`${m.stepOf(index + 1, STEPS.length)}: `}</VisuallyHidden>
                  {step === 'summary' ? m.summary.title : m.steps[step]}
                </h3>
                {submitError && step !== 'summary' ? (
                  <div className={styles.errorSlot}>
                    <ErrorPanel error={submitError} title={m.createFailed} />
                  </div>
                ) : null}
                {step === 'general' ? (
                  <>
                    {sourceToken ? (
                      <p className={styles.notice}>
                        <InfoIcon />
                        <span>
                          {m.duplicate.intro(sourceToken.name ?? sourceToken.id ?? '')}
                          {logoCopyFailed ? ` ${m.logo.copyFailed}` : ''}
                        </span>
                      </p>
                    ) : null}
                    <TokenGeneralFields />
                  </>
                ) : null}
                {step === 'modules' ? <TokenModulesField knownModules={sourceToken?.modules} /> : null}
                {step === 'overview' ? (
                  <OverviewStep onEdit={(target) => goTo(target)} knownModules={sourceToken?.modules} />
                ) : null}
                {step === 'summary' && created ? <WizardSummary token={created} secret={secret} /> : null}
              </section>
            </DialogBody>
            <DialogFooter
              start={
                step === 'summary' ? null : (
                  <Button
                    variant="link"
                    className={styles.closeButton}
                    onClick={requestClose}
                    aria-disabled={create.isPending || undefined}
                  >
                    {m.close}
                  </Button>
                )
              }
            >
              <span className={styles.status} role="status">
                {create.isPending ? m.creating : ''}
              </span>
              {step === 'summary' ? (
                <>
                  <Button variant="secondary" onClick={() => created?.id && onViewDetails(created.id)}>
                    {m.viewDetails}
                  </Button>
                  <Button variant="primary" onClick={onClose}>
                    {m.close}
                  </Button>
                </>
              ) : (
                <>
                  <Button
                    variant="secondary"
                    disabled={step === 'general' || create.isPending}
                    onClick={() => goTo(STEPS[index - 1] ?? 'general')}
                  >
                    {m.back}
                  </Button>
                  <Button type="submit" variant="primary" busy={create.isPending}>
                    {step === 'overview' ? m.add : m.next}
                  </Button>
                </>
              )}
            </DialogFooter>
          </form>
        </FormProvider>
      </Dialog>
      <DiscardChangesDialog open={confirmDiscard} onOpenChange={setConfirmDiscard} onDiscard={onClose} />
    </>
  );
}

function OverviewStep({
  onEdit,
  knownModules,
}: {
  onEdit: (step: 'general' | 'modules') => void;
  knownModules?: ApiToken['modules'];
}) {
  const values = useWatch<TokenFormValues>() as TokenFormValues;
  return <WizardOverview values={values} onEdit={onEdit} knownModules={knownModules} />;
}
