import { useState } from 'react';
import { useMutation, useQuery } from '../api/hooks';
import type { TypedDocumentString } from '../api/__generated__/graphql';

/**
 * A list from a query that one mutation changes in place (a preference set, a saved search
 * deleted): after each change that went through, `message` says what changed and the list reloads.
 * `error` is the list's failure, else the last change's. (A list query without variables.)
 */
export function useEditedList<T, V, MT, MV>(query: TypedDocumentString<T, V>, mutation: TypedDocumentString<MT, MV>) {
  const list = useQuery(query);
  const change = useMutation(mutation);
  const [message, setMessage] = useState<string>();
  const run = async (variables: MV, said: (done: MT) => string) => {
    const done = await change.run(variables);
    if (!done) return;
    setMessage(said(done));
    list.reload();
  };
  return { data: list.data, error: list.error ?? change.error, pending: change.pending, message, run };
}
