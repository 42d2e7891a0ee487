import { useEffect, useRef, useState } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useResolvedPath } from 'react-router';
import { Button } from '../../../../components/ui/button';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { InfoIcon } from '../../../../components/ui/icons/info';
import {
  StepDialog,
  StepDialogSteps,
  useStepNavigation,
  type StepActionContext,
  type StepDialogStep,
} from '../../../../components/ui/step-dialog';

import { writeRetryCanHelp } from '../../../../lib/write-outcome';
import { useServices } from '../../../../lib/services';
import { wizardMessages } from '../../messages/wizard';
import { useCreateApiToken } from '../../api/create-token';
import type { ApiToken } from '../../api/types';
import { useSecretHandover } from '../secret-handover/secret-handover';
import { applyServerFieldErrors } from '../token-form/server-field-errors';
import { TokenGeneralFields } from '../token-form/token-general-fields';
import { TokenModulesField } from '../token-form/token-modules-field';
import {
  STEP_FIELDS,
  hasUnsavedInput,
  normalizeDescription,
  normalizeName,
  stepOfField,
} from '../token-form/token-form-schema';
import { tokenStepLabels } from './token-step-labels';
import { existingNameNote } from './existing-name-note';
import { useExistingName } from './use-existing-name';
import { useDuplicateSource, type DuplicateSource } from './use-duplicate-source';
import { useTokenForm } from './use-token-form';
import { useWizardDraft } from './use-wizard-draft';
import { useWizardExits } from './use-wizard-exits';
import { WRITE_STOPPED, WriteOutcomeAlert } from './write-outcome-alert';
import { OverviewStep } from './wizard-overview';
import { useSummaryStep } from './wizard-summary';
import styles from './token-dialog.module.css';

type WizardStep = 'general' | 'modules' | 'overview' | 'summary';
const STEPS: readonly WizardStep[] = ['general', 'modules', 'overview', 'summary'];

/**
 * The Add API token wizard, drawn over the grid by the `new` route. The grid's search parameters stay in the
 * URL while it is open, so closing returns to exactly the same grid view; `?from=TKN-…` prefills it from a
 * token (Duplicate).
 */
export function AddTokenWizard() {
  const { fromId, close, openToken, startBlank, onCreated } = useWizardExits();
  const source = useDuplicateSource(fromId);
  // Set by every close the user chose (Close, Escape, a discard confirmed): then nothing typed is kept.
  const closedOnPurpose = useRef(false);
  const { query } = source;
  const failure = query.isError ? (
    <ErrorPanel
      error={query.error}
      title={wizardMessages.duplicate.loadFailed}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    >
      <p>
        <Button variant="secondary" size="sm" onClick={startBlank}>
          {wizardMessages.duplicate.startBlank}
        </Button>
      </p>
    </ErrorPanel>
  ) : undefined;

  return (
    <StepDialog
      title={wizardMessages.addTitle}
      onClose={() => {
        closedOnPurpose.current = true;
        close();
      }}
      closeLabel={wizardMessages.close}
      loading={{ label: wizardMessages.duplicate.loading, slow: wizardMessages.duplicate.slow, failure }}
    >
      {source.ready ? (
        <AddTokenSteps
          key={fromId ?? ''}
          draftKey={fromId ?? ''}
          source={source}
          onViewDetails={openToken}
          onCreated={onCreated}
          closedOnPurpose={() => closedOnPurpose.current}
        />
      ) : null}
    </StepDialog>
  );
}

