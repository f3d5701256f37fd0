"use client";
// The privacy officer's outcome for one emergency-override alert: appropriate, or needs follow-up, with an
// optional note. Posted to the review route; the page then re-renders from the server.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ReviewOutcomeRadios } from "./review-outcome-radios";
import { checkWith, requestFailure, useValidatedForm } from "@/components/ui/use-validated-form";
import { apiFetch } from "@/lib/client/api";
import { alertReviewSchema } from "@/lib/domain/governance/alert-review";
import { ALERT_STATUS_LABELS, REVIEW_OUTCOMES } from "@/lib/domain/governance/audit-vocabulary";

type Props = { alertId: string; legend: string };

export function AlertReviewForm({ alertId, legend }: Props) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const ids = { outcome: `outcome-${alertId}`, note: `note-${alertId}`, owner: `owner-${alertId}`, dueOn: `due-${alertId}` };
  const fieldId = (field: string) => (field === "note" || field === "owner" || field === "dueOn" ? ids[field] : ids.outcome);
  const {
    errors,
    busy: saving,
    onSubmit,
    errorFor,
  } = useValidatedForm({
    check: (form) =>
      checkWith(
        alertReviewSchema.safeParse({
          outcome: form.get("outcome") ?? undefined,
          note: form.get("note") ?? undefined,
          owner: form.get("owner") ?? undefined,
          dueOn: form.get("dueOn") ?? undefined,
        }),
        fieldId,
      ),
    send: async (review) => {
      await apiFetch(`/api/alerts/${alertId}/review`, { method: "POST", body: review });
      startRefresh(() => router.refresh());
    },
    onFailure: (error) => requestFailure(error, ids.outcome),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4">
      <ErrorSummary errors={errors} />
      <ReviewOutcomeRadios
        fieldId={ids.outcome}
        legend={legend}
        outcomes={REVIEW_OUTCOMES}
        labels={ALERT_STATUS_LABELS}
        error={errorFor(ids.outcome)}
      />
      <div className={`mb-4 ${errorFor(ids.note) ? "border-l-4 border-nhs-red pl-4" : ""}`}>
        <label htmlFor={ids.note} className="mb-1 block font-bold">
          Note (optional)
        </label>
        <p id={`${ids.note}-hint`} className="mb-1 text-nhs-grey">
          What you checked, or what follow-up is needed. Do not include clinical details.
        </p>
        {errorFor(ids.note) && <p className="mb-1 font-bold text-nhs-red">{errorFor(ids.note)}</p>}
        <textarea
          id={ids.note}
          name="note"
          rows={2}
          maxLength={2000}
          aria-describedby={`${ids.note}-hint`}
          className="block w-full max-w-xl border-2 border-nhs-black bg-white p-2"
        />
      </div>
      <fieldset className="mb-4">
        <legend className="mb-1 font-bold">If it needs follow-up</legend>
        <p className="mb-2 text-nhs-grey">Who owns the follow-up, and when it is due. Required for &ldquo;Needs follow-up&rdquo;.</p>
        <div className="flex flex-wrap gap-x-6">
          <TextInput id={ids.owner} name="owner" label="Follow-up owner" error={errorFor(ids.owner)} autoComplete="off" maxLength={200} />
          <TextInput id={ids.dueOn} name="dueOn" type="date" label="Follow-up due date" error={errorFor(ids.dueOn)} />
        </div>
      </fieldset>
      <Button type="submit" disabled={saving || refreshing}>
        {saving || refreshing ? "Recording…" : "Record review"}
      </Button>
    </form>
  );
}
