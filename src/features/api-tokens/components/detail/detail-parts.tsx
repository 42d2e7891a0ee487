import { useId, type ReactNode } from 'react';
import { Avatar } from '../../../../components/ui/avatar';
import { Badge } from '../../../../components/ui/badge';
import { focusLanding } from '../../../../components/ui/use-focus-landing';
import { useFormatters } from '../../../../hooks/use-formatters';
import { commonMessages } from '../../../../messages/common';
import { detailMessages } from '../../messages/detail';
import styles from './detail-parts.module.css';
import pageStyles from './token-detail-page.module.css';

/**
 * A word the API sends from a set it knows (an object type, an event's action) in the page's language: `labels`
 * maps the known ones; one not listed is shown as sent. Own keys only, so "constructor" stays a word.
 */
export function labelFor(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

export function StatusBadge({ status }: { status: string | undefined }) {
  if (!status) return null;
  const active = status === 'Active' || status === 'Enabled';
  // An account may be `Enabled` too (the contract's AccountStatus); another status is shown as sent.
  const label = labelFor(
    {
      Active: commonMessages.statusActive,
      Disabled: commonMessages.statusDisabled,
      Enabled: detailMessages.statusEnabled,
    },
    status,
  );
  return <Badge tone={active ? 'success' : 'neutral'}>{label}</Badge>;
}

/**
 * Date and time in the configured locale and time zone; the full wording on hover; "—" when there is none, or
 * `emptyLabel` ("Never used"). With `relative`, how long ago it was ("3 days ago") follows, visibly.
 */
export function DateTime({
  iso,
  emptyLabel,
  relative: withRelative = false,
}: {
  iso: string | null | undefined;
  emptyLabel?: string;
  relative?: boolean;
}) {
  const { dateParts, relative } = useFormatters();
  const parts = dateParts(iso);
  if (!parts || !iso) {
    return <span className={emptyLabel ? styles.muted : undefined}>{emptyLabel ?? commonMessages.none}</span>;
  }
  const ago = withRelative ? relative(iso) : null;
  const time = (
    <time dateTime={iso} title={ago ? `${parts.full} (${ago})` : parts.full} className={styles.dateTime}>
      <span>{parts.date}</span> <span className={styles.muted}>{parts.time}</span>
    </time>
  );
  if (!ago) return time;
  // The comma stays with the time, so a line never starts with it; the space between is the flex gap (a space in
  // the text too, for whatever reads it).
  return (
    <span className={styles.withAgo}>
      <span className={styles.dateTime}>{time},</span> <span className={styles.ago}>{ago}</span>
    </span>
  );
}

/** A user, token or account: avatar, name, and its ID under it. */
export function EntityRef({
  name,
  id,
  icon,
  baseUrl,
  extra,
}: {
  name: string | null | undefined;
  id: string | undefined;
  icon?: string | null | undefined;
  baseUrl?: string;
  extra?: ReactNode;
}) {
  return (
    <span className={styles.entity}>
      <Avatar name={name ?? id} src={icon} baseUrl={baseUrl} size="sm" />
      <span className={styles.entityText}>
        <span className={styles.entityName}>
          <span>{name || id || commonMessages.none}</span>
          {extra}
        </span>
        {id && name ? <span className={styles.id}>{id}</span> : null}
      </span>
    </span>
  );
}

/**
 * One tab's card: a region named by its level-2 heading, with a line under the heading where the tab needs one.
 * `landing`: the card takes focus when what had it goes away (a page of records replaced, `useFocusLanding`).
 */
export function TabCard({
  heading,
  intro,
  landing = false,
  children,
}: {
  heading: string;
  intro?: string;
  landing?: boolean;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      className={`${pageStyles.card} ${styles.tabCard}`}
      aria-labelledby={headingId}
      {...(landing ? focusLanding : {})}
    >
      <div className={styles.tabHeader}>
        <h2 id={headingId} className={styles.tabHeading}>
          {heading}
        </h2>
        {intro ? <p className={styles.tabIntro}>{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}
