import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../lib/clipboard';
import { Button } from './button';
import { CheckIcon } from './icons/check';
import { CopyIcon } from './icons/copy';

export interface CopyButtonProps {
  /** The text to copy; read lazily so a secret is only touched when the user asks. */
  getText: () => string;
  /** Accessible name, e.g. "Copy API endpoint". */
  label: string;
  copiedMessage: string;
  failedMessage: string;
  /** Tell the user (toast or host notification) whether copying worked. */
  onResult?: (ok: boolean, message: string) => void;
  size?: 'sm' | 'md';
  showLabel?: boolean;
  /** Show the outcome beside the button ("Copied"), not only to screen readers: for a value the user must keep. */
  showStatus?: boolean;
}

export function CopyButton({
  getText,
  label,
  copiedMessage,
  failedMessage,
  onResult,
  size = 'sm',
  showLabel = false,
  showStatus = false,
}: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <>
      <Button
        variant="ghost"
        size={size}
        iconOnly={!showLabel}
        aria-label={showLabel ? undefined : label}
        icon={state === 'copied' ? <CheckIcon /> : <CopyIcon />}
        onClick={async () => {
          const ok = await copyText(getText());
          setState(ok ? 'copied' : 'failed');
          onResult?.(ok, ok ? copiedMessage : failedMessage);
          window.clearTimeout(timer.current);
          // A failure stays until the next try: it tells the user to copy by hand, which takes longer to read.
          if (ok) timer.current = window.setTimeout(() => setState('idle'), 2500);
        }}
      >
        {showLabel ? label : null}
      </Button>
      {/* Announced politely; visible when copying failed, so the user knows to copy by hand, and with showStatus. */}
      <span
        role="status"
        aria-live="polite"
        style={
          state === 'failed'
            ? { color: 'var(--color-danger)', fontSize: 12 }
            : showStatus && state === 'copied'
              ? { color: 'var(--color-success)', fontSize: 13, fontWeight: 600, whiteSpace: 'nowrap' }
              : { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }
        }
      >
        {state === 'copied' ? copiedMessage : state === 'failed' ? failedMessage : ''}
      </span>
    </>
  );
}
