import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { Button } from '../../../../components/ui/button';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { InfoIcon } from '../../../../components/ui/icons/info';
import {
  StepDialog,
  StepDialogSteps,
  useStepNavigation,
  type StepDialogStep,
} from '../../../../components/ui/step-dialog';

import { isApiError } from '../../../../lib/api-error';
import { fieldErrorsOf } from '../../../../lib/field-errors';
import { writeOutcomeUnknown, writeRetryCanHelp } from '../../../../lib/write-outcome';
import { nameInText } from '../../../../lib/name-in-text';
import { shortenTo } from '../../../../lib/shorten';
import { characterCount } from '../../../../lib/text';
import { useApiClient, useServices } from '../../../../lib/services';
import { rotateMessages } from '../../messages/rotate';
import { wizardMessages } from '../../messages/wizard';
import { useCreateApiToken } from '../../api/create-token';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import { withUnbrokenIds } from '../actions/unbroken-ids';
import { useSecretHandover } from '../secret-handover/secret-handover';
import { applyServerFieldErrors } from '../token-form/server-field-errors';
import { TokenGeneralFields } from '../token-form/token-general-fields';
import {
  hasUnsavedInput,
  MAX_DESCRIPTION_LENGTH,
  normalizeDescription,
  normalizeName,
  type TokenFormValues,
} from '../token-form/token-form-schema';
import { existingNameNote } from '../wizard/existing-name-note';
import { tokenStepLabels } from '../wizard/token-step-labels';
import { useDuplicateSource } from '../wizard/use-duplicate-source';
import { useExistingName } from '../wizard/use-existing-name';
import { useTokenForm } from '../wizard/use-token-form';
import { WizardSummary } from '../wizard/wizard-summary';
import {
  NO_RETIRE_FAILURES,
  RetireOldToken,
  type RetireAction,
  type RetireFailures,
} from './retire-old-token';
import { withModuleNames } from './refused-modules';
import { ModulesLeftOutNotice, useModuleCheck, useModulesLeftOut } from './modules-left-out';
import styles from './rotate.module.css';

type RotateStep = 'explain' | 'secret' | 'retire';

/** A line a rotation wrote into a description; a token rotated again names only the token it replaces now. */
const REPLACES_LINE = /^Replaces TKN-\d{4}-\d{4}\s*$/gim;

/** The new token's description: which token it replaces, then the old token's own description. */
export function rotatedDescription(old: ApiToken): string {
  const own = (old.description ?? '').replace(REPLACES_LINE, '').trim();
  const line = rotateMessages.replacesLine(old.id ?? '');
  // The old description may fill the limit: it gives way to the line, so the prefilled text can be saved as it is.
  return own ? `${line}\n${shortenTo(own, MAX_DESCRIPTION_LENGTH - characterCount(line) - 1)}` : line;
}

/** A 400 naming the modules sent: the API refused a module of the old token that the account no longer offers. */
function refusesModules(error: unknown): boolean {
  return isApiError(error) && error.status === 400 && !!fieldErrorsOf(error).modules?.length;
}

/**
 * Rotate API token (docs/product-rules.md, 'Rotate a token'): what will happen and the new token's name and
 * description → the new token's secret, shown once → retiring the old token. Built on the step dialog; the old
 * token is loaded in full (modules, logo) first, as Duplicate does.
 */
export function RotateTokenDialog({
  token,
  onClose,
  onOldDeleted,
  detailsPath,
}: {
  token: ApiToken;
  onClose: () => void;
  /** Called after the dialog has closed if its last step deleted the old token (whose page may be behind it). */
  onOldDeleted?: (() => void) | undefined;
  /** The absolute path of a token's page: View details, should the new secret be shown after this dialog has gone. */
  detailsPath: (tokenId: string) => string;
}) {
  const source = useDuplicateSource(token.id ?? null);
  const { query } = source;
  const failure = query.isError ? (
    <ErrorPanel
      error={query.error}
      title={rotateMessages.loadFailed}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  ) : undefined;
  const old = source.token;
  // Set by every close the user chose (Close, Escape, a discard confirmed): a secret on screen goes with it then.
  const closedOnPurpose = useRef(false);
  const oldDeleted = useRef(false);
  return (
    <StepDialog
      title={rotateMessages.title}
      description={withUnbrokenIds(
        [token.name && nameInText(token.name), token.id].filter(Boolean).join(' · '),
      )}
      onClose={() => {
        closedOnPurpose.current = true;
        onClose();
        if (oldDeleted.current) onOldDeleted?.();
      }}
      closeLabel={wizardMessages.close}
      loading={{ label: rotateMessages.loading, slow: rotateMessages.slow, failure }}
    >
      {source.ready && old ? (
        <RotateSteps
          old={old}
          initialValues={{
            ...source.initialValues,
            name: old.name ?? '',
            description: rotatedDescription(old),
          }}
          logoCopyFailed={source.logoCopyFailed}
          detailsPath={detailsPath}
          closedOnPurpose={() => closedOnPurpose.current}
          onOldDeleted={() => (oldDeleted.current = true)}
        />
      ) : null}
    </StepDialog>
  );
}

