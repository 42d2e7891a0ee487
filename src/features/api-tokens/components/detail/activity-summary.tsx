import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { Skeleton } from '../../../../components/ui/skeleton';
import { focusLanding } from '../../../../components/ui/use-focus-landing';
import { useFormatters } from '../../../../hooks/use-formatters';
import { languageOf } from '../../../../lib/language';
import { useServices } from '../../../../lib/services';
import { detailMessages } from '../../messages/detail';
import {
  ACTIVITY_SUMMARY_DAYS,
  buildActivitySummaryQuery,
  buildLastSeenQuery,
  summarizeActivity,
  summaryCutoff,
} from '../../api/activity-query';
import { apiTokenQueries } from '../../api/queries';
import type { AuditRecord } from '../../api/types';
import styles from './activity-tab.module.css';

const text = detailMessages.activity;

/**
 * How much later than its newest record the token's own last access may be and still be that request: the two
 * are stamped by different parts of the API. Later than that, the token was used for something not on record
 * (a read, say), and the summary says both rather than let them disagree.
 */
const SAME_REQUEST_MS = 60_000;

/** A country's name in the page's language from its ISO code, or undefined for the API's own (English) name. */
export type CountryName = (code: string) => string | undefined;

/**
 * The API names countries in English: a page in another language names them from their code in its own, as the
 * browser knows them ("Vereinigte Staaten"). A code it does not know keeps the API's name.
 */
export function useCountryName(): CountryName {
  const { locale } = useServices();
  return (code) => countryNameIn(locale, code);
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

function countryNameIn(locale: string, code: string): string | undefined {
  if (!regionNames.has(locale)) {
    regionNames.set(
      locale,
      languageOf(locale).startsWith('en')
        ? null
        : new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
    );
  }
  try {
    return regionNames.get(locale)?.of(code);
  } catch {
    // Not a well-formed region code.
    return undefined;
  }
}

/** "Virginia, United States"; whatever part is known. */
export function placeOf(
  record: AuditRecord | null | undefined,
  countryName: CountryName = () => undefined,
): string | null {
  const geo = record?.request?.api?.geolocation;
  if (!geo) return null;
  const country = (geo.countryCode && countryName(geo.countryCode)) || geo.countryName || geo.countryCode;
  const parts = [geo.region, country].filter((part): part is string => !!part && part !== '');
  // A region that is its country (Singapore) is said once.
  return parts.length === 2 && parts[0] === parts[1] ? (parts[1] ?? null) : parts.join(', ') || null;
}

/**
 * "Used 130 times from 3 IP addresses in 2 countries in the last 30 days. Last seen …": counted from one bounded
 * request (the newest records of the last days, see `buildActivitySummaryQuery`), never from the whole history.
 * When the window holds more records than were counted, the counts say "at least". A token with no record at all
 * is "never used" only when its own last access says so too: records may be kept for less long than that date.
 */
export function ActivitySummary({ tokenId, lastAccessAt }: { tokenId: string; lastAccessAt: string | null }) {
  const { client } = useServices();
  const { number, dateTime, relative } = useFormatters();
  const countryName = useCountryName();
  const [now] = useState(() => Date.now());

  const recent = useQuery(apiTokenQueries.audit(client, tokenId, buildActivitySummaryQuery(tokenId, now)));
  const summary = recent.data
    ? summarizeActivity({
        records: recent.data.data ?? [],
        total: recent.data.$meta?.pagination?.total ?? 0,
      })
    : null;
  // A quiet month says nothing about when the token was last used: one more record, the newest of all, does.
  const quiet = summary !== null && summary.total === 0;
  const lastSeen = useQuery({
    ...apiTokenQueries.audit(client, tokenId, buildLastSeenQuery(tokenId)),
    enabled: quiet,
  });

  const failed = recent.isError ? recent : quiet && lastSeen.isError ? lastSeen : null;
  let body;
  if (failed) {
    body = (
      <ErrorPanel
        error={failed.error}
        title={text.summaryFailed}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  } else if (!summary || (quiet && lastSeen.isPending)) {
    body = (
      <div role="status" aria-label={text.summaryLoading} className={styles.summarySkeleton}>
        <Skeleton width="60%" />
        <Skeleton width="45%" />
      </div>
    );
  } else {
    const days = number(ACTIVITY_SUMMARY_DAYS);
    const latest = quiet ? (lastSeen.data?.data?.[0] ?? null) : summary.latest;
    const accessed = lastAccessAt ? Date.parse(lastAccessAt) : NaN;
    const recorded = latest?.timestamp ? Date.parse(latest.timestamp) : NaN;
    // The token's last access is later than anything on record: said as its own line, and the record as the last
    // recorded request, not as when the token was last seen.
    const usedSince =
      !Number.isNaN(accessed) && (Number.isNaN(recorded) || accessed - recorded > SAME_REQUEST_MS);
    const seen = (record: AuditRecord) => ({
      ago: relative(record.timestamp ?? '', now),
      when: dateTime(record.timestamp ?? '') ?? record.timestamp ?? '',
      ip: record.request?.api?.ip ?? null,
      place: placeOf(record, countryName),
    });
    body = (
      <>
        <p className={styles.summaryLead}>
          {!quiet
            ? text.used({
                days,
                times: number(summary.total),
                timesCount: summary.total,
                ips: number(summary.ipAddresses),
                ipCount: summary.ipAddresses,
                countries: number(summary.countries),
                countryCount: summary.countries,
                atLeast: summary.partial,
              })
            : !latest
              ? lastAccessAt
                ? text.notRecorded
                : text.neverUsed
              : accessed >= Date.parse(summaryCutoff(now))
                ? text.notRecordedRecently(days)
                : text.notUsedRecently(days)}
        </p>
        {usedSince && lastAccessAt ? (
          <p>
            {text.lastUsed({
              ago: relative(lastAccessAt, now),
              when: dateTime(lastAccessAt) ?? lastAccessAt,
            })}
          </p>
        ) : null}
        {latest?.timestamp ? (
          <p>{usedSince ? text.lastRecorded(seen(latest)) : text.lastSeen(seen(latest))}</p>
        ) : null}
        {summary.partial ? (
          <p className={styles.summaryNote}>{text.partial(number(summary.counted))}</p>
        ) : null}
      </>
    );
  }

  return (
    <section className={styles.summary} aria-label={text.summaryLabel} {...focusLanding}>
      {body}
    </section>
  );
}
