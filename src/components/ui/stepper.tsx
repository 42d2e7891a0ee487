import type { ReactNode } from 'react';
import { AlertIcon } from './icons/alert';
import { CheckIcon } from './icons/check';
import { VisuallyHidden } from './theme';
import { keepWhole } from './keep-whole';
import styles from './stepper.module.css';

/** A hyphenated word ("API-Token") stays whole in a narrow step rather than break after its hyphen. */
const HYPHENATED = /(\S+-\S+)/;

export interface StepperStep {
  id: string;
  label: string;
  /** Done steps show a check; the check is also spelled out for screen readers. */
  complete?: boolean;
  invalid?: boolean;
  /** With `onSelect`, a step is a button unless this is set. */
  disabled?: boolean;
}

export interface StepperProps {
  /** Accessible name of the list, e.g. "Steps". */
  label: string;
  steps: readonly StepperStep[];
  currentId: string;
  /** Makes steps buttons (free navigation, as in an edit dialog); without it the list only shows progress. */
  onSelect?: (id: string) => void;
  /** Screen-reader words appended to a done / invalid step, e.g. "completed", "has errors". */
  completeLabel: string;
  invalidLabel?: string;
  className?: string;
}

/** A numbered step list (an ordered list; the current step carries aria-current="step"). */
export function Stepper({
  label,
  steps,
  currentId,
  onSelect,
  completeLabel,
  invalidLabel,
  className,
}: StepperProps) {
  return (
    <ol className={[styles.list, className].filter(Boolean).join(' ')} aria-label={label}>
      {steps.map((step, index) => {
        const current = step.id === currentId;
        const state = step.invalid
          ? 'invalid'
          : current
            ? 'current'
            : step.complete
              ? 'complete'
              : 'upcoming';
        const marker: ReactNode =
          state === 'invalid' ? (
            <AlertIcon size={14} />
          ) : state === 'complete' ? (
            <CheckIcon size={14} strokeWidth={3} />
          ) : (
            index + 1
          );
        const content = (
          <>
            <span className={styles.marker} aria-hidden="true">
              {marker}
            </span>
            <span className={styles.label}>
              {keepWhole(step.label, HYPHENATED)}
              {step.invalid && invalidLabel ? <VisuallyHidden>{` (${invalidLabel})`}</VisuallyHidden> : null}
              {!step.invalid && step.complete && !current ? (
                <VisuallyHidden>{` (${completeLabel})`}</VisuallyHidden>
              ) : null}
            </span>
          </>
        );
        const interactive = onSelect !== undefined && !step.disabled;
        return (
          <li
            key={step.id}
            className={styles.item}
            data-state={state}
            aria-current={!interactive && current ? 'step' : undefined}
          >
            {interactive ? (
              <button
                type="button"
                className={styles.step}
                aria-current={current ? 'step' : undefined}
                onClick={() => onSelect(step.id)}
              >
                {content}
              </button>
            ) : (
              <span className={styles.step}>{content}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
