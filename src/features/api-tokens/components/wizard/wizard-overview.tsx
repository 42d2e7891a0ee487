import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../../../components/ui/button';
import { ImageIcon } from '../../../../components/ui/icons/image';
import { useApiClient } from '../../../../lib/services';
import { wizardMessages } from '../../messages/wizard';
import { apiTokenQueries } from '../../api/queries';
import type { Module } from '../../api/types';
import { LogoImage } from '../token-form/logo-picker';
import { normalizeName, type TokenFormStep, type TokenFormValues } from '../token-form/token-form-schema';
import styles from './wizard-overview.module.css';

export interface WizardOverviewProps {
  values: TokenFormValues;
  onEdit: (step: TokenFormStep) => void;
  /** Modules of the token being duplicated, to name ids the account list lacks. */
  knownModules?: readonly Module[] | undefined;
}

/** Everything the user entered, read-only, with a way back to each step. */
export function WizardOverview({ values, onEdit, knownModules }: WizardOverviewProps) {
  const client = useApiClient();
  const id = useId();
  const { data: modules } = useQuery(apiTokenQueries.modules(client));
  const byId = new Map<string, Module>();
  for (const module of [...(knownModules ?? []), ...(modules ?? [])])
    if (module.id) byId.set(module.id, module);
  const description = values.description.trim();

  return (
    <div className={styles.overview}>
      <p className={styles.intro}>{wizardMessages.overview.intro}</p>
      <section className={styles.section} aria-labelledby={`${id}-general`}>
        <div className={styles.sectionHeader}>
          <h4 id={`${id}-general`} className={styles.sectionTitle}>
            {wizardMessages.steps.general}
          </h4>
          <Button
            variant="link"
            size="sm"
            aria-label={wizardMessages.editStep(wizardMessages.steps.general)}
            onClick={() => onEdit('general')}
          >
            {wizardMessages.edit}
          </Button>
        </div>
        <dl className={styles.list}>
          <div className={styles.row}>
            <dt>{wizardMessages.logo.label}</dt>
            <dd>
              {values.logo ? (
                <span className={styles.logo} role="img" aria-label={wizardMessages.logo.preview}>
                  <LogoImage value={values.logo} className={styles.logoImage} />
                </span>
              ) : (
                <span className={styles.muted}>
                  <ImageIcon /> {wizardMessages.logo.none}
                </span>
              )}
            </dd>
          </div>
          <div className={styles.row}>
            <dt>{wizardMessages.name.label}</dt>
            <dd className={styles.value}>{normalizeName(values.name)}</dd>
          </div>
          <div className={styles.row}>
            <dt>{wizardMessages.description.label}</dt>
            <dd
              className={[styles.value, styles.multiline, !description && styles.muted]
                .filter(Boolean)
                .join(' ')}
            >
              {description || wizardMessages.overview.noDescription}
            </dd>
          </div>
        </dl>
      </section>
      <section className={styles.section} aria-labelledby={`${id}-modules`}>
        <div className={styles.sectionHeader}>
          <h4 id={`${id}-modules`} className={styles.sectionTitle}>
            {wizardMessages.steps.modules} <span className={styles.count}>({values.moduleIds.length})</span>
          </h4>
          <Button
            variant="link"
            size="sm"
            aria-label={wizardMessages.editStep(wizardMessages.steps.modules)}
            onClick={() => onEdit('modules')}
          >
            {wizardMessages.edit}
          </Button>
        </div>
        <ul className={styles.modules}>
          {values.moduleIds.map((moduleId) => {
            const module = byId.get(moduleId);
            return (
              <li key={moduleId} className={styles.module}>
                <span className={styles.moduleName}>{module?.name ?? moduleId}</span>
                <span className={styles.moduleId}>{moduleId}</span>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

/** The Overview step: the form's current values, kept up to date while it shows. */
export function OverviewStep(props: Omit<WizardOverviewProps, 'values'>) {
  const values = useWatch<TokenFormValues>() as TokenFormValues;
  return <WizardOverview values={values} {...props} />;
}
