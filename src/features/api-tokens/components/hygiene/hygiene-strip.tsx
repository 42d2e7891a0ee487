import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { AlertIcon } from '../../../../components/ui/icons/alert';
import { CheckIcon } from '../../../../components/ui/icons/check';
import { ReasonInSentence } from '../../../../components/ui/reason-in-sentence';
import { Skeleton } from '../../../../components/ui/skeleton';
import { useFormatters } from '../../../../hooks/use-formatters';
import { buildQueryString } from '../../../../lib/rql';
import { useServices } from '../../../../lib/services';
import { commonMessages } from '../../../../messages/common';
import { hygieneMessages } from '../../messages/hygiene';
import { buildListFilters } from '../../api/list-query';
import { apiTokenQueries } from '../../api/queries';
import { DEFAULT_VIEW, serializeGridView, type GridView } from '../../model/grid-view';
import { hygieneLabels, IDLE_DAYS } from './hygiene-labels';
import styles from './hygiene-strip.module.css';

type CounterId = 'active' | 'disabled' | 'neverUsed' | 'idle';
type Tone = 'success' | 'neutral' | 'warning';

interface CounterDefinition {
  id: CounterId;
  tone: Tone;
  /** The grid filter the counter stands for; the count and the click-through both come from it. */
  filter: Pick<Partial<GridView>, 'status' | 'lastAccess'>;
  /** Clicking the selected counter sets this part of the view back to its default. */
  off: Pick<Partial<GridView>, 'status' | 'lastAccess'>;
  isApplied: (view: GridView) => boolean;
}

/** In the order of their labels (hygiene-labels.ts), which the placeholder draws before the strip is in. */
const COUNTERS: readonly CounterDefinition[] = [
  {
    id: 'active',
    tone: 'success',
    filter: { status: 'Active' },
    off: { status: null },
    isApplied: (view) => view.status === 'Active',
  },
  {
    id: 'disabled',
    tone: 'neutral',
    filter: { status: 'Disabled' },
    off: { status: null },
    isApplied: (view) => view.status === 'Disabled',
  },
  {
    id: 'neverUsed',
    tone: 'warning',
    filter: { lastAccess: { kind: 'never' } },
    off: { lastAccess: null },
    isApplied: (view) => view.lastAccess?.kind === 'never',
  },
  {
    id: 'idle',
    tone: 'warning',
    filter: { lastAccess: { kind: 'idle', days: IDLE_DAYS } },
    off: { lastAccess: null },
    isApplied: (view) => view.lastAccess?.kind === 'idle' && view.lastAccess.days === IDLE_DAYS,
  },
];

/**
 * Whether the account's Active and Disabled counts are both in, and zero: those are every status a client sees, so
 * the account has no tokens at all, whatever view the grid shows. The same requests as those two counters', so
 * asking here costs nothing more.
 */
export function useAccountHasNoTokens(): boolean {
  const { client, timeZone } = useServices();
  const count = (status: 'Active' | 'Disabled') =>
    // A status alone has no date in it, so the clock the filter is built with does not change the request.
    buildQueryString({ filter: buildListFilters({ ...DEFAULT_VIEW, status }, { now: 0, timeZone }) });
  const active = useQuery(apiTokenQueries.count(client, count('Active')));
  const disabled = useQuery(apiTokenQueries.count(client, count('Disabled')));
  return active.data === 0 && disabled.data === 0;
}

interface Counter extends CounterDefinition {
  label: string;
  hint: string;
  /** The count request's RQL filter: exactly what the grid sends for the counter's filter alone. */
  query: string;
  /** The grid's URL search once the counter is clicked: its filter turned on, or off when it is selected. */
  search: string;
  selected: boolean;
}

export interface HygieneStripProps {
  view: GridView;
  /** The grid's clock, so "idle" asks the same question here as in the grid the counter opens. */
  now: number;
  /** The grid already knows the account has no tokens: the empty state speaks instead. */
  accountEmpty: boolean;
}

/**
 * Account-wide counts (never narrowed by the grid's own filters), each counted by the server with a `limit=0`
 * request. A counter is a filter like the status switch and the panel's last-access choice (docs/product-rules.md,
 * 'The list'): clicking it sets its filter alongside the others (Active and Disabled take the status's place,
 * Never used and Idle the last access's), and clicking it again when it is selected turns that filter off.
 */
