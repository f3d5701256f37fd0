"use client";
// Find a patient: NHS number first (the quickest and safest), or a trace by name with a date of birth (or just the
// year, or month and year), a postcode or gender. Input is checked in the browser with the same rules as the server
// before any request, so a typo costs no round trip. When nobody (or too many) match, the next steps are worked out
// from what was typed, so they never repeat the search just made.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Select } from "@/components/ui/select";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { SearchCandidate } from "@/lib/domain/search/match-notes";
import { notFoundAdvice, tooManyAdvice } from "@/lib/domain/search/search-advice";
import { birthDateFromParts, searchFieldErrors, searchInputSchema, type SearchInput } from "@/lib/domain/search/search-input";
import { SearchResults } from "./search-results";
import { Callout } from "../ui/callout";

type Result = { patients: SearchCandidate[]; total: number };
const FIELD_IDS: Record<string, string> = {
  nhsNumber: "nhsNumber",
  family: "family",
  given: "given",
  birthDate: "birthDate",
  gender: "gender",
  postcode: "postcode",
};

export function PatientSearch() {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [mode, setMode] = useState<SearchInput["mode"]>("nhs-number");
  const search = useMutation({
    mutationFn: (input: SearchInput) => apiFetch<Result>("/api/patients/search", { method: "POST", body: input }),
    onSuccess: (result, input) => {
      const only = result.patients[0];
      if (input.mode === "nhs-number" && result.total === 1 && only?.nhsNumber) router.push(`/patients/${only.nhsNumber}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.view.fields) setFieldErrors(error.view.fields);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>, formMode: SearchInput["mode"]) {
    event.preventDefault();
    setMode(formMode);
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? "");
    const raw =
      formMode === "nhs-number"
        ? { mode: formMode, nhsNumber: value("nhsNumber") }
        : {
            mode: formMode,
            family: value("family"),
            given: value("given"),
            birthDate: birthDateFromParts(value("birthDate-day"), value("birthDate-month"), value("birthDate-year")),
            gender: value("gender") || undefined,
            postcode: value("postcode"),
          };
    const parsed = searchInputSchema.safeParse(raw);
    if (!parsed.success) {
      search.reset();
      return setFieldErrors(searchFieldErrors(parsed.error));
    }
    setFieldErrors({});
    search.mutate(parsed.data);
  }

  const summary = Object.entries(fieldErrors).map(([field, message]) => ({ fieldId: FIELD_IDS[field] ?? field, message }));
  const apiError = search.error instanceof ApiError && !search.error.view.fields ? search.error.view : null;
  const sent = search.variables;
  const advice =
    apiError && sent
      ? apiError.code === "PATIENT_NOT_FOUND"
        ? notFoundAdvice(sent)
        : apiError.code === "TOO_MANY_MATCHES"
          ? tooManyAdvice(sent, Number(/^\d+/.exec(apiError.detail ?? "")?.[0] ?? 0))
          : null
      : null;
  return (
    <div>
      <ErrorSummary errors={summary} />
      <form onSubmit={(e) => submit(e, "nhs-number")} noValidate className="mb-8">
        <TextInput
          id="nhsNumber"
          label="NHS number"
          hint="10 digits, for example 943 476 5919"
          inputMode="numeric"
          autoComplete="off"
          className="max-w-xs"
          error={mode === "nhs-number" ? fieldErrors.nhsNumber : undefined}
        />
        <Button type="submit" disabled={search.isPending}>
          {search.isPending && mode === "nhs-number" ? "Searching…" : "Search"}
        </Button>
      </form>

      <details className="mb-8 border-l-4 border-nhs-border pl-4" open={mode === "demographics"}>
        <summary className="cursor-pointer text-nhs-blue underline">Search by name instead</summary>
        <form onSubmit={(e) => submit(e, "demographics")} noValidate aria-label="Search by name" className="mt-4">
          <TextInput
            id="family"
            label="Last name"
            hint="Similar-sounding names and small spelling mistakes are found too"
            autoComplete="off"
            error={fieldErrors.family}
          />
          <TextInput id="given" label="First name" autoComplete="off" error={fieldErrors.given} />
          <DateInput
            id="birthDate"
            legend="Date of birth"
            hint="For example, 27 3 1951. The year alone, or the month and year, will do. Leave it blank if you give a postcode or gender."
            error={fieldErrors.birthDate}
          />
          <Select
            id="gender"
            label="Gender (optional)"
            anyLabel="Not known"
            options={[
              { value: "female", label: "Female" },
              { value: "male", label: "Male" },
            ]}
            error={fieldErrors.gender}
            className="max-w-xs"
          />
          <TextInput
            id="postcode"
            label="Postcode (optional)"
            hint="The whole postcode, or just its first part, for example NG1"
            autoComplete="off"
            error={fieldErrors.postcode}
            className="max-w-xs"
          />
          <Button type="submit" disabled={search.isPending}>
            {search.isPending && mode === "demographics" ? "Searching…" : "Search"}
          </Button>
        </form>
      </details>

      <div aria-live="polite">
        {apiError && (
          <Callout tone="error" role="alert">
            <h2 className="mb-1 text-xl font-bold">{apiError.title}</h2>
            {advice ? (
              <>
                <p className="mb-2">{advice.detail}</p>
                <p className="mb-1 font-bold">What to try next</p>
                <ul className="list-disc pl-6" data-testid="search-next-steps">
                  {advice.nextSteps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ul>
              </>
            ) : (
              <>
                {apiError.detail && <p className="mb-1">{apiError.detail}</p>}
                <p>{apiError.action}</p>
              </>
            )}
          </Callout>
        )}
        {search.data && <SearchResults patients={search.data.patients} total={search.data.total} />}
      </div>
    </div>
  );
}
