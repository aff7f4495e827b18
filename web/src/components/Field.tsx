import { useId, type InputHTMLAttributes, type ReactElement, type ReactNode } from 'react';
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

/** The attributes of a text control that a form may set; value, change, id and required are the field's. */
type TextControl = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'autoComplete' | 'inputMode' | 'pattern' | 'min' | 'max' | 'step' | 'minLength' | 'maxLength' | 'placeholder' | 'disabled'
>;

type TextFieldProps = Omit<FieldProps, 'children'> &
  TextControl & {
    value: string;
    onChange(value: string): void;
    /** A textarea of this many rows instead of a one-line input. */
    rows?: number;
  };

/** A Field whose control is a text input (or, with rows, a textarea); required marks the label and the control. */
export function TextField({ label, hint, required, className, name, error, value, onChange, rows, ...control }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} required={required} className={className} name={name} error={error}>
      {(p) =>
        rows ? (
          <textarea {...p} {...control} rows={rows} required={required} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...p} {...control} required={required} value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}
