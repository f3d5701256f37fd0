"use client";
// Username and password sign-in. Posts to next-auth's credentials callback with its CSRF token.
import { useState, type FormEvent } from "react";
import { ErrorSummary, type FieldError } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import { Button } from "@/components/ui/button";
import { signInErrorMessage } from "@/lib/domain/auth/sign-in-messages";

export function SignInForm({ callbackPath, initialError }: { callbackPath: string; initialError: string | null }) {
  const [errors, setErrors] = useState<FieldError[]>(initialError ? [{ fieldId: "username", message: initialError }] : []);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const missing: FieldError[] = [];
    if (!username) missing.push({ fieldId: "username", message: "Enter your username" });
    if (!password) missing.push({ fieldId: "password", message: "Enter your password" });
    if (missing.length) return setErrors(missing);

    setBusy(true);
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await fetch("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ username, password, csrfToken, callbackUrl: callbackPath, json: "true" }),
      });
      const { url } = (await response.json()) as { url?: string };
      const code = url ? new URL(url, window.location.href).searchParams.get("error") : "Unknown";
      if (response.ok && !code) return window.location.assign(callbackPath);
      setErrors([{ fieldId: "username", message: signInErrorMessage(code ?? "Unknown") ?? "" }]);
    } catch {
      setErrors([{ fieldId: "username", message: signInErrorMessage("Unavailable") ?? "" }]);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (id: string) => errors.find((e) => e.fieldId === id && e.message.startsWith("Enter"))?.message;
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput id="username" label="Username" autoComplete="username" spellCheck={false} error={fieldError("username")} />
      <TextInput id="password" label="Password" type="password" autoComplete="current-password" error={fieldError("password")} />
      <Button type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
