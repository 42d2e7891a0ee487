import { useCallback, useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '../../../../components/ui/button';
import { FieldError, describedBy } from '../../../../components/ui/field-error';
import { ImageIcon } from '../../../../components/ui/icons/image';
import { TrashIcon } from '../../../../components/ui/icons/trash';
import { safeImageUrl } from '../../../../lib/safe-url';
import { useServices } from '../../../../lib/services';
import { wizardMessages } from '../../messages/wizard';
import { LOGO_ACCEPT, checkLogoContent, checkLogoFile, type LogoValue } from './token-form-schema';
import styles from './logo-picker.module.css';

export interface LogoPickerProps {
  value: LogoValue;
  onChange: (value: LogoValue) => void;
  /**
   * A picked file failed the checks and this message is to be shown. The previous logo stays: when the file was
   * already taken while its bytes were read, `previous` is the logo to put back (without validating it again, which
   * would clear the message).
   */
  onReject: (message: string, previous?: LogoValue) => void;
  error?: ReactNode;
  /** Receives the file input, so the form can move focus here when the logo is invalid. */
  inputRef?: ((node: HTMLInputElement | null) => void) | undefined;
}

/** Shows a picked file through an object URL that lives exactly as long as this image. */
function FilePreview({ file, className }: { file: File; className?: string | undefined }) {
  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return undefined;
      const url = URL.createObjectURL(file);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [file],
  );
  return <img ref={attach} className={className ?? styles.image} alt="" />;
}

/** The logo as chosen so far (a picked file or the token's current URL), or nothing. */
export function LogoImage({ value, className }: { value: LogoValue; className?: string | undefined }) {
  const { apiBaseUrl } = useServices();
  if (value?.kind === 'file') return <FilePreview file={value.file} className={className} />;
  const url = value?.kind === 'url' ? safeImageUrl(value.url, apiBaseUrl) : undefined;
  return url ? <img className={className ?? styles.image} src={url} alt="" /> : null;
}

export function LogoPicker({ value, onChange, onReject, error, inputRef }: LogoPickerProps) {
  const id = useId();
  const inputId = `${id}-file`;
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = useRef<HTMLInputElement | null>(null);
  // The logo as it is now, for a byte check that ends after the admin picked another file or removed this one.
  const current = useRef(value);
  useEffect(() => {
    current.current = value;
  }, [value]);
  return (
    <div className={styles.picker} role="group" aria-labelledby={labelId}>
      <div className={styles.labelRow}>
        <span id={labelId} className={styles.label}>
          {wizardMessages.logo.label}
        </span>
        <span className={styles.optional}>{wizardMessages.optional}</span>
      </div>
      <p id={hintId} className={styles.hint}>
        {wizardMessages.logo.hint}
      </p>
      <div className={styles.row}>
        <div
          className={[styles.preview, error && styles.previewInvalid].filter(Boolean).join(' ')}
          role="img"
          aria-label={value ? wizardMessages.logo.preview : wizardMessages.logo.none}
        >
          {value ? <LogoImage value={value} /> : <ImageIcon size={22} />}
        </div>
        <div className={styles.actions}>
          <span className={styles.pick}>
            <input
              ref={(node) => {
                input.current = node;
                inputRef?.(node);
              }}
              id={inputId}
              className={styles.input}
              type="file"
              accept={LOGO_ACCEPT}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(hintId, error ? errorId : null)}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                // Cleared so that choosing the same file again (after a fix or a Remove) still fires a change.
                event.currentTarget.value = '';
                if (!file) return;
                const problem = checkLogoFile(file);
                if (problem) {
                  onReject(problem);
                  return;
                }
                // Taken at once, so that a Next meanwhile waits for the form's own check of the bytes instead of
                // passing with the old logo; given back if the bytes are no image.
                const previous = value;
                const picked: LogoValue = { kind: 'file', file };
                current.current = picked;
                onChange(picked);
                void checkLogoContent(file).then((contentProblem) => {
                  // The form keeps copies of its values, so the file itself is what tells whether it is still picked.
                  const stillPicked = current.current?.kind === 'file' && current.current.file === file;
                  if (contentProblem && stillPicked) onReject(contentProblem, previous);
                });
              }}
            />
            <label htmlFor={inputId} className={styles.pickLabel}>
              <ImageIcon size={16} />
              {value ? wizardMessages.logo.change : wizardMessages.logo.add}
            </label>
          </span>
          {value ? (
            <Button
              variant="ghost"
              size="sm"
              icon={<TrashIcon />}
              onClick={() => {
                current.current = null;
                onChange(null);
                input.current?.focus();
              }}
            >
              {wizardMessages.logo.remove}
            </Button>
          ) : null}
          {value?.kind === 'file' ? (
            <span className={styles.fileName}>{wizardMessages.logo.chosen(value.file.name)}</span>
          ) : null}
        </div>
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
