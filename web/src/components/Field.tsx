import { useId, type ReactElement, type ReactNode } from 'react';
import { useFieldErrors } from './FormErrors';

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Renders the control with the id and aria-describedby it must carry. */
  children(props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }): ReactElement;
  required?: boolean;
  className?: string;
  /** The API's input path this control fills (e.g. `input.title`): refusals of it are shown here. */
  name?: string;
  /** What is wrong with this field's value, when the page decides it itself. */
  error?: ReactNode;
}

/** A labelled form control with an optional hint and error that are read with it. */
export function Field({ label, hint, children, required, className, name, error: ownError }: FieldProps) {
  const generated = useId();
  const fromForm = useFieldErrors(name, label);
  const id = fromForm.id ?? generated;
  const error = ownError ?? fromForm.error;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(' ');
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
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
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
    </div>
  );
}
