import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';
import { ErrorSummary, FormErrorsProvider, type FormErrors } from './FormErrors';
import { Notice } from './Notice';

interface SubmitFormProps {
  errors: FormErrors;
  onSubmit(event: FormEvent): void;
  className?: string;
  /** What went wrong beside the form's own refusals (a sign-in after registering), shown when they are not. */
  otherError?: unknown;
  /** Said after a successful submit (the form stays on the page), above the button. */
  saved?: ReactNode;
  pending: boolean;
  submit: ReactNode;
  /** The button's words while pending ("Saving…" unless told). */
  pendingLabel?: ReactNode;
  children: ReactNode;
}

/**
 * A form with one submit button: its refusals summed up above it and shown at their fields, and
 * whatever is not about a field above the button. The browser's own validation stays off: the
 * summary says what is missing, in the page's language.
 */
export function SubmitForm({ errors, onSubmit, className = 'form', otherError, saved, pending, submit, pendingLabel, children }: SubmitFormProps) {
  const { t } = useTranslation();
  return (
    <FormErrorsProvider value={errors}>
      <form onSubmit={onSubmit} className={className} noValidate>
        <ErrorSummary />
        {children}
        <ErrorMessage error={errors.otherError ?? otherError} />
        <Notice>{saved}</Notice>
        <button type="submit" disabled={pending}>
          {pending ? (pendingLabel ?? t('common.saving')) : submit}
        </button>
      </form>
    </FormErrorsProvider>
  );
}
