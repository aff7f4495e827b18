import { useState, type FormEvent } from 'react';
import { useFormErrors } from '../../components/FormErrors';

/**
 * One small account form: the required fields are checked first, then `send` runs; a refusal is
 * shown at its field (or above the button), success sets `done`.
 */
export function useAccountForm(required: Record<string, string>, send: () => Promise<void>) {
  const errors = useFormErrors();
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.checkRequired(required)) return;
    setPending(true);
    setError(undefined);
    setDone(false);
    try {
      await send();
      setDone(true);
    } catch (err) {
      setError(err);
      errors.show(err);
    } finally {
      setPending(false);
    }
  };
  return { errors, error: error && errors.otherError, pending, done, submit };
}
