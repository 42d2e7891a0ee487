import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Badge } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { isApiError } from '../../../../lib/api-error';
import { describeError } from '../../../../lib/error-message';
import { writeOutcomeUnknown, writeRetryCanHelp } from '../../../../lib/write-outcome';
import { RefreshIcon } from '../../../../components/ui/icons/refresh';
import { useFormatters } from '../../../../hooks/use-formatters';
import { useStillMounted } from '../../../../hooks/use-still-mounted';
import { useApiClient, useServices } from '../../../../lib/services';
import { commonMessages } from '../../../../messages/common';
import { actionMessages } from '../../messages/actions';
import { rotateMessages } from '../../messages/rotate';
import { apiTokenQueries } from '../../api/queries';
import { useTokenStateMutation } from '../../api/state-mutations';
import type { ApiToken } from '../../api/types';
import { tokenLabel } from '../actions/token-label';
import { withUnbrokenIds } from '../actions/unbroken-ids';
import styles from './rotate.module.css';

export type RetireAction = 'disable' | 'delete';

/**
 * What the step's attempts left behind, held by the dialog: the step's content goes when the user steps Back to
 * the secret, and what was refused must still be known when they come back.
 */
export interface RetireFailures {
  /** The last attempt that failed, shown with what it means for both tokens. */
  last: { action: RetireAction; error: unknown } | null;
  /** Actions refused in a way a second try cannot change (no permission, 403). */
  refused: RetireAction[];
  /** A disable or delete found the old token gone (404): nothing is left to retire. */
  gone: boolean;
}

export const NO_RETIRE_FAILURES: RetireFailures = { last: null, refused: [], gone: false };

const text = rotateMessages.retire;

/**
 * The Rotate dialog's last step: the old token's last access (with Refresh, to watch it go quiet once the
 * integrations use the new token), then Disable or Delete, each confirmed as usual. A failure says what state
 * both tokens are in and leaves open every choice a second try can help.
 */
