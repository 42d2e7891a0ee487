import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../../../components/ui/button';
import { CheckboxField } from '../../../../components/ui/checkbox-field';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { FieldError } from '../../../../components/ui/field-error';
import { SearchIcon } from '../../../../components/ui/icons/search';
import { Skeleton } from '../../../../components/ui/skeleton';
import { TextField } from '../../../../components/ui/text-field';
import { VisuallyHidden } from '../../../../components/ui/theme';
import { focusLanding } from '../../../../components/ui/use-focus-landing';
import { useFormatters } from '../../../../hooks/use-formatters';
import { useApiClient } from '../../../../lib/services';
import { wizardMessages } from '../../messages/wizard';
import { apiTokenQueries } from '../../api/queries';
import type { Module } from '../../api/types';
import { notOffered, offeredModules } from './module-availability';
import styles from './module-picker.module.css';

export interface ModulePickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: ReactNode;
  /** Receives the first checkbox, so the form can move focus here when no module is chosen. */
  focusRef?: ((node: HTMLElement | null) => void) | undefined;
  /** Modules already on the token, to name selected ones the account no longer offers. */
  knownModules?: readonly Module[] | undefined;
  /** The type of the token's account (Client, Vendor…): modules meant for other types are not offered. */
  accountType?: string | undefined;
}

/** Case ignored, and composed either way (NFC), so a decomposed "é" in either finds the other. */
const folded = (text: string) => text.normalize('NFC').toLowerCase();

function matches(module: Module, query: string): boolean {
  const q = folded(query.trim());
  if (!q) return true;
  return [module.name, module.description, module.id].some((text) => text && folded(text).includes(q));
}

