import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from './client';
import type { TypedDocumentString } from './__generated__/graphql';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Runs the query again (after a change), keeping the old data on screen meanwhile. */
  reload(): void;
}

/**
 * Runs a query when the component mounts and whenever `variables` change (compared as JSON);
 * a newer run cancels the older one, so fast typing never shows stale results.
 */
export function useQuery<T, V>(query: TypedDocumentString<T, V>, variables?: V, options: { skip?: boolean } = {}): QueryState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(!options.skip);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables ?? {});

  useEffect(() => {
    if (options.skip) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    request(query, JSON.parse(key) as V, controller.signal).then(
      (result) => {
        setData(result);
        setError(undefined);
        setLoading(false);
      },
      (err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [query, key, generation, options.skip]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}

export interface MutationState<T, V> {
  run(variables: V): Promise<T | undefined>;
  pending: boolean;
  error: unknown;
  reset(): void;
}

/** A mutation with its pending state and last error; `run` resolves undefined when it failed. */
export function useMutation<T, V>(mutation: TypedDocumentString<T, V>): MutationState<T, V> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (variables: V) => {
      setPending(true);
      setError(undefined);
      try {
        return await request(mutation, variables);
      } catch (err) {
        if (mounted.current) setError(err);
        return undefined;
      } finally {
        if (mounted.current) setPending(false);
      }
    },
    [mutation],
  );
  const reset = useCallback(() => setError(undefined), []);
  return { run, pending, error, reset };
}

/** The value after it has stopped changing for `ms` (search as you type). */
export function useDebounced<T>(value: T, ms = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
