import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { CopyButton } from '../../../../components/ui/copy-button';
import { AlertIcon } from '../../../../components/ui/icons/alert';
import { VisuallyHidden } from '../../../../components/ui/theme';
import { useFormatters } from '../../../../hooks/use-formatters';
import { useStillMounted } from '../../../../hooks/use-still-mounted';
import { API_TEXT_LANGUAGE, isApiError } from '../../../../lib/api-error';
import { nameInText } from '../../../../lib/name-in-text';
import { writeOutcomeUnknown, writeRetryCanHelp } from '../../../../lib/write-outcome';
import { describeError, explainError, newDetail } from '../../../../lib/error-message';
import { useServices } from '../../../../lib/services';
import { actionMessages } from '../../messages/actions';
import { commonMessages } from '../../../../messages/common';
import { copyMessages } from '../../../../messages/copy';
import { showsDone, useReadAgainEach } from '../../api/read-again';
import { useBulkTokenStateMutation, type BulkTokenStateResult } from '../../api/state-mutations';
import type { TokenStateAction } from '../../api/token-state';
import type { ApiToken } from '../../api/types';
import { StatusCell } from '../grid/token-cells';
import { tokenLabel } from './token-label';
import styles from './actions.module.css';

export interface BulkStateRequest {
  action: TokenStateAction;
  /** The selected tokens the action is valid for. */
  tokens: ApiToken[];
  /** How many the user selected, valid or not. */
  selectedCount: number;
  onDone?: (() => void) | undefined;
}

const bulkText = actionMessages.bulk;

/** A run's result, with the IDs of the tokens that got no answer, to be read again. */
interface BulkResult extends BulkTokenStateResult {
  readAgain: string[];
}

/**
 * Confirms one action on many tokens, runs it, and either closes with one message ("3 tokens disabled")
 * or stays open listing which tokens failed and why, with a retry for just those.
 */