export function ModulePicker({
  value,
  onChange,
  error,
  focusRef,
  knownModules,
  accountType,
}: ModulePickerProps) {
  const client = useApiClient();
  const { number } = useFormatters();
  const modulesQuery = useQuery(apiTokenQueries.modules(client));
  const [query, setQuery] = useState('');
  const id = useId();
  const introId = `${id}-intro`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const firstCheckbox = useRef<HTMLInputElement | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  // Sent here for an error while the list was still loading (e.g. a server 400 about modules): focus the
  // list as soon as it is there, since the form could not do it earlier.
  const [focusWhenLoaded] = useState(() => modulesQuery.isPending && !!error);
  useEffect(() => {
    if (focusWhenLoaded && modulesQuery.isSuccess) firstCheckbox.current?.focus();
  }, [focusWhenLoaded, modulesQuery.isSuccess]);

  // A module meant for another type of account is no choice here at all. `isConfigurable` (and
  // `settings.configurable`) is not looked at: the contract deprecates it without saying what it means, and a value
  // false for every module would leave nothing to choose.
  const modules = useMemo(
    () => offeredModules(modulesQuery.data ?? [], accountType),
    [modulesQuery.data, accountType],
  );
  const visible = useMemo(() => modules.filter((module) => matches(module, query)), [modules, query]);
  const selected = useMemo(() => new Set(value), [value]);
  // Selected ids the account no longer offers, or that a token may not have (e.g. on a duplicated token): listed so
  // they can be removed.
  const unavailable = useMemo(() => {
    return modulesQuery.isSuccess ? notOffered(value, modules) : [];
  }, [modules, modulesQuery.isSuccess, value]);

  const filtered = query.trim() !== '';
  const visibleIds = visible.map((module) => module.id).filter((moduleId): moduleId is string => !!moduleId);
  const allVisibleSelected = visibleIds.length > 0 && visibleIds.every((moduleId) => selected.has(moduleId));
  const noneVisibleSelected = visibleIds.every((moduleId) => !selected.has(moduleId));

  const toggle = (moduleId: string, checked: boolean) =>
    onChange(
      checked ? [...value.filter((v) => v !== moduleId), moduleId] : value.filter((v) => v !== moduleId),
    );

  const checkboxDescribedBy = error ? errorId : undefined;
  const firstVisibleId = visibleIds[0];
  // Without a module to check (loading, failed, none, or a search that hides them all) the group itself is where a
  // missing choice sends focus: it says why (its description holds the message), and Tab goes on to Retry or the
  // search.
  const listShown = modulesQuery.isSuccess && firstVisibleId !== undefined;

  return (
    <fieldset
      ref={listShown ? undefined : focusRef}
      className={styles.fieldset}
      aria-describedby={error ? `${introId} ${errorId}` : introId}
      // A Retry that worked goes with its failure: focus lands on the first module it brought back.
      {...focusLanding}
    >
      <legend className={styles.legend}>
        <VisuallyHidden>{wizardMessages.modules.legend}</VisuallyHidden>
      </legend>
      <p id={introId} className={styles.intro}>
        {wizardMessages.modules.intro}
      </p>
      {/* Above the list, so it is seen without scrolling past a dozen modules. */}
      <FieldError id={errorId}>{error}</FieldError>

      {modulesQuery.isPending ? (
        <div className={styles.loading} role="status" aria-label={wizardMessages.modules.loading}>
          {[0, 1, 2, 3].map((row) => (
            <div key={row} className={styles.skeletonRow}>
              <Skeleton width={18} height={18} />
              <span className={styles.skeletonText}>
                <Skeleton width="40%" height={14} />
                <Skeleton width="75%" height={12} />
              </span>
            </div>
          ))}
        </div>
      ) : modulesQuery.isError ? (
        <ErrorPanel
          error={modulesQuery.error}
          title={wizardMessages.modules.loadFailed}
          onRetry={() => void modulesQuery.refetch()}
          retrying={modulesQuery.isFetching}
        />
      ) : modules.length === 0 ? (
        <p className={styles.empty}>{wizardMessages.modules.empty}</p>
      ) : (
        <>
          <div className={styles.toolbar}>
            <span className={styles.search}>
              <SearchIcon className={styles.searchIcon} />
              <TextField
                ref={searchInput}
                label={wizardMessages.modules.search}
                hideLabel
                type="search"
                placeholder={wizardMessages.modules.searchPlaceholder}
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                // The list filters as you type; Enter here must not submit the step. Escape clears what was typed, as
                // the grid's search does, rather than closing the dialog around it.
                onKeyDown={(event) => {
                  if (event.key === 'Enter') event.preventDefault();
                  else if (event.key === 'Escape' && query !== '') {
                    event.preventDefault();
                    event.stopPropagation();
                    setQuery('');
                  }
                }}
                aria-describedby={countId}
                autoComplete="off"
              />
            </span>
            <div className={styles.bulk}>
              <Button
                variant="link"
                size="sm"
                // Not `disabled`: once pressed it has nothing left to do, and focus must stay on it.
                unavailable={allVisibleSelected}
                onClick={() =>
                  onChange([...value, ...visibleIds.filter((moduleId) => !selected.has(moduleId))])
                }
              >
                {filtered ? wizardMessages.modules.selectAllVisible : wizardMessages.modules.selectAll}
              </Button>
              <Button
                variant="link"
                size="sm"
                unavailable={noneVisibleSelected}
                onClick={() => {
                  const drop = new Set(visibleIds);
                  onChange(value.filter((moduleId) => !drop.has(moduleId)));
                }}
              >
                {filtered ? wizardMessages.modules.selectNoneVisible : wizardMessages.modules.selectNone}
              </Button>
            </div>
          </div>
          <p id={countId} className={styles.count} role="status">
            {filtered
              ? `${wizardMessages.modules.visibleCount(number(visible.length), number(modules.length))} · `
              : ''}
            {wizardMessages.modules.selectedCount(
              number(value.length),
              number(modules.length + unavailable.length),
            )}
          </p>

          {visible.length === 0 ? (
            <div className={styles.noMatch}>
              <p>{wizardMessages.modules.noMatch(query.trim())}</p>
              <Button
                variant="secondary"
                size="sm"
                // The button goes with the message; the search is what comes next.
                onClick={() => {
                  setQuery('');
                  searchInput.current?.focus();
                }}
              >
                {wizardMessages.modules.clearSearch}
              </Button>
            </div>
          ) : (
            <ul className={styles.list}>
              {visible.map((module) =>
                module.id ? (
                  <li key={module.id} className={styles.item}>
                    <CheckboxField
                      data-focus-landing-target={module.id === firstVisibleId ? '' : undefined}
                      ref={
                        module.id === firstVisibleId
                          ? (node: HTMLInputElement | null) => {
                              firstCheckbox.current = node;
                              focusRef?.(node);
                            }
                          : undefined
                      }
                      label={module.name ?? module.id}
                      description={module.description || undefined}
                      checked={selected.has(module.id)}
                      onChange={(event) => toggle(module.id as string, event.currentTarget.checked)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={checkboxDescribedBy}
                    />
                  </li>
                ) : null,
              )}
            </ul>
          )}
          {unavailable.length > 0 && !filtered ? (
            <ul className={styles.list}>
              {unavailable.map((moduleId) => {
                const known =
                  knownModules?.find((module) => module.id === moduleId) ??
                  modulesQuery.data?.find((module) => module.id === moduleId);
                return (
                  <li key={moduleId} className={styles.item}>
                    {/* The list's error may well be about this very module (the server refusing it): heard here too. */}
                    <CheckboxField
                      label={wizardMessages.modules.unavailable(known?.name ?? moduleId)}
                      checked
                      onChange={(event) => toggle(moduleId, event.currentTarget.checked)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={checkboxDescribedBy}
                    />
                  </li>
                );
              })}
            </ul>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
