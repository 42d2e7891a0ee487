import { useCallback, useId, useRef } from 'react';
import { Button } from '../../../../components/ui/button';
import { FieldError, describedBy } from '../../../../components/ui/field-error';
import { ImageIcon } from '../../../../components/ui/icons/image';
import { TrashIcon } from '../../../../components/ui/icons/trash';
import { safeImageUrl } from '../../../../lib/safe-url';
import { useServices } from '../../../../lib/services';
import { wizardMessages } from '../../messages/wizard';
import { LOGO_ACCEPT, checkLogoFile, type LogoValue } from './token-form-schema';
import styles from './logo-picker.module.css';

export interface LogoPickerProps {
  value: LogoValue;
  onChange: (value: LogoValue) => void;
  /** A picked file failed the checks: the previous logo stays and this message is shown. */
  onReject: (message: string) => void;
  error?: string | undefined;
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
              aria-describedby={describedBy(hintId, error && errorId)}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                // Cleared so that choosing the same file again (after a fix or a Remove) still fires a change.
                event.currentTarget.value = '';
                if (!file) return;
                const problem = checkLogoFile(file);
                if (problem) onReject(problem);
                else onChange({ kind: 'file', file });
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