export function BulkStateDialog({ request, onClose }: { request: BulkStateRequest; onClose: () => void }) {
  const { action, selectedCount, onDone } = request;
  const { notify } = useServices();
  const { number, relative, dateTime } = useFormatters();
  const mutation = useBulkTokenStateMutation();
  const [targets, setTargets] = useState(request.tokens);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submitting = useRef(false);
  const inFlight = useRef<AbortController | null>(null);
  const ran = useRef(false);
  const mountedNow = useStillMounted();

  // A token without an answer is read again; one that read shows done (disabled, gone…) is not failed, and sending
  // it again could only be refused ("already disabled").
  const readAgain = useReadAgainEach(result?.readAgain ?? null);
  const doneOnReading = new Set(
    result?.readAgain.flatMap((id) => {
      const read = readAgain.get(id);
      return read && showsDone(action, read) ? [id] : [];
    }),
  );
  const toSend = result ? targets.filter((token) => !doneOnReading.has(token.id ?? '')) : targets;

  const close = () => {
    onClose();
    // The selection is stale once anything ran; the screen clears it.
    if (ran.current) onDone?.();
  };

  const run = async () => {
    if (submitting.current) return;
    submitting.current = true;
    setError(null);
    setProgress({ done: 0, total: toSend.length });
    const abort = (inFlight.current = new AbortController());
    let outcome: BulkTokenStateResult;
    try {
      outcome = await mutation.mutateAsync({
        action,
        tokens: toSend,
        signal: abort.signal,
        onProgress: (done, total) => {
          if (mountedNow()) setProgress({ done, total });
        },
      });
    } catch (failure) {
      // Only a bug gets here: request failures are part of the result.
      submitting.current = false;
      setProgress(null);
      setError(failure);
      return;
    }
    ran.current = true;
    submitting.current = false;
    setProgress(null);
    const succeeded = outcome.succeeded.length;
    // A retry leaves out what a second try cannot help (no permission, a token gone); those stay listed.
    const failed = [...(result?.failed.filter((f) => !writeRetryCanHelp(f.error)) ?? []), ...outcome.failed];
    // A dialog that stays open says it in its status line (announced): a notification would only repeat it, and on
    // a phone cover the dialog's title. One that closes, or was closed meanwhile (the module left), has the
    // notification say it, failures included.
    if (succeeded > 0 && (failed.length === 0 || !mountedNow()))
      notify(bulkText.success(action, succeeded, number(succeeded)), { tone: 'success' });
    if (failed.length > 0 && !mountedNow()) {
      notify(bulkText.failedAfterLeaving(failureTitle(action, failed, number)), { tone: 'error' });
      return;
    }
    if (failed.length === 0) {
      close();
      return;
    }
    setResult({
      ...outcome,
      failed,
      readAgain: outcome.failed.flatMap(({ token, error }) =>
        token.id && writeOutcomeUnknown(error) ? [token.id] : [],
      ),
    });
    setTargets(failed.filter((f) => writeRetryCanHelp(f.error)).map((f) => f.token));
  };

  // Stops the run; what was not done (or not confirmed) is listed like a failure, with a retry.
  const stop = () => inFlight.current?.abort();
  const tone = action === 'enable' ? 'primary' : 'danger';
  const busy = mutation.isPending;
  const count = toSend.length;
  // Deleting a token that is still in use breaks its integrations at once: say how many are (disabling warns in
  // its own words).
  const activeCount = action === 'delete' ? targets.filter((token) => token.status === 'Active').length : 0;

  if (result) {
    const failures = result.failed.filter(({ token }) => !doneOnReading.has(token.id ?? ''));
    const failed = failures.length;
    const succeeded = result.succeeded.length;
    const confirmed = doneOnReading.size;
    const unknown = failures.filter(({ error }) => outcomeUnknown(error)).length;
    const description = [
      succeeded > 0 || (confirmed === 0 && unknown === 0)
        ? bulkText.resultSummary(action, succeeded, number(succeeded))
        : null,
      confirmed > 0 ? bulkText.doneOnReading(action, confirmed, number(confirmed)) : null,
      failed === 0
        ? null
        : unknown > 0
          ? bulkText.resultHintUnknown(action)
          : count > 0
            ? bulkText.resultHint
            : bulkText.resultHintNoRetry,
    ];
    const total = succeeded + confirmed;
    const title =
      failed === 0 ? bulkText.success(action, total, number(total)) : failureTitle(action, failures, number);
    const descriptionText = description.filter(Boolean).join(' ');
    return (
      <ConfirmDialog
        open
        onOpenChange={(open) => (open ? undefined : close())}
        title={title}
        description={descriptionText}
        confirmLabel={bulkText.retryFailed(count, number(count))}
        cancelLabel={actionMessages.close}
        canConfirm={count > 0}
        tone={tone}
        busy={busy}
        onCancelBusy={stop}
        onConfirm={run}
      >
        {failed > 0 ? <FailureList failures={failures} /> : null}
        <RunStatus
          key={RUN_STATUS}
          progress={progress}
          result={bulkText.resultAnnounced(title, descriptionText)}
        />
      </ConfirmDialog>
    );
  }

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : close())}
      title={bulkText.title[action](count, number(count))}
      description={`${bulkText.scope[action](count, number(count), number(selectedCount), count === selectedCount)} ${bulkText.consequence[action]}`}
      confirmLabel={bulkText.confirm[action](count, number(count))}
      cancelLabel={actionMessages.cancel}
      tone={tone}
      busy={busy}
      onCancelBusy={stop}
      onConfirm={run}
    >
      {activeCount > 0 ? (
        <p className={styles.warning}>
          <AlertIcon size={16} />
          <span>{bulkText.stillActive(activeCount, number(activeCount))}</span>
        </p>
      ) : null}
      {/* Focusable, so a long list that scrolls can be scrolled from the keyboard too. */}
      <ul className={styles.tokenList} aria-label={bulkText.listLabel} tabIndex={0}>
        {targets.map((token) => {
          const { name, id } = tokenLabel(token);
          const ago = relative(token.lastAccessAt);
          return (
            <li key={id} className={styles.tokenItem}>
              <span className={styles.tokenMain}>
                <span className={styles.tokenName}>{nameInText(name)}</span>{' '}
                <span className={styles.tokenId}>{id}</span>
              </span>
              <span className={styles.tokenFacts}>
                <StatusCell token={token} />
                <span className={styles.tokenLastUsed} title={dateTime(token.lastAccessAt) ?? undefined}>
                  {ago ? bulkText.lastUsed(ago) : bulkText.neverUsed}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <RunStatus key={RUN_STATUS} progress={progress} result={null} />
      {error ? (
        <p className={styles.inlineError} role="alert">
          {describeError(error)}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}

/**
 * What a run that left failures is called: "No answer for N tokens" when none of them got one (each may have been
 * changed all the same, so neither "could not" nor "unchanged" is known), otherwise "N tokens could not be …".
 */
function failureTitle(
  action: TokenStateAction,
  failures: BulkTokenStateResult['failed'],
  number: (value: number) => string,
): string {
  const count = failures.length;
  return failures.every(({ error }) => outcomeUnknown(error))
    ? bulkText.resultTitleUnknown(count, number(count))
    : bulkText.resultTitle(action, count, number(count));
}

/** No answer came (not stopped by the user): the token may have been changed all the same. */
function outcomeUnknown(error: unknown): boolean {
  return !(isApiError(error) && error.kind === 'aborted') && writeOutcomeUnknown(error);
}

/** Keeps the status line one element from the confirmation to the result, whatever else the dialog shows. */
const RUN_STATUS = 'run-status';

/**
 * The run's status line: its progress while it runs, then how it ended. A live region announces only changes to
 * one that is already there, so it stays in place from the confirmation on. The result is visually hidden: the
 * dialog's new title and description show it, but focus stays where it was and they are not read out again.
 */
function RunStatus({
  progress,
  result,
}: {
  progress: { done: number; total: number } | null;
  result: string | null;
}) {
  const { number } = useFormatters();
  return (
    <p className={progress ? styles.progress : styles.runResult} role="status">
      {progress ? (
        bulkText.progress(number(progress.done), number(progress.total))
      ) : result ? (
        <VisuallyHidden>{result}</VisuallyHidden>
      ) : null}
    </p>
  );
}

/** Which tokens failed and why: the human reason, the server's own detail, and a Trace ID to quote. */
function FailureList({ failures }: { failures: BulkTokenStateResult['failed'] }) {
  return (
    <ul className={styles.failureList} aria-label={bulkText.failuresLabel}>
      {failures.map(({ token, error }) => {
        const { name, id } = tokenLabel(token);
        const apiError = isApiError(error) ? error : null;
        // Stopped by the user, or no answer came: not sent, or sent without an answer (the refetch shows whether
        // it went through).
        const stopped = apiError?.kind === 'aborted';
        const unknown = outcomeUnknown(error);
        const explained = explainError(error);
        const reason = stopped ? bulkText.stopped : unknown ? bulkText.noAnswer : explained.text;
        const fromServer = !stopped && !unknown && explained.fromServer;
        const detail = stopped || unknown ? null : newDetail(error);
        return (
          <li key={id} className={styles.failure}>
            <span className={styles.failureIcon} aria-hidden="true">
              <AlertIcon size={16} />
            </span>
            <div className={styles.failureMain}>
              <p className={styles.failureToken}>
                <span className={styles.tokenName}>{nameInText(name)}</span>{' '}
                <span className={styles.tokenId}>{id}</span>
              </p>
              <p className={styles.failureReason} lang={fromServer ? API_TEXT_LANGUAGE : undefined}>
                {reason}
              </p>
              {detail ? (
                <p className={styles.failureReason} lang={API_TEXT_LANGUAGE}>
                  {detail}
                </p>
              ) : null}
              {apiError?.traceId ? (
                <div className={styles.support}>
                  <span>
                    {commonMessages.traceId}: <code>{apiError.traceId}</code>
                  </span>
                  <CopyButton
                    getText={() => apiError.traceId ?? ''}
                    label={copyMessages.copyTraceIdFor(id)}
                    copiedMessage={copyMessages.copied}
                    failedMessage={copyMessages.copyFailed}
                  />
                </div>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
