"use client";
// What the user saw that worried them, sent with the page they were on. On success the form is replaced by a
// confirmation with a way back to that page.
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { checkWith, requestFailure, useValidatedForm } from "@/components/ui/use-validated-form";
import { apiFetch } from "@/lib/client/api";
import { safetyConcernSchema } from "@/lib/domain/governance/safety-concern";

const FIELD = "concern";

export function SafetyConcernForm({ page }: { page: string }) {
  const [sent, setSent] = useState(false);
  const { errors, busy, onSubmit, errorFor } = useValidatedForm({
    check: (form) => checkWith(safetyConcernSchema.safeParse({ page, concern: form.get(FIELD) ?? "" }), () => FIELD),
    send: async (report) => {
      await apiFetch("/api/safety-concerns", { method: "POST", body: report });
      setSent(true);
    },
    onFailure: (error) => requestFailure(error, FIELD),
  });
  if (sent)
    return (
      <div role="status" className="border-l-8 border-nhs-green bg-white p-4">
        <h2 className="mb-2 text-2xl font-bold">Your concern has been recorded</h2>
        <p className="mb-2">The clinical safety officer&apos;s team will review it. If a patient is at risk now, act on it now as well.</p>
        <Link href={page}>Go back to the page you were on</Link>
      </div>
    );
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      <div className={`mb-4 ${errorFor(FIELD) ? "border-l-4 border-nhs-red pl-4" : ""}`}>
        <label htmlFor={FIELD} className="mb-1 block text-lg font-bold">
          What did you see?
        </label>
        <p id={`${FIELD}-hint`} className="mb-1 text-nhs-grey">
          For example, a warning that was missing or wrong, an allergy or medicine not shown, or a resuscitation decision that did not match
          the form. Say what you expected to see.
        </p>
        {errorFor(FIELD) && (
          <p className="mb-1 font-bold text-nhs-red">
            <span className="sr-only">Error: </span>
            {errorFor(FIELD)}
          </p>
        )}
        <textarea
          id={FIELD}
          name={FIELD}
          rows={6}
          maxLength={4000}
          aria-describedby={`${FIELD}-hint`}
          className="block w-full max-w-2xl border-2 border-nhs-black bg-white p-2"
        />
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? "Sending…" : "Report the concern"}
      </Button>
    </form>
  );
}
