import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Avatar } from '../../../../components/ui/avatar';
import { Badge } from '../../../../components/ui/badge';
import { VisuallyHidden } from '../../../../components/ui/theme';
import { useFormatters } from '../../../../hooks/use-formatters';
import { useServices } from '../../../../lib/services';
import { commonMessages } from '../../../../messages/common';
import { gridMessages } from '../../messages/grid';
import type { ApiToken } from '../../api/types';
import type { DataColumnId } from '../../model/columns';
import styles from './tokens-table.module.css';

export function tokenName(token: ApiToken): string {
  return token.name?.trim() || gridMessages.table.unnamed;
}

export function TokenCell({ token }: { token: ApiToken }) {
  const { apiBaseUrl } = useServices();
  // The grid's view, handed to the detail page so Back restores it.
  const gridSearch = useLocation().search;
  const name = tokenName(token);
  return (
    <div className={styles.identity}>
      <Avatar name={name} src={token.icon} baseUrl={apiBaseUrl} />
      <div className={styles.stack}>
        {token.id ? (
          // Relative, so it works wherever the host mounts us; the state lets the detail page come back to this view.
          <Link
            className={styles.nameLink}
            to={encodeURIComponent(token.id)}
            state={{ gridSearch }}
            title={name}
          >
            {name}
          </Link>
        ) : (
          <span className={styles.primary}>{name}</span>
        )}
        <span className={styles.secondary}>{token.id}</span>
      </div>
    </div>
  );
}

export function ModulesCell({ token }: { token: ApiToken }) {
  const { number } = useFormatters();
  const modules = token.modules ?? [];
  if (modules.length === 0) return <span className={styles.muted}>{commonMessages.none}</span>;
  if (modules.length === 1) {
    const [only] = modules as [(typeof modules)[number]];
    return (
      <div className={styles.identity}>
        <Avatar name={only.name} />
        <div className={styles.stack}>
          <span className={styles.primary}>{only.name}</span>
          <span className={styles.secondary}>{only.id}</span>
        </div>
      </div>
    );
  }
  const names = modules.map((m) => m.name ?? m.id ?? '').join(', ');
  return (
    <div className={styles.identity} title={names}>
      <Avatar name={names} text={`+${number(modules.length)}`} />
      <div className={styles.stack}>
        <span className={styles.primary}>
          {gridMessages.table.modulesCount(modules.length, number(modules.length))}
        </span>
        <VisuallyHidden>{names}</VisuallyHidden>
      </div>
    </div>
  );
}

export function CreatedByCell({ token }: { token: ApiToken }) {
  const { apiBaseUrl } = useServices();
  const by = token.audit?.created?.by;
  if (!by?.id && !by?.name) return <span className={styles.muted}>{commonMessages.none}</span>;
  return (
    <div className={styles.identity}>
      <Avatar name={by.name} src={by.icon} baseUrl={apiBaseUrl} />
      <div className={styles.stack}>
        <span className={styles.primary}>{by.name}</span>
        <span className={styles.secondary}>{by.id}</span>
      </div>
    </div>
  );
}

/**
 * Date created: the date with the time under it; screen readers also hear how long ago it was. Last access: how
 * long ago, visibly, with the date under it ("Never used" when empty); the full date and time on hover.
 */
export function DateCell({ iso, kind }: { iso: string | null | undefined; kind: 'created' | 'lastAccess' }) {
  const { dateParts, relative } = useFormatters();
  const parts = dateParts(iso);
  const lastAccess = kind === 'lastAccess';
  if (!parts) {
    return (
      <span className={styles.muted}>{lastAccess ? gridMessages.table.neverUsed : commonMessages.none}</span>
    );
  }
  const ago = relative(iso);
  const phrase = ago
    ? lastAccess
      ? gridMessages.relative.lastAccess(ago)
      : gridMessages.relative.created(ago)
    : null;
  return (
    <time
      className={styles.stack}
      dateTime={iso ?? undefined}
      title={phrase ? `${parts.full} (${phrase})` : parts.full}
    >
      <span className={styles.primary}>{lastAccess && ago ? ago : parts.date}</span>
      <span className={styles.secondary}>{lastAccess && ago ? parts.date : parts.time}</span>
      {phrase && !lastAccess ? <VisuallyHidden>{`, ${phrase}`}</VisuallyHidden> : null}
    </time>
  );
}

export function StatusCell({ token }: { token: ApiToken }) {
  if (token.status === 'Active') return <Badge tone="success">{commonMessages.statusActive}</Badge>;
  if (token.status === 'Disabled') return <Badge tone="neutral">{commonMessages.statusDisabled}</Badge>;
  return <Badge tone="neutral">{token.status ?? commonMessages.none}</Badge>;
}

/** How each data column draws its cell; a column added to model/columns.ts is not done until it has one here. */
export const COLUMN_CELLS: Record<
  DataColumnId,
  { className: string | undefined; cell: (token: ApiToken) => ReactNode }
> = {
  token: { className: styles.colToken, cell: (t) => <TokenCell token={t} /> },
  modules: { className: styles.colModules, cell: (t) => <ModulesCell token={t} /> },
  createdBy: { className: styles.colCreatedBy, cell: (t) => <CreatedByCell token={t} /> },
  created: { className: styles.colDate, cell: (t) => <DateCell iso={t.audit?.created?.at} kind="created" /> },
  lastAccess: { className: styles.colDate, cell: (t) => <DateCell iso={t.lastAccessAt} kind="lastAccess" /> },
  status: { className: styles.colStatus, cell: (t) => <StatusCell token={t} /> },
};
