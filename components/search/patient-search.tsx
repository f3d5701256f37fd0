"use client";
// Find a patient: NHS number first (the quickest and safest), or name and date of birth. Input is checked
// in the browser with the same rules as the server before any request, so a typo costs no round trip.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DateInput, dateFromParts } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/text-input";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { PatientBanner } from "@/lib/domain/record/patient/types";
import { searchFieldErrors, searchInputSchema, type SearchInput } from "@/lib/domain/search/search-input";
import { SearchResults } from "./search-results";
import { Callout } from "../ui/callout";

type Result = { patients: PatientBanner[]; total: number };
const FIELD_IDS: Record<string, string> = {
  nhsNumber: "nhsNumber",
  family: "family",
  given: "given",
  birthDate: "birthDate",
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
            birthDate: dateFromParts(value("birthDate-day"), value("birthDate-month"), value("birthDate-year")),
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
        <summary className="cursor-pointer text-nhs-blue underline">Search by name and date of birth instead</summary>
        <form onSubmit={(e) => submit(e, "demographics")} noValidate aria-label="Search by name and date of birth" className="mt-4">
          <TextInput id="family" label="Last name" autoComplete="off" error={fieldErrors.family} />
          <TextInput id="given" label="First name" autoComplete="off" error={fieldErrors.given} />
          <DateInput id="birthDate" legend="Date of birth" hint="For example, 27 3 1951" error={fieldErrors.birthDate} />
          <TextInput
            id="postcode"
            label="Postcode (optional)"
            hint="Narrows the search when many people match"
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
            {apiError.detail && <p className="mb-1">{apiError.detail}</p>}
            <p>{apiError.action}</p>
          </Callout>
        )}
        {search.data && <SearchResults patients={search.data.patients} total={search.data.total} />}
      </div>
    </div>
  );
}
