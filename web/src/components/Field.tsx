import { useId, type ReactElement, type ReactNode } from 'react';

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Renders the control with the id and aria-describedby it must carry. */
  children(props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }): ReactElement;
  required?: boolean;
  className?: string;
  /** What is wrong with this field's value, shown at the field and read with it. */
  error?: ReactNode;
}

/** A labelled form control with an optional hint that is read with it. */
export function Field({ label, hint, children, required, className, error }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
