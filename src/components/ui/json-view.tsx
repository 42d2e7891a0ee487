import { useId, useMemo, useState, type ReactNode } from 'react';
import { ChevronDownIcon } from './icons/chevron-down';
import { ChevronRightIcon } from './icons/chevron-right';
import { VisuallyHidden } from './theme';
import styles from './json-view.module.css';

export interface JsonViewProps {
  value: unknown;
  showLabel: string;
  hideLabel: string;
  /** Accessible name of the code block, e.g. "Audit record AUD-… as JSON". */
  label: string;
  /** What the value is, said after the toggle's words to screen readers: one of many toggles on a page needs it. */
  subject?: string | undefined;
  defaultOpen?: boolean;
}

// Keys, strings, numbers and literals of JSON.stringify output; everything else (punctuation, spaces) stays plain.
const TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/g;

/** Colours the parts of pretty-printed JSON. Only ever produces text nodes, so a value cannot inject markup. */
function highlight(json: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of json.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) out.push(json.slice(last, index));
    const [text, str, colon, num, literal] = match;
    if (str !== undefined) {
      out.push(
        <span key={index} className={colon ? styles.key : styles.string}>
          {str}
        </span>,
      );
      if (colon) out.push(colon);
    } else if (num !== undefined) {
      out.push(
        <span key={index} className={styles.number}>
          {num}
        </span>,
      );
    } else if (literal !== undefined) {
      out.push(
        <span key={index} className={styles.literal}>
          {literal}
        </span>,
      );
    } else {
      out.push(text);
    }
    last = index + text.length;
  }
  if (last < json.length) out.push(json.slice(last));
  return out;
}

/** A disclosure that shows a value as indented, coloured JSON. */
export function JsonView({
  value,
  showLabel,
  hideLabel,
  label,
  subject,
  defaultOpen = false,
}: JsonViewProps) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  const content = useMemo(
    () => (open ? highlight(JSON.stringify(value, null, 2) ?? 'undefined') : null),
    [open, value],
  );
  return (
    <div className={styles.root}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? <ChevronDownIcon /> : <ChevronRightIcon />}
        {open ? hideLabel : showLabel}
        {subject ? (
          <>
            {' '}
            <VisuallyHidden>{subject}</VisuallyHidden>
          </>
        ) : null}
      </button>
      <div id={id} hidden={!open}>
        {open ? (
          // Focusable so keyboard users can scroll a long record; a named region says what it holds.
          <pre className={styles.code} role="region" aria-label={label} tabIndex={0}>
            <code>{content}</code>
          </pre>
        ) : null}
      </div>
    </div>
  );
}
