import { useEffect, useId, useRef, useState } from 'react';
import { CloseIcon } from './icons/close';
import { SearchIcon } from './icons/search';
import styles from './search-field.module.css';

export interface SearchFieldProps {
  /** The committed search (e.g. from the URL). */
  value: string;
  /** Called with the typed text once typing pauses, and at once on Enter or when cleared. */
  onCommit: (text: string) => void;
  label: string;
  placeholder?: string;
  clearLabel: string;
  delayMs?: number;
  /**
   * How the owner cleans the text before storing it. While the typed text already means the committed value
   * (e.g. it only differs by a trailing space) it is left alone, so committing never eats what is being typed.
   */
  normalize?: (text: string) => string;
  maxLength?: number;
  className?: string;
  /**
   * Text for which this is truthy must not wait in the field (e.g. a pasted secret): it is committed the moment
   * it is typed or pasted, and the field shows its normalized form in its place. What is typed on right after it
   * is dropped too, until the text is edited otherwise.
   */
  instant?: (text: string) => unknown;
}

const defaultNormalize = (text: string) => text.trim();

/** A labelled search box that debounces its commits; Escape clears it. */
export function SearchField({
  value,
  onCommit,
  label,
  placeholder,
  clearLabel,
  delayMs = 300,
  normalize = defaultNormalize,
  maxLength,
  className,
  instant,
}: SearchFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const instantKept = useRef('');
  const [draft, setDraft] = useState(value);
  const [seenValue, setSeenValue] = useState(value);
  // What this field last committed. The owner may store it in a low-priority update (a router transition) that
  // lands after the user has typed on; it must not wipe those keystrokes.
  const [ownCommit, setOwnCommit] = useState<string | null>(null);
  // Follow changes made elsewhere (Back, "Clear filters") unless the draft already stands for the new value.
  if (value !== seenValue) {
    setSeenValue(value);
    if (value === ownCommit) setOwnCommit(null);
    else if (normalize(draft) !== value) setDraft(value);
  }

  const latest = useRef({ onCommit, normalize, value });
  useEffect(() => {
    latest.current = { onCommit, normalize, value };
  });

  useEffect(() => {
    const { normalize: clean, value: committed } = latest.current;
    if (clean(draft) === committed) return undefined;
    const timer = window.setTimeout(() => {
      setOwnCommit(clean(draft));
      latest.current.onCommit(draft);
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [draft, delayMs]);

  const commitNow = (text: string) => {
    setDraft(text);
    if (normalize(text) !== value) {
      setOwnCommit(normalize(text));
      onCommit(text);
    }
  };

  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')} role="search">
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <span className={styles.icon}>
        <SearchIcon />
      </span>
      <input
        ref={inputRef}
        id={id}
        className={styles.input}
        type="text"
        inputMode="search"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        // Text in a right-to-left script runs from the right as it is typed.
        dir="auto"
        placeholder={placeholder}
        maxLength={maxLength}
        value={draft}
        onChange={(event) => {
          const text = event.target.value;
          // Typed on right after an instant text (the rest of a secret typed by hand): dropped as well.
          const kept = instantKept.current;
          if (kept && text.startsWith(kept) && text !== kept) return;
          instantKept.current = '';
          if (!instant?.(text)) return setDraft(text);
          instantKept.current = normalize(text);
          setDraft(instantKept.current);
          setOwnCommit(instantKept.current);
          onCommit(text);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commitNow(draft);
          } else if (event.key === 'Escape' && draft !== '') {
            event.preventDefault();
            event.stopPropagation();
            commitNow('');
          }
        }}
      />
      {draft !== '' ? (
        <button
          type="button"
          className={styles.clear}
          aria-label={clearLabel}
          onClick={() => {
            commitNow('');
            inputRef.current?.focus();
          }}
        >
          <CloseIcon size={14} />
        </button>
      ) : null}
    </div>
  );
}