export function HygieneStrip({ view, now, accountEmpty }: HygieneStripProps) {
  const { timeZone } = useServices();
  const { number } = useFormatters();
  const { search } = useLocation();

  const counters = useMemo<Counter[]>(() => {
    const days = number(IDLE_DAYS);
    const labels = hygieneLabels(number);
    const current = new URLSearchParams(search);
    return COUNTERS.map((definition) => {
      const selected = definition.isApplied(view);
      const next = { ...view, ...(selected ? definition.off : definition.filter), page: 1 };
      const params = serializeGridView(next, current).toString();
      const alone: GridView = { ...DEFAULT_VIEW, ...definition.filter };
      return {
        ...definition,
        label: labels[definition.id],
        hint:
          definition.id === 'idle' ? hygieneMessages.hints.idle(days) : hygieneMessages.hints[definition.id],
        query: buildQueryString({ filter: buildListFilters(alone, { now, timeZone }) }),
        search: params ? `?${params}` : '',
        selected,
      };
    });
  }, [view, now, timeZone, search, number]);

  const noTokens = useAccountHasNoTokens();
  if (accountEmpty || noTokens) return null;

  return (
    <ul className={styles.list} aria-label={hygieneMessages.label}>
      {counters.map((counter) => (
        <CounterItem key={counter.id} counter={counter} />
      ))}
    </ul>
  );
}

function CounterItem({ counter }: { counter: Counter }) {
  const { client } = useServices();
  const { number } = useFormatters();
  const count = useQuery(apiTokenQueries.count(client, counter.query));
  const tooltipId = useId();
  // The hint shows while a mouse rests on the counter or the keyboard has focused it, and goes as soon as the
  // counter is clicked (or Escape is pressed: WCAG 1.4.13) until the pointer or focus has left and come back.
  // A touch never opens it, so a tap leaves nothing over the toolbar below (docs/product-rules.md, 'The list').
  const [open, setOpen] = useState(false);
  const pressing = useRef(false);
  const failed = count.isError;
  // A refresh that failed keeps the count it had: the figure on screen a moment ago is still the best there is,
  // marked as not up to date rather than replaced by a dash.
  const kept = failed ? count.data : undefined;
  let value;
  let spoken: string;
  if (kept !== undefined) {
    spoken = hygieneMessages.stale(number(kept));
    value = (
      <>
        {number(kept)}
        <AlertIcon size={16} className={styles.alert} />
      </>
    );
  } else if (failed) {
    spoken = hygieneMessages.unavailable;
    value = (
      <>
        {commonMessages.none}
        <AlertIcon size={16} className={styles.alert} />
      </>
    );
  } else if (count.data === undefined) {
    spoken = hygieneMessages.counting;
    value = <Skeleton width={36} height={20} />;
  } else {
    spoken = number(count.data);
    value = spoken;
  }

  return (
    <li
      className={styles.item}
      onPointerEnter={(event) => {
        if (event.pointerType === 'mouse') setOpen(true);
      }}
      onPointerLeave={() => setOpen(false)}
      onPointerDown={() => {
        // Focus that follows a press is not keyboard focus: it must not bring the hint back.
        pressing.current = true;
        setOpen(false);
      }}
      onPointerUp={() => {
        pressing.current = false;
      }}
      onFocus={() => {
        if (!pressing.current) setOpen(true);
      }}
      onBlur={() => {
        pressing.current = false;
        setOpen(false);
      }}
      onClick={() => setOpen(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <Link
        to={{ search: counter.search }}
        className={styles.link}
        data-tone={counter.tone}
        data-failed={failed || undefined}
        aria-current={counter.selected ? 'true' : undefined}
        // Named in words ("Active: 45", "Disabled: not available"): browsers join the tile's laid-out parts
        // with their own spacing, and a dash or a skeleton means nothing read aloud.
        aria-label={hygieneMessages.item(counter.label, spoken)}
        aria-describedby={tooltipId}
        data-refreshing={(count.isFetching && count.data !== undefined) || undefined}
      >
        <span className={styles.label}>
          <span className={styles.dot} aria-hidden="true" />
          {counter.label}
          {/* Selection is shown by more than colour. */}
          {counter.selected ? <CheckIcon size={14} className={styles.check} /> : null}
        </span>
        <span className={styles.value}>{value}</span>
      </Link>
      <span
        id={tooltipId}
        role="tooltip"
        className={styles.tooltip}
        data-failed={failed || undefined}
        hidden={!open}
      >
        {kept !== undefined ? (
          <ReasonInSentence sentence={hygieneMessages.staleHint} error={count.error} />
        ) : failed ? (
          <ReasonInSentence sentence={hygieneMessages.failed} error={count.error} />
        ) : (
          counter.hint
        )}
      </span>
    </li>
  );
}
