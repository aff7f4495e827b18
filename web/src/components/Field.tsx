import { useId, type ReactElement, type ReactNode } from 'react';

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Renders the control with the id and aria-describedby it must carry. */
  children(props: { id: string; 'aria-describedby'?: string }): ReactElement;
  required?: boolean;
  className?: string;
}

/** A labelled form control with an optional hint that is read with it. */
export function Field({ label, hint, children, required, className }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
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
      {children({ id, ...(hint ? { 'aria-describedby': hintId } : {}) })}
    </div>
  );
}
