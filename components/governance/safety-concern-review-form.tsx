"use client";
// The privacy officer's (for the clinical safety officer) outcome on one safety concern, with an optional note.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ReviewOutcomeRadios } from "./review-outcome-radios";
import { checkWith, requestFailure, useValidatedForm } from "@/components/ui/use-validated-form";
import { apiFetch } from "@/lib/client/api";
import { SAFETY_CONCERN_OUTCOMES, SAFETY_CONCERN_STATUS_LABELS, safetyConcernReviewSchema } from "@/lib/domain/governance/safety-concern";

export function SafetyConcernReviewForm({ concernId }: { concernId: string }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const ids = { outcome: `concern-outcome-${concernId}`, note: `concern-note-${concernId}` };
  const { errors, busy, onSubmit, errorFor } = useValidatedForm({
    check: (form) =>
      checkWith(
        safetyConcernReviewSchema.safeParse({ outcome: form.get("outcome") ?? undefined, note: form.get("note") ?? undefined }),
        (field) => (field === "note" ? ids.note : ids.outcome),
      ),
    send: async (review) => {
      await apiFetch(`/api/safety-concerns/${concernId}/review`, { method: "POST", body: review });
      startRefresh(() => router.refresh());
    },
    onFailure: (error) => requestFailure(error, ids.outcome),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4">
      <ErrorSummary errors={errors} />
      <ReviewOutcomeRadios
        fieldId={ids.outcome}
        legend="Outcome of your review"
        outcomes={SAFETY_CONCERN_OUTCOMES}
        labels={SAFETY_CONCERN_STATUS_LABELS}
        error={errorFor(ids.outcome)}
      />
      <div className="mb-4">
        <label htmlFor={ids.note} className="mb-1 block font-bold">
          Note (optional)
        </label>
        {errorFor(ids.note) && <p className="mb-1 font-bold text-nhs-red">{errorFor(ids.note)}</p>}
        <textarea
          id={ids.note}
          name="note"
          rows={2}
          maxLength={2000}
          className="block w-full max-w-xl border-2 border-nhs-black bg-white p-2"
        />
      </div>
      <Button type="submit" disabled={busy || refreshing}>
        {busy || refreshing ? "Recording…" : "Record review"}
      </Button>
    </form>
  );
}
