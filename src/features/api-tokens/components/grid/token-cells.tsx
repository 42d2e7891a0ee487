import { createContext, useContext } from 'react';
import { Avatar } from '../../../../components/ui/avatar';
import { Badge } from '../../../../components/ui/badge';
import { VisuallyHidden } from '../../../../components/ui/theme';
import { useFormatters } from '../../../../hooks/use-formatters';
import { useServices } from '../../../../lib/services';
import { commonMessages } from '../../../../messages/common';
import { gridMessages } from '../../messages/grid';
import type { ApiToken } from '../../api/types';
import type { CellParts, Person } from '../../model/columns';
import styles from './tokens-table.module.css';

export function tokenName(token: ApiToken): string {
  return token.name?.trim() || gridMessages.table.unnamed;
}

/**
 * How the name cells open a token's page, given by the grid (tokens-page.tsx). A router link reads the address
 * itself, so every row would draw again on each change of the address (every filter, sort or page) although its
 * link stays the same; with this, the page reads it once and the rows keep still.
 */
export interface DetailLinks {
  href(id: string): string;
  /** Opens the token's page, telling it the grid's view so Back restores it. */
  open(id: string): void;
}

export const DetailLinksContext = createContext<DetailLinks | null>(null);

export function TokenCell({ token }: { token: ApiToken }) {
  const { apiBaseUrl } = useServices();
  const name = tokenName(token);
  return (
    <div className={styles.identity}>
      <Avatar name={name} src={token.icon} baseUrl={apiBaseUrl} />
      <div className={styles.stack}>
        {token.id ? <TokenLink id={token.id} name={name} /> : <span className={styles.primary}>{name}</span>}
        <span className={styles.secondary}>{token.id}</span>
      </div>
    </div>
  );
}

function TokenLink({ id, name }: { id: string; name: string }) {
  // The table is drawn by the grid only, which always gives them.
  const links = useContext(DetailLinksContext)!;
  return (
    <a
      className={styles.nameLink}
      href={links.href(id)}
      title={name}
      onClick={(event) => {
        // A new tab or window (a modifier key, the middle button) is the browser's to open.
        if (event.button || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        links.open(id);
      }}
    >
      {name}
    </a>
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

/** A person (who created a token): picture, name and ID, or "—". */
export function PersonCell({ person }: { person: Person | null | undefined }) {
  const { apiBaseUrl } = useServices();
  if (!person?.id && !person?.name) return <span className={styles.muted}>{commonMessages.none}</span>;
  return (
    <div className={styles.identity}>
      <Avatar name={person.name} src={person.icon} baseUrl={apiBaseUrl} />
      <div className={styles.stack}>
        <span className={styles.primary}>{person.name}</span>
        <span className={styles.secondary}>{person.id}</span>
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

/** The parts the columns of model/columns.tsx draw their cells with. */
export const CELL_PARTS: CellParts = {
  Token: TokenCell,
  Modules: ModulesCell,
  Person: PersonCell,
  Date: DateCell,
  Status: StatusCell,
};
