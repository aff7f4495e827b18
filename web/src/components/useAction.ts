import { useState } from 'react';
import type { FormErrors } from './FormErrors';

/**
 * One call at a time from a page's buttons or a form: `pending` names the one running (an id, a
 * step, or just `true`) meanwhile; `error` keeps its failure until the next run. Given a form's
 * errors, a refusal is also shown at that form's fields.
 */
export function useAction<K extends string | boolean>(errors?: FormErrors) {
  const [pending, setPending] = useState<K>();
  const [error, setError] = useState<unknown>();
  const run = async (key: K, action: () => Promise<void>) => {
    setPending(key);
    setError(undefined);
    errors?.clear();
    try {
      await action();
    } catch (err) {
      setError(err);
      errors?.show(err);
    } finally {
      setPending(undefined);
    }
  };
  return { pending, error, run };
}