function RotateSteps({
  old,
  initialValues,
  logoCopyFailed,
  detailsPath,
  closedOnPurpose,
  onOldDeleted,
}: {
  old: ApiToken;
  initialValues: TokenFormValues;
  logoCopyFailed: boolean;
  detailsPath: (tokenId: string) => string;
  closedOnPurpose: () => boolean;
  onOldDeleted: () => void;
}) {
  const { accountId } = useServices();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const oldId = old.id ?? '';
  const [initial] = useState(initialValues);
  const { form, validate } = useTokenForm(initial, 'general');
  // Modules the account no longer offers stay behind, said before Create; a token needs at least one. While the
  // account's module list is checked, the step says so and Create waits (it could send a module the API would
  // refuse); the name and the description can be edited meanwhile. A check that takes long or fails holds nothing:
  // the API's refusal of a module is named as such.
  const moduleCheck = useModuleCheck();
  const checkingId = useId();
  const leftOut = useModulesLeftOut(old);
  const carried = initial.moduleIds.filter((id) => !leftOut.some((module) => module.id === id));
  const noneLeft = carried.length === 0 && leftOut.length > 0;
  // The same hint as the Add wizard's. The new token starts with the old one's name, which is meant: the hint speaks
  // only of a name typed here, and never of the old token.
  const nameCheck = useExistingName(useWatch({ control: form.control, name: 'name' }), {
    id: oldId,
    name: initial.name,
  });
  const navigation = useStepNavigation<RotateStep>('explain');
  const { current: step, goTo } = navigation;
  // Once taken from the hand-over, the new secret lives here and only here, until the dialog closes: Back from the
  // last step shows it again.
  const [secret, setSecret] = useState<string | null>(null);
  const [created, setCreated] = useState<ApiToken | null>(null);
  const [copied, setCopied] = useState(false);
  const [createError, setCreateError] = useState<unknown>(null);
  // What became of the old token on the last step: nothing yet, disabled, or deleted.
  const [retired, setRetired] = useState<RetireAction | null>(null);
  const [retireFailures, setRetireFailures] = useState<RetireFailures>(NO_RETIRE_FAILURES);
  // Found gone rather than deleted here with an answer: closing is then as after a delete (the old token's page,
  // should the dialog have been opened there, has nothing left to show).
  const [oldIsGone, setOldIsGone] = useState(false);
  const oldGone = () => {
    setOldIsGone(true);
    onOldDeleted();
  };
  // The create in flight outlives this dialog: if the user leaves the screen (Back, a link, the host navigating),
  // the module shows the new secret wherever the user is (docs/product-rules.md, 'The secret').
  const handover = useSecretHandover(closedOnPurpose);
  const create = useCreateApiToken({ onSecret: (value, token) => handover.current()?.deliver(token, value) });
  // Nothing left to lose once the value was copied, or when the server sent none.
  const secretSafe = copied || !secret;

  const createNew = async () => {
    const result = await validate('general');
    if (!result.ok) return;
    const { values } = result;
    setCreateError(null);
    const name = normalizeName(values.name);
    const ticket = handover.begin({ title: rotateMessages.title, detailsPath });
    try {
      const token = await create.mutateAsync({
        name,
        description: normalizeDescription(values.description),
        moduleIds: carried,
        icon: values.logo?.kind === 'file' ? values.logo.file : undefined,
        accountId,
      });
      // Without a secret in the answer, the token alone is the outcome.
      ticket.deliver(token, null);
      // Null once this dialog has gone: the module shows the secret instead.
      const outcome = ticket.take();
      if (!outcome) return;
      setSecret(outcome.secret);
      setCreated(outcome.token);
      goTo('secret');
    } catch (error) {
      ticket.fail(name, error);
      setCreateError(error);
      // The account's modules are read again: one it no longer offers is then named above, and left out next time.
      if (refusesModules(error))
        void queryClient.invalidateQueries({ queryKey: apiTokenQueries.modules(client).queryKey });
      const target = applyServerFieldErrors(error, form.setError);
      if (target?.step === 'general') form.setFocus(target.field);
    }
  };

  const newId = created?.id ?? '';
  const steps: StepDialogStep<RotateStep>[] = [
    {
      id: 'explain',
      label: rotateMessages.steps.explain,
      complete: created !== null,
      content: (
        <>
          <div className={styles.intro}>
            <p>{withUnbrokenIds(rotateMessages.explain.intro(old.name ?? '', oldId))}</p>
            <p>{rotateMessages.explain.oldKeepsWorking}</p>
            <p>{rotateMessages.explain.editHint}</p>
          </div>
          {logoCopyFailed ? (
            <p className={styles.notice}>
              <InfoIcon />
              <span>{rotateMessages.explain.logoCopyFailed}</span>
            </p>
          ) : null}
          <ModulesLeftOutNotice
            leftOut={leftOut}
            noneLeft={noneLeft}
            check={moduleCheck}
            checkingId={checkingId}
          />
          <TokenGeneralFields
            withLogo={false}
            nameNote={existingNameNote(nameCheck)}
            inheritedName={{ name: initial.name, kept: false }}
          />
        </>
      ),
      // A refusal that would come again (no permission) leaves nothing to create: Close stays.
      action: {
        label: rotateMessages.explain.create,
        run: createNew,
        withdrawn: noneLeft || !writeRetryCanHelp(createError),
        unavailable: moduleCheck.state === 'checking' ? { reasonId: checkingId } : undefined,
        // Going ahead without the check: what Create then does is said beside it.
        describedBy: moduleCheck.state === 'slow' || moduleCheck.state === 'failed' ? checkingId : undefined,
      },
    },
    {
      id: 'secret',
      label: rotateMessages.steps.secret,
      complete: step === 'retire',
      content: created ? (
        <div className={styles.stack}>
          <WizardSummary
            token={created}
            secret={secret}
            onCopied={() => {
              setCopied(true);
              handover.release();
            }}
          />
          <p className={styles.muted}>{withUnbrokenIds(rotateMessages.secret.intro(newId, oldId))}</p>
        </div>
      ) : null,
      // As the wizard's Summary: Escape and a click beside the dialog never dismiss the only view of the secret.
      keepOnOutsideClick: true,
      closeGuard: (reason) => reason === 'close-button' && secretSafe,
      closeQuestion: rotateMessages.notCopied,
      action: { label: rotateMessages.secret.next, run: () => goTo('retire') },
    },
    {
      id: 'retire',
      label: rotateMessages.steps.retire,
      content: created ? (
        <RetireOldToken
          old={old}
          created={created}
          retired={retired}
          onRetired={(action) => {
            setRetired(action);
            if (action === 'delete') onOldDeleted();
          }}
          failures={retireFailures}
          onFailures={setRetireFailures}
          onGone={oldGone}
        />
      ) : null,
      keepOnOutsideClick: !secretSafe,
      // Until the value is copied, the last step still asks before the dialog (and with it the value) goes.
      closeGuard: () => secretSafe,
      closeQuestion: rotateMessages.notCopied,
      footer: (close) => (
        <>
          <Button variant="secondary" onClick={() => goTo('secret')}>
            {rotateMessages.retire.back}
          </Button>
          <Button variant="primary" onClick={close}>
            {retired || oldIsGone ? rotateMessages.retire.done : rotateMessages.retire.keep}
          </Button>
        </>
      ),
    },
  ];

  const unknownOutcome = writeOutcomeUnknown(createError);
  const modulesRefused = refusesModules(createError);
  return (
    <FormProvider {...form}>
      <StepDialogSteps
        steps={steps}
        navigation={navigation}
        initialFocus={() => form.setFocus('name')}
        busy={create.isPending}
        busyLabel={rotateMessages.explain.creating}
        isDirty={() => !created && hasUnsavedInput(initial, form.getValues())}
        alert={
          createError && step === 'explain' ? (
            <ErrorPanel
              error={
                modulesRefused && isApiError(createError) ? withModuleNames(createError, old) : createError
              }
              title={
                unknownOutcome
                  ? rotateMessages.createUnknown
                  : modulesRefused
                    ? rotateMessages.createModulesRefused
                    : rotateMessages.createFailed
              }
            >
              <p>
                {unknownOutcome
                  ? rotateMessages.createUnknownState(oldId)
                  : modulesRefused
                    ? rotateMessages.createModulesRefusedState(oldId)
                    : writeRetryCanHelp(createError)
                      ? rotateMessages.createFailedState(oldId)
                      : rotateMessages.createRefusedState(oldId)}
              </p>
            </ErrorPanel>
          ) : null
        }
        labels={{ ...tokenStepLabels, stepOf: wizardMessages.stepOf }}
      />
    </FormProvider>
  );
}