function AddTokenSteps({
  draftKey,
  source: { initialValues, token: sourceToken, logoCopyFailed },
  onViewDetails,
  onCreated,
  closedOnPurpose,
}: {
  /** Which wizard a kept draft belongs to: '' for a blank one, else the token it duplicates. */
  draftKey: string;
  source: DuplicateSource;
  onViewDetails: (id: string) => void;
  onCreated: (id: string) => void;
  closedOnPurpose: () => boolean;
}) {
  const { accountId } = useServices();
  // What "unsaved input" is measured against: the blank form, or the prefilled copy as it was offered.
  const [initial] = useState(initialValues);
  const [created, setCreated] = useState<ApiToken | null>(null);
  // What was typed when this wizard was last left by Back or a link (not by Close): it starts from that again.
  const restored = useWizardDraft({
    source: draftKey,
    initial,
    current: () => form.getValues(),
    leftOnPurpose: closedOnPurpose,
    // Sent, or added: the hand-over reports its outcome wherever the user is, and a kept copy could add it twice.
    sent: () => created !== null || create.isPending,
  });
  const [showRestored, setShowRestored] = useState(restored !== null);
  const { form, validate, setScope } = useTokenForm(restored ?? initial);
  // Start over takes away the button that had focus: the name, now empty, gets it once drawn.
  const restoredShown = useRef(showRestored);
  useEffect(() => {
    if (restoredShown.current && !showRestored) form.setFocus('name');
    restoredShown.current = showRestored;
  }, [showRestored, form]);
  const [furthest, setFurthest] = useState(0);
  const [submitError, setSubmitError] = useState<unknown>(null);
  // Once taken from the hand-over, the secret lives here and only here; it goes when this component unmounts
  // (Close or View details).
  const [secret, setSecret] = useState<string | null>(null);
  // The create in flight outlives this component: if the user leaves (Back, a link, the host navigating), the
  // module shows its summary wherever the user is (docs/product-rules.md, 'The secret').
  const handover = useSecretHandover(closedOnPurpose);
  const moduleRoot = useResolvedPath('..').pathname.replace(/\/$/, '');
  const create = useCreateApiToken({ onSecret: (value, token) => handover.current()?.deliver(token, value) });
  const summary = useSummaryStep(created, secret, onViewDetails, () => handover.release());

  const navigation = useStepNavigation<WizardStep>('general', (next) => {
    setScope(next === 'general' || next === 'modules' ? next : 'all');
    setFurthest((current) => Math.max(current, STEPS.indexOf(next)));
  });
  const { current: step, goTo } = navigation;
  const nameCheck = useExistingName(useWatch({ control: form.control, name: 'name' }));

  const next = (from: 'general' | 'modules', to: WizardStep) => async () => {
    const result = await validate(from);
    if (result.ok) goTo(to);
  };

  const add = async ({ signal }: StepActionContext) => {
    const result = await validate('all');
    if (!result.ok) {
      const { field } = result;
      if (field) goTo(stepOfField(field), () => form.setFocus(field));
      return;
    }
    const { values } = result;
    setSubmitError(null);
    const name = normalizeName(values.name);
    const ticket = handover.begin({
      title: wizardMessages.addTitle,
      detailsPath: (id) => `${moduleRoot}/${encodeURIComponent(id)}`,
    });
    try {
      const token = await create.mutateAsync({
        name,
        description: normalizeDescription(values.description),
        moduleIds: values.moduleIds,
        icon: values.logo?.kind === 'file' ? values.logo.file : undefined,
        accountId,
        signal,
      });
      // Without a secret in the answer, the token alone is the outcome.
      ticket.deliver(token, null);
      // Null once this wizard has gone: the module shows the summary instead.
      const outcome = ticket.take();
      if (!outcome) return;
      setSecret(outcome.secret);
      setCreated(outcome.token);
      if (outcome.token.id) onCreated(outcome.token.id);
      goTo('summary');
    } catch (error) {
      ticket.fail(name, error);
      // Cancelled: the POST may have reached the API all the same. The input stays; the grid is read again, and
      // the name hint shows a token by that name if one was added.
      setSubmitError(signal.aborted ? WRITE_STOPPED : error);
      const target = applyServerFieldErrors(error, form.setError);
      if (target) goTo(target.step, () => form.setFocus(target.field));
    }
  };

  const index = STEPS.indexOf(step);
  const steps: StepDialogStep<WizardStep>[] = [
    {
      id: 'general',
      label: wizardMessages.steps.general,
      content: (
        <>
          {showRestored ? (
            <p className={styles.notice} role="status">
              <InfoIcon />
              <span>{wizardMessages.draft.restored}</span>
              <Button
                variant="link"
                className={styles.noticeAction}
                onClick={() => {
                  form.reset(initial);
                  setShowRestored(false);
                }}
              >
                {wizardMessages.draft.startOver}
              </Button>
            </p>
          ) : null}
          {sourceToken ? (
            <p className={styles.notice}>
              <InfoIcon />
              <span>
                {wizardMessages.duplicate.intro(sourceToken.name ?? sourceToken.id ?? '')}
                {logoCopyFailed ? ` ${wizardMessages.logo.copyFailed}` : ''}
              </span>
            </p>
          ) : null}
          <TokenGeneralFields
            nameNote={existingNameNote(nameCheck)}
            inheritedName={sourceToken ? { name: initial.name, kept: false } : undefined}
          />
        </>
      ),
      action: { label: wizardMessages.next, run: next('general', 'modules') },
    },
    {
      id: 'modules',
      label: wizardMessages.steps.modules,
      content: (
        <TokenModulesField knownModules={sourceToken?.modules} accountType={sourceToken?.account?.type} />
      ),
      action: { label: wizardMessages.next, run: next('modules', 'overview') },
    },
    {
      id: 'overview',
      label: wizardMessages.steps.overview,
      content: <OverviewStep onEdit={(target) => goTo(target)} knownModules={sourceToken?.modules} />,
      // A refusal that would come again (no permission) leaves nothing to add: Close and Back stay.
      action: { label: wizardMessages.add, run: add, withdrawn: !writeRetryCanHelp(submitError) },
    },
    summary,
  ];
  // A step whose fields carry a message (the server's, after Add) says so in the step list, as the Edit dialog does.
  const { errors } = form.formState;
  steps.forEach((item, i) => {
    item.complete = i !== index && i < furthest;
    if (item.id === 'general' || item.id === 'modules')
      item.invalid = STEP_FIELDS[item.id].some((field) => errors[field]);
  });

  return (
    <FormProvider {...form}>
      <StepDialogSteps
        steps={steps}
        navigation={navigation}
        initialFocus={() => form.setFocus('name')}
        busy={create.isPending}
        busyLabel={wizardMessages.creating}
        cancelBusyLabel={wizardMessages.cancelCreating}
        isDirty={() => !created && hasUnsavedInput(initial, form.getValues())}
        alert={
          step === 'summary' ? null : (
            <WriteOutcomeAlert
              error={submitError}
              stopped={wizardMessages.createStopped}
              unknownTitle={wizardMessages.createUnknownOutcome}
              unknownNote={wizardMessages.createUnknownNote}
              failedTitle={wizardMessages.createFailed}
            />
          )
        }
        labels={{ ...tokenStepLabels, back: wizardMessages.back, stepOf: wizardMessages.stepOf }}
      />
    </FormProvider>
  );
}
