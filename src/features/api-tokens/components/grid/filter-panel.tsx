import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../../components/ui/button';
import { Checkbox } from '../../../../components/ui/checkbox';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { ChevronDownIcon } from '../../../../components/ui/icons/chevron-down';
import { Skeleton } from '../../../../components/ui/skeleton';
import { TextField } from '../../../../components/ui/text-field';
import { useFormatters } from '../../../../hooks/use-formatters';
import { sanitizeSearch } from '../../../../lib/rql';
import { useApiClient } from '../../../../lib/services';
import { gridPanelMessages } from '../../messages/grid-panels';
import { apiTokenQueries } from '../../api/queries';
import {
  lastAccessToParam,
  parseGridView,
  VIEW_PARAMS,
  type GridView,
  type LastAccessFilter,
} from '../../model/grid-view';
import { EMPTY_PANEL_FILTERS, lastAccessLabel } from './active-filters';
import styles from './filter-panel.module.css';

export type PanelFilters = Pick<
  GridView,
  'moduleIds' | 'createdBy' | 'createdFrom' | 'createdTo' | 'lastAccess'
>;

const IDLE_PRESETS = [30, 90, 180, 365] as const;

/** The select's values are the URL's (`never`, `90d`, `90d-or-never`), read the way a link is. */
function parseLastAccess(value: string): LastAccessFilter | null {
  return parseGridView(new URLSearchParams([[VIEW_PARAMS.lastAccess, value]])).lastAccess;
}

export interface FilterPanelProps {
  view: GridView;
  /** Names of creators seen on the current page, offered as suggestions (there is no users endpoint). */
  creatorSuggestions: readonly string[];
  onApply: (filters: PanelFilters) => void;
  onCancel: () => void;
}

/**
 * The filters beyond status and search. Edits stay in a draft until applied, so typing a name or picking two
 * dates sends one request, not one per keystroke.
 */
