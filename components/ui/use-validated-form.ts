// The one way our forms submit: read the fields, check them with the same rules the server uses, show every
// problem in the error summary (each linked to its field), and only then send; a refusal from the server is
// shown the same way. Used by the sign-in, access-reason and alert-review forms.
import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { ApiError } from "@/lib/client/api";
import type { FieldError } from "./error-summary";

export type FormCheck<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** A zod result as a form check: each issue linked to the field its path names. */
export function checkWith<T>(result: z.ZodSafeParseResult<T>, fieldId: (field: string) => string): FormCheck<T> {
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.map((i) => ({ fieldId: fieldId(String(i.path[0] ?? "")), message: i.message })) };
}

/** A failed request as an error on one field: our API's title (or detail) and action, never a raw message. */
export function requestFailure(error: unknown, fieldId: string): FieldError[] {
  const message =
    error instanceof ApiError ? `${error.view.detail ?? error.view.title}. ${error.view.action}` : "Something went wrong. Try again.";
  return [{ fieldId, message }];
}

type Options<T> = {
  check: (form: FormData) => FormCheck<T>;
  /** Sends the checked value; resolves to field errors when the server refused it in a way the user can correct. */
  send: (value: T) => Promise<FieldError[] | void>;
  /** What to show when sending failed outright (network, server error). */
  onFailure: (error: unknown) => FieldError[];
  initialErrors?: FieldError[];
};

export function useValidatedForm<T>({ check, send, onFailure, initialErrors = [] }: Options<T>) {
  const [errors, setErrors] = useState<FieldError[]>(initialErrors);
  const [busy, setBusy] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = check(new FormData(event.currentTarget));
    if (!checked.ok) return setErrors(checked.errors);
    setErrors([]);
    setBusy(true);
    void send(checked.value)
      .then(
        (refused) => refused && setErrors(refused),
        (error: unknown) => setErrors(onFailure(error)),
      )
      .finally(() => setBusy(false));
  }

  return { errors, busy, onSubmit, errorFor: (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message };
}