export function RetireOldToken({
  old,
  created,
  retired,
  onRetired,
  failures,
  onFailures,
  onGone,
}: {
  old: ApiToken;
  created: ApiToken;
  retired: RetireAction | null;
  onRetired: (action: RetireAction) => void;
  failures: RetireFailures;
  onFailures: (next: RetireFailures) => void;
  /** The old token is found gone (a delete without an answer that went through, or deleted elsewhere). */
  onGone: () => void;
}) {
  const client = useApiClient();
  const { notify } = useServices();
  // Whether this step is still on screen to say how the retire went: a notification would only repeat it there, and
  // on a phone it would cover the dialog's title while it shows.
  const shownNow = useStillMounted();
  // The confirmation: which action, and whether it shows (its text stays put while it closes).
  const [ask, setAsk] = useState<{ action: RetireAction; open: boolean }>({ action: 'disable', open: false });
  const confirming = ask.open ? ask.action : null;
  const close = () => setAsk((current) => ({ ...current, open: false }));
  const failure = failures.last;
  const oldId = old.id ?? '';
  const newId = created.id ?? '';
  // The old token as the server has it now. Not asked for once it is (being) deleted: there is nothing to show.
  const detail = useQuery({
    ...apiTokenQueries.detail(client, oldId),
    enabled: retired !== 'delete' && confirming !== 'delete',
  });
  const current = detail.data ?? old;
  const disable = useTokenStateMutation('disable');
  const remove = useTokenStateMutation('delete');
  const pending = disable.isPending || remove.isPending;
  const { name } = tokenLabel(current);

  const run = async () => {
    const action = confirming;
    if (!action || pending) return;
    onFailures({ ...failures, last: null });
    try {
      await (action === 'delete' ? remove : disable).mutateAsync({ token: current });
    } catch (error) {
      close();
      // Closed meanwhile (the module left): no step is left to say it, so the notification does.
      if (!shownNow()) {
        const unknown = writeOutcomeUnknown(error);
        notify(
          unknown
            ? actionMessages.single.unknownAfterLeaving(action, name)
            : actionMessages.single.failedAfterLeaving(action, name, describeError(error)),
          { tone: unknown ? 'warning' : 'error' },
        );
      }
      // What a second try cannot change is not offered again: the action refused for want of permission (403),
      // or both once the old token is gone (404).
      const gone = isApiError(error) && error.status === 404;
      const refused = !gone && !writeRetryCanHelp(error) ? [action] : [];
      onFailures({
        last: { action, error },
        refused: [...failures.refused.filter((item) => !refused.includes(item)), ...refused],
        gone: failures.gone || gone,
      });
      return;
    }
    close();
    // The step says it in its status line (announced); closed meanwhile, the notification is where it is said.
    if (!shownNow()) notify(actionMessages.single.success(action, name), { tone: 'success' });
    onRetired(action);
  };

  const failedError = failure?.error;
  const refusedNow = failure !== null && !writeRetryCanHelp(failedError);
  // No answer: the old token may have been changed all the same; what it is now is what was read since.
  const unknownNow = failure !== null && writeOutcomeUnknown(failedError);
  // Gone: the answer to a disable or delete, or to reading it again, says so. Nothing then is offered for it.
  const gone = failures.gone || (isApiError(detail.error) && detail.error.status === 404);
  const done = retired === 'delete' || gone;
  // No answer to the delete, and the old token found gone since: the delete went through. Said as done, not as a
  // failure whose outcome is unknown.
  const deletedWithoutAnswer = unknownNow && gone && failure?.action === 'delete';
  // The dialog's footer and what closing it does depend on it too: nothing is left to keep for now.
  useEffect(() => {
    if (gone) onGone();
  }, [gone, onGone]);
  const status = current.status === 'Disabled' ? commonMessages.statusDisabled : commonMessages.statusActive;
  return (
    <div className={styles.stack}>
      <p className={styles.intro}>{text.intro(oldId)}</p>
      <dl className={styles.tokens}>
        <div className={styles.tokenRow}>
          <dt className={styles.term}>{text.oldToken}</dt>
          <dd className={styles.value}>
            <span className={styles.name}>{name}</span> <span className={styles.id}>{oldId}</span>{' '}
            {done ? null : <StatusBadge status={current.status} />}
          </dd>
        </div>
        {done ? null : (
          <div className={styles.tokenRow}>
            <dt className={styles.term}>{text.lastAccess}</dt>
            <dd className={styles.value}>
              <LastAccess iso={current.lastAccessAt} />
              <Button
                variant="ghost"
                size="sm"
                icon={<RefreshIcon />}
                busy={detail.isFetching}
                aria-label={text.refreshLabel}
                onClick={() => void detail.refetch()}
              >
                {text.refresh}
              </Button>
            </dd>
          </div>
        )}
        <div className={styles.tokenRow}>
          <dt className={styles.term}>{text.newToken}</dt>
          <dd className={styles.value}>
            <span className={styles.name}>{tokenLabel(created).name}</span>{' '}
            <span className={styles.id}>{newId}</span> <StatusBadge status={created.status} />
          </dd>
        </div>
      </dl>
      {detail.isError && !done ? (
        <ErrorPanel
          error={detail.error}
          title={text.refreshFailed}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
      ) : null}

      <p className={styles.outcome} role="status">
        {retired === 'disable'
          ? text.disabled(newId, oldId)
          : retired === 'delete'
            ? text.deleted(newId, oldId)
            : deletedWithoutAnswer
              ? text.deletedWithoutAnswer(newId, oldId)
              : gone && !failure
                ? text.goneState(newId, oldId)
                : ''}
      </p>
      {failure && !deletedWithoutAnswer ? (
        <ErrorPanel
          error={failure.error}
          title={unknownNow ? text.unknown(failure.action) : text.failed(failure.action)}
        >
          <p>
            {gone
              ? text.goneState(newId, oldId)
              : unknownNow
                ? text.unknownState(newId, oldId, status)
                : refusedNow
                  ? text.refusedState(newId, oldId, status)
                  : text.failedState(newId, oldId, status)}
          </p>
        </ErrorPanel>
      ) : null}

      {done ? null : (
        <div className={styles.actions}>
          {current.status === 'Active' && retired === null && !failures.refused.includes('disable') ? (
            <Button variant="secondary" onClick={() => setAsk({ action: 'disable', open: true })}>
              {text.disable}
            </Button>
          ) : null}
          {failures.refused.includes('delete') ? null : (
            <Button variant="danger" onClick={() => setAsk({ action: 'delete', open: true })}>
              {text.delete}
            </Button>
          )}
        </div>
      )}

      <ConfirmDialog
        open={ask.open}
        onOpenChange={(open) => (open ? undefined : close())}
        title={actionMessages.single.title[ask.action]}
        description={withUnbrokenIds(actionMessages.single.description[ask.action](name, oldId))}
        confirmLabel={actionMessages.single.confirm[ask.action]}
        cancelLabel={actionMessages.cancel}
        tone="danger"
        busy={pending}
        onConfirm={() => void run()}
      />
    </div>
  );
}

function StatusBadge({ status }: { status: string | undefined }) {
  if (status !== 'Active' && status !== 'Disabled') return null;
  return status === 'Active' ? (
    <Badge tone="success">{commonMessages.statusActive}</Badge>
  ) : (
    <Badge tone="neutral">{commonMessages.statusDisabled}</Badge>
  );
}

/** When the old token was last used, with how long ago in words, so a quiet token is plain to see. */
function LastAccess({ iso }: { iso: string | null | undefined }) {
  const { dateParts, relative } = useFormatters();
  const parts = dateParts(iso);
  if (!parts || !iso) return <span>{text.never}</span>;
  const ago = relative(iso);
  return (
    <time dateTime={iso} title={parts.full}>
      {`${parts.date} ${parts.time}${ago ? ` (${ago})` : ''}`}
    </time>
  );
}
