"use client";
// One resource from our API, for a record page that already has it from the server: shown at once, fetched again
// only when the clinician asks (retry). A few lines instead of a query library on the record page, whose first load
// has a budget (BENCHMARKS.md): nothing here caches across patients, ranges or views; each server render is its own.
import { useCallback, useEffect, useRef, useState } from "react";
import { apiFetch } from "./api";

export type ApiResource<T> = {
  data: T | undefined;
  /** The last fetch's failure (an ApiError, or what fetch threw); the data fetched before it is kept. */
  error: unknown;
  fetching: boolean;
  refetch: () => void;
};

export function useApiResource<T>(path: string, initialData: T | undefined): ApiResource<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; fetching: boolean }>({
    data: initialData,
    error: null,
    fetching: false,
  });
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);
  const refetch = useCallback(() => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setState((s) => ({ ...s, fetching: true }));
    apiFetch<T>(path, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, fetching: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ data: s.data, error, fetching: false }));
      },
    );
  }, [path]);
  return { ...state, refetch };
}