export function FilterPanel({ view, creatorSuggestions, onApply, onCancel }: FilterPanelProps) {
  const client = useApiClient();
  const { number } = useFormatters();
  const modules = useQuery(apiTokenQueries.modules(client));
  const ids = useId();
  const [draft, setDraft] = useState<PanelFilters>(() => ({
    moduleIds: view.moduleIds,
    createdBy: view.createdBy,
    createdFrom: view.createdFrom,
    createdTo: view.createdTo,
    lastAccess: view.lastAccess,
  }));
  const rangeInvalid = Boolean(draft.createdFrom && draft.createdTo && draft.createdFrom > draft.createdTo);
  const filtersText = gridPanelMessages.filters;

  const lastAccessValue = draft.lastAccess ? lastAccessToParam(draft.lastAccess) : '';
  const idleOptions: number[] = [...IDLE_PRESETS];
  if (draft.lastAccess && draft.lastAccess.kind !== 'never' && !idleOptions.includes(draft.lastAccess.days)) {
    idleOptions.push(draft.lastAccess.days);
    idleOptions.sort((a, b) => a - b);
  }

  const fromRef = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rangeInvalid) {
      // Apply says it is unavailable; pressed anyway, focus goes to the field whose description says why.
      fromRef.current?.focus();
      return;
    }
    onApply({ ...draft, createdBy: sanitizeSearch(draft.createdBy) });
  };

  const toggleModule = (id: string, on: boolean) =>
    setDraft((d) => ({ ...d, moduleIds: on ? [...d.moduleIds, id] : d.moduleIds.filter((m2) => m2 !== id) }));

  // A module filtered by a shared link may no longer be enabled for the account; it stays visible so it can be removed.
  const known = new Set((modules.data ?? []).map((mod) => mod.id));
  const unknownSelected = draft.moduleIds.filter((id) => !known.has(id));

  return (
    <form className={styles.panel} onSubmit={submit} noValidate>
      <h2 className={styles.title}>{filtersText.title}</h2>

      <fieldset className={styles.group} aria-describedby={`${ids}-modules-hint`}>
        <legend className={styles.legend}>{filtersText.modules}</legend>
        <p id={`${ids}-modules-hint`} className={styles.hint}>
          {filtersText.modulesHint}
        </p>
        {modules.isPending ? (
          <div className={styles.loading} role="status" aria-label={filtersText.modulesLoading}>
            <Skeleton width="80%" />
            <Skeleton width="60%" />
            <Skeleton width="70%" />
          </div>
        ) : modules.isError ? (
          // As every failed request says it: the reason once, the Trace ID, and Retry where it can help.
          <ErrorPanel
            error={modules.error}
            title={filtersText.modulesError}
            onRetry={() => void modules.refetch()}
            retrying={modules.isFetching}
          />
        ) : null}
        {modules.data || unknownSelected.length > 0 ? (
          <ul className={styles.moduleList}>
            {(modules.data ?? []).map((mod) =>
              mod.id ? (
                <li key={mod.id}>
                  <label className={styles.check}>
                    <Checkbox
                      checked={draft.moduleIds.includes(mod.id)}
                      onCheckedChange={(on) => toggleModule(mod.id as string, on)}
                    />
                    <span className={styles.checkText}>
                      <span>{mod.name ?? mod.id}</span>
                      <span className={styles.checkId}>{mod.id}</span>
                    </span>
                  </label>
                </li>
              ) : null,
            )}
            {unknownSelected.map((id) => (
              <li key={id}>
                <label className={styles.check}>
                  <Checkbox checked onCheckedChange={(on) => toggleModule(id, on)} />
                  <span className={styles.checkText}>
                    <span>{id}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>

      {/* Chosen like the modules above: the creators of the tokens on this page as choices (there is no users
          endpoint), or any name or ID typed below. */}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{filtersText.createdBy}</legend>
        {creatorSuggestions.length > 0 ? (
          <ul className={styles.moduleList}>
            {['', ...creatorSuggestions].map((name) => (
              <li key={name}>
                <label className={styles.check}>
                  <input
                    type="radio"
                    name={`${ids}-creator`}
                    className={styles.radio}
                    checked={draft.createdBy.trim() === name}
                    onChange={() => setDraft((d) => ({ ...d, createdBy: name }))}
                  />
                  <span className={styles.checkText}>
                    <span>{name || filtersText.createdByAnyone}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        ) : null}
        <TextField
          label={filtersText.createdByOther}
          hint={filtersText.createdByHint}
          value={draft.createdBy}
          maxLength={100}
          autoComplete="off"
          dir="auto"
          onChange={(event) => setDraft((d) => ({ ...d, createdBy: event.target.value }))}
        />
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{filtersText.created}</legend>
        <div className={styles.range}>
          <TextField
            ref={fromRef}
            label={filtersText.from}
            type="date"
            value={draft.createdFrom ?? ''}
            max={draft.createdTo ?? undefined}
            onChange={(event) => setDraft((d) => ({ ...d, createdFrom: event.target.value || null }))}
            error={rangeInvalid ? filtersText.rangeError : undefined}
          />
          <TextField
            label={filtersText.to}
            type="date"
            value={draft.createdTo ?? ''}
            min={draft.createdFrom ?? undefined}
            onChange={(event) => setDraft((d) => ({ ...d, createdTo: event.target.value || null }))}
          />
        </div>
      </fieldset>

      <div className={styles.selectField}>
        <label className={styles.legend} htmlFor={`${ids}-last-access`}>
          {filtersText.lastAccess}
        </label>
        <span className={styles.selectWrap}>
          <select
            id={`${ids}-last-access`}
            className={styles.select}
            value={lastAccessValue}
            onChange={(event) => setDraft((d) => ({ ...d, lastAccess: parseLastAccess(event.target.value) }))}
          >
            <option value="">{filtersText.lastAccessAny}</option>
            <option value="never">{filtersText.lastAccessNever}</option>
            {(['idle', 'stale'] as const).map((kind) => (
              <optgroup
                key={kind}
                label={kind === 'idle' ? filtersText.lastAccessIdleGroup : filtersText.lastAccessStaleGroup}
              >
                {idleOptions.map((days) => (
                  <option key={days} value={lastAccessToParam({ kind, days })}>
                    {lastAccessLabel({ kind, days }, number)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <ChevronDownIcon className={styles.selectIcon} />
        </span>
      </div>

      <div className={styles.footer}>
        <Button variant="ghost" size="sm" onClick={() => onApply(EMPTY_PANEL_FILTERS)}>
          {filtersText.clear}
        </Button>
        <span className={styles.spacer} />
        <Button variant="secondary" size="sm" onClick={onCancel}>
          {filtersText.cancel}
        </Button>
        <Button variant="primary" size="sm" type="submit" aria-disabled={rangeInvalid || undefined}>
          {filtersText.apply}
        </Button>
      </div>
    </form>
  );
}
