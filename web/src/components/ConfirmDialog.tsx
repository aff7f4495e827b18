import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';
import styles from './ConfirmDialog.module.css';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What the step does, said under the title. */
  text?: string;
  /** Anything more the step needs (a reason to give). */
  children?: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  pending?: boolean;
  danger?: boolean;
  /** Why the step just failed, shown in the dialog while it is open (the page keeps the error). */
  error?: unknown;
}

/**
 * A modal question before a step that cannot be undone. The native <dialog> opened with
 * showModal() keeps focus inside, makes the page behind it inert and closes on Escape; focus goes
 * back to the button that opened it. The first field (or the confirm button) gets focus.
 */
export function ConfirmDialog({ open, title, text, children, confirmLabel, onConfirm, onCancel, pending, danger, error }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
      const first = element.querySelector<HTMLElement>('textarea, input, select') ?? element.querySelector<HTMLElement>('[data-confirm]');
      first?.focus();
    } else if (!open && element.open) {
      element.close();
      (opener.current as HTMLElement | null)?.focus?.();
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React decide, so `open` stays the one truth.
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
        noValidate
      >
        <h2 id={titleId} className="h3">
          {title}
        </h2>
        {text && <p>{text}</p>}
        {children}
        <ErrorMessage error={open && error} />
        <div className="actions">
          <button type="submit" data-confirm className={danger ? 'button-danger' : undefined} disabled={pending}>
            {pending ? t('common.saving') : confirmLabel}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
