"use client";
// Username and password sign-in. Posts to next-auth's credentials callback with its CSRF token.
import { ErrorSummary, type FieldError } from "@/components/ui/error-summary";
import { useValidatedForm } from "@/components/ui/use-validated-form";
import { TextInput } from "@/components/ui/text-input";
import { Button } from "@/components/ui/button";
import { signInErrorMessage } from "@/lib/domain/auth/sign-in-messages";

export function SignInForm({ callbackPath, initialError }: { callbackPath: string; initialError: string | null }) {
  const { errors, busy, onSubmit } = useValidatedForm({
    initialErrors: initialError ? [{ fieldId: "username", message: initialError }] : [],
    check: (form) => {
      const username = String(form.get("username") ?? "").trim();
      const password = String(form.get("password") ?? "");
      const missing: FieldError[] = [];
      if (!username) missing.push({ fieldId: "username", message: "Enter your username" });
      if (!password) missing.push({ fieldId: "password", message: "Enter your password" });
      return missing.length ? { ok: false, errors: missing } : { ok: true, value: { username, password } };
    },
    send: async ({ username, password }) => {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await fetch("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ username, password, csrfToken, callbackUrl: callbackPath, json: "true" }),
      });
      const { url } = (await response.json()) as { url?: string };
      const code = url ? new URL(url, window.location.href).searchParams.get("error") : "Unknown";
      if (response.ok && !code) return window.location.assign(callbackPath);
      return [{ fieldId: "username", message: signInErrorMessage(code ?? "Unknown") ?? "" }];
    },
    onFailure: () => [{ fieldId: "username", message: signInErrorMessage("Unavailable") ?? "" }],
  });

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
