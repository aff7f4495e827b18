/**
 * Field errors for a form: the API's `extensions.fields` (or `extensions.field`) and the form's own
 * REQUIRED check become a message beside each input (Field reads it by its `name`, the API's input
 * path such as `input.title`), `aria-invalid` + `aria-describedby` on the input, a summary at the
 * top of the form with a link to every field, and focus on the first invalid field.
 * An error that names no field of the form stays `otherError`, for ErrorMessage.
 */
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { inputFor, isMissing, problemsOf, reasonText } from '../domain/error-text';
import { currentLanguage } from '../i18n';
import { reasonsNl } from '../i18n/reasons';

/** The id of the control that shows an input path (within a scope when a page has several such forms), so the summary can link to it. */
const controlId = (name: string, scope?: string) => `field-${scope ? `${scope}-` : ''}${name}`.replace(/[^A-Za-z0-9_-]/g, '-');

interface Shown {
  name: string | undefined;
  text: string;
}

export interface FormErrors {
  /** The text beside the input `name`, if it is refused. */
  errorFor(name: string): string | undefined;
  /** Marks every empty required value (path → value) as REQUIRED; true when none is empty. */
  checkRequired(values: Record<string, unknown>): boolean;
  /** Shows a failed call's field errors; anything else becomes `otherError`. */
  show(error: unknown): void;
  clear(): void;
  /** The failure that is not about a field of this form (for ErrorMessage). */
  otherError: unknown;
  shown: Shown[];
  /** Inputs register their path and label, so API paths find them and the summary can name them. */
  register(name: string, label: ReactNode): () => void;
  labelOf(name: string): ReactNode;
  /** Changes each time errors are shown, so focus moves again after a second failed submit. */
  generation: number;
  idOf(name: string): string;
}

const Context = createContext<FormErrors | null>(null);

export function useFormErrors(scope?: string): FormErrors {
  const { t } = useTranslation();
  const inputs = useRef(new Map<string, ReactNode>());
  const [shown, setShown] = useState<Shown[]>([]);
  const [otherError, setOtherError] = useState<unknown>();
  const [generation, setGeneration] = useState(0);
  const required = t('reasons.REQUIRED');

  const clear = useCallback(() => {
    setShown([]);
    setOtherError(undefined);
  }, []);

  const checkRequired = useCallback(
    (values: Record<string, unknown>) => {
      const missing = Object.entries(values)
        .filter(([, value]) => isMissing(value))
        .map(([name]) => ({ name, text: required }));
      setShown(missing);
      setOtherError(undefined);
      if (missing.length) setGeneration((g) => g + 1);
      return missing.length === 0;
    },
    [required],
  );

  const show = useCallback(
    (error: unknown) => {
      if (!error) {
        clear();
        return;
      }
      const problems = error instanceof ApiError ? problemsOf(error) : [];
      const lang = currentLanguage();
      const fallback = error instanceof ApiError && error.code === 'BAD_USER_INPUT' ? t('errors.BAD_USER_INPUT.title') : t('errors.CONFLICT.title');
      const next = problems.map((p) => ({
        name: inputFor(p.field, [...inputs.current.keys()]),
        text: reasonText(t as never, reasonsNl, lang, p) ?? fallback,
      }));
      // The first refusal per input is the one to fix first.
      const unique = next.filter((s, i) => !s.name || next.findIndex((o) => o.name === s.name) === i);
      setShown(unique);
      setOtherError(unique.some((s) => s.name) ? undefined : error);
      setGeneration((g) => g + 1);
    },
    [t, clear],
  );

  const register = useCallback((name: string, label: ReactNode) => {
    inputs.current.set(name, label);
    return () => {
      inputs.current.delete(name);
    };
  }, []);

  return useMemo(
    () => ({
      errorFor: (name: string) => shown.find((s) => s.name === name)?.text,
      checkRequired,
      show,
      clear,
      otherError,
      // When nothing maps to a field, ErrorMessage shows the error (otherError) and the summary stays away.
      shown: otherError ? [] : shown,
      register,
      labelOf: (name: string) => inputs.current.get(name),
      generation,
      idOf: (name: string) => controlId(name, scope),
    }),
    [shown, checkRequired, show, clear, otherError, register, generation, scope],
  );
}

/**
 * The errors of a form that sends one mutation: each failure of it (useMutation's `error`) is shown
 * at its fields as it comes, and cleared when the next run starts.
 */
export function useMutationFormErrors(error: unknown): FormErrors {
  const errors = useFormErrors();
  // show is stable (useCallback); the whole errors object changes with every error shown.
  const { show } = errors;
  useEffect(() => show(error), [error, show]);
  return errors;
}

/** The API's input paths of a form's values (`title` → `input.title`), for checkRequired. */
export function inputPaths(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`input.${key}`, value]));
}

export function FormErrorsProvider({ value, children }: { value: FormErrors; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The form's errors, when the field is inside a FormErrorsProvider. */
export function useFieldErrors(name: string | undefined, label: ReactNode): { id?: string; error?: string } {
  const form = useContext(Context);
  // register is stable (useCallback); the form object changes with every error shown.
  const register = form?.register;
  useEffect(() => (register && name ? register(name, label) : undefined), [register, name, label]);
  if (!form || !name) return {};
  return { id: form.idOf(name), error: form.errorFor(name) };
}

/**
 * The list at the top of the form: one link per refused field, and focus on the first refused
 * input after a failed submit (on the summary when that input cannot take focus).
 */
export function ErrorSummary() {
  const { t } = useTranslation();
  const form = useContext(Context);
  const summary = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const first = form?.shown.find((s) => s.name)?.name;
  const count = form?.shown.length ?? 0;
  useEffect(() => {
    if (!form?.generation || count === 0) return;
    const control = first ? document.getElementById(form.idOf(first)) : null;
    if (control) control.focus();
    else summary.current?.focus();
    // Focus moves on each failed submit (generation), not on every change of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form?.generation]);
  if (!form || form.shown.length === 0) return null;
  return (
    <div className="error error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={titleId}>
      <p className="error-title" id={titleId}>
        {t('form.summaryTitle', { count: form.shown.length })}
      </p>
      <ul>
        {form.shown.map((s, i) =>
          // A refused value this form has no input for (rare): its words, without a link.
          !s.name ? (
            <li key={`other-${i}`}>{s.text}</li>
          ) : (
          <li key={s.name}>
            <a
              href={`#${form.idOf(s.name)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(form.idOf(s.name!))?.focus();
              }}
            >
              {form.labelOf(s.name)}: {s.text}
            </a>
          </li>
          ),
        )}
      </ul>
    </div>
  );
}

/** A field error for a control that is not a Field (a fieldset of checkboxes, the skills editor). */
export function FieldError({ name, label }: { name: string; label: ReactNode }) {
  const { id, error } = useFieldErrors(name, label);
  if (!error) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  );
}
