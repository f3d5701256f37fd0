"use client";
// Before the record opens: the clinician records the patient's permission, a refusal, or an emergency override
// with a reason. Validated with the same schema the server uses.
import { useRouter } from "next/navigation";
import { useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { checkWith, requestFailure, useValidatedForm } from "@/components/ui/use-validated-form";
import { apiFetch } from "@/lib/client/api";
import {
  accessDecisionSchema,
  CONSENT_GIVERS,
  DECEASED_PURPOSES,
  OVERRIDE_REASONS,
  type AccessDecisionInput,
} from "@/lib/domain/access/access-reasons";
import { Callout } from "../ui/callout";

const CHOICES = [
  { value: "CONSENT_GIVEN", label: "The patient has given permission to view their GP record" },
  { value: "CONSENT_REFUSED", label: "The patient refused permission" },
  { value: "EMERGENCY_OVERRIDE", label: "Emergency: the patient cannot give permission and I need the record now" },
  {
    value: "DECEASED_PATIENT",
    label: "The patient has died: I need the record to certify the death, for the coroner, or for bereavement support",
  },
] as const;

export function AccessReasonForm({ nhsNumber, patientName }: { nhsNumber: string; patientName: string }) {
  const router = useRouter();
  const [choice, setChoice] = useState<string>("");
  const { errors, busy, onSubmit, errorFor } = useValidatedForm<AccessDecisionInput>({
    check: (form) => {
      // Read from the form, not the state, so Enter on a radio can choose it and submit in one key press.
      const decision = String(form.get("decision") ?? "");
      if (!decision) return { ok: false, errors: [{ fieldId: "decision", message: "Select why you are looking at this record" }] };
      const input = {
        decision,
        reason: form.get("reason") || undefined,
        detail: form.get("detail") ?? undefined,
        givenBy: form.get("givenBy") || undefined,
        purpose: form.get("purpose") || undefined,
      };
      return checkWith(accessDecisionSchema.safeParse(input), (field) =>
        field === "reason" || field === "givenBy" || field === "purpose" ? field : "detail",
      );
    },
    send: async (input) => {
      await apiFetch(`/api/patients/${nhsNumber}/access`, { method: "POST", body: input });
      router.refresh();
    },
    onFailure: (error) => requestFailure(error, "decision"),
  });

  // Keyboard: arrow keys move between the radios (native); Enter chooses the focused one and submits. The emergency
  // override needs a reason first, so Enter there chooses it and moves on to the reason.
  function onRadioEnter(event: KeyboardEvent<HTMLInputElement>, value: string) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const form = event.currentTarget.form;
    flushSync(() => setChoice(value));
    if (value === "EMERGENCY_OVERRIDE") document.getElementById("reason")?.focus();
    else form?.requestSubmit();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <ErrorSummary errors={errors} />
      <Callout tone="warning">
        <h2 className="mb-2 text-xl font-bold">Your access is recorded</h2>
        <p>
          Only open this record if you are caring for {patientName} now. Who looked, when and why is recorded and reviewed by the privacy
          officer.
        </p>
      </Callout>
      <fieldset className={`mb-6 ${errorFor("decision") ? "border-l-4 border-nhs-red pl-4" : ""}`}>
        <legend className="mb-3 text-2xl font-bold">Why are you looking at this record?</legend>
        {errorFor("decision") && <p className="mb-2 font-bold text-nhs-red">{errorFor("decision")}</p>}
        {CHOICES.map((c, i) => (
          <div key={c.value} className="mb-3 flex items-start gap-3">
            <input
              type="radio"
              name="decision"
              id={i === 0 ? "decision" : `decision-${c.value}`}
              value={c.value}
              checked={choice === c.value}
              onChange={() => setChoice(c.value)}
              onKeyDown={(event) => onRadioEnter(event, c.value)}
              className="mt-1 h-6 w-6 accent-nhs-black"
            />
            <label htmlFor={i === 0 ? "decision" : `decision-${c.value}`}>{c.label}</label>
          </div>
        ))}
      </fieldset>
      {choice === "CONSENT_GIVEN" && (
        <div className="mb-6 border-l-4 border-nhs-border pl-4">
          <label htmlFor="givenBy" className="mb-1 block font-bold">
            Who gave permission
          </label>
          {errorFor("givenBy") && <p className="mb-1 font-bold text-nhs-red">{errorFor("givenBy")}</p>}
          <select id="givenBy" name="givenBy" defaultValue="patient" className="block border-2 border-nhs-black bg-white px-2 py-1.5">
            {Object.entries(CONSENT_GIVERS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      {choice === "DECEASED_PATIENT" && (
        <div className="mb-6 border-l-4 border-nhs-border pl-4">
          <label htmlFor="purpose" className="mb-1 block font-bold">
            Why you need the record
          </label>
          {errorFor("purpose") && <p className="mb-1 font-bold text-nhs-red">{errorFor("purpose")}</p>}
          <select id="purpose" name="purpose" defaultValue="" className="block border-2 border-nhs-black bg-white px-2 py-1.5">
            <option value="" disabled>
              Choose a reason
            </option>
            {Object.entries(DECEASED_PURPOSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <p className="mt-2">This is recorded and shown to the privacy officer with your reason.</p>
        </div>
      )}
      {choice === "EMERGENCY_OVERRIDE" && (
        <div className="mb-6 border-l-4 border-nhs-border pl-4">
          <p className="mb-4">An emergency override alerts the privacy officer, who will review it.</p>
          <label htmlFor="reason" className="mb-1 block font-bold">
            Reason
          </label>
          {errorFor("reason") && <p className="mb-1 font-bold text-nhs-red">{errorFor("reason")}</p>}
          <select id="reason" name="reason" defaultValue="" className="mb-4 block border-2 border-nhs-black bg-white px-2 py-1.5">
            <option value="" disabled>
              Choose a reason
            </option>
            {OVERRIDE_REASONS.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          <label htmlFor="detail" className="mb-1 block font-bold">
            Explain why you need the record without permission
          </label>
          {errorFor("detail") && <p className="mb-1 font-bold text-nhs-red">{errorFor("detail")}</p>}
          <textarea id="detail" name="detail" rows={3} className="block w-full max-w-xl border-2 border-nhs-black bg-white p-2" />
        </div>
      )}
      <Button type="submit" disabled={busy} variant={choice === "EMERGENCY_OVERRIDE" ? "warning" : "primary"}>
        {choice === "CONSENT_REFUSED"
          ? "Record refusal"
          : choice === "EMERGENCY_OVERRIDE"
            ? "Record override and open record"
            : "Record and open record"}
      </Button>
    </form>
  );
}
