"use client";
// A record section: fetched through our API, shown with where and when it came from, and a specific,
// retryable failure banner naming the practice when the source is unavailable.
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { ErrorBanner } from "@/components/record/error-banner";
import { RecordSectionView } from "@/components/record/record-section-view";
import { SectionSkeleton } from "@/components/record/section-skeleton";
import { ApiError } from "@/lib/client/api";
import { recordSectionQuery } from "@/lib/client/record-queries";
import { SECTION_TITLES, type RecordSection } from "@/lib/domain/access/sections";
import { formatDateTime } from "@/lib/domain/cui";
import { ERROR_INFO, type AppErrorView } from "@/lib/domain/errors";
import { parseDateFilter } from "@/lib/domain/record/date-filter";
import type { PatientBanner } from "@/lib/domain/record/patient/types";
import { DateRangeFilter } from "./date-range-filter";
import { usePatient } from "./patient-context";

const PRACTICE_FAILURES = new Set(["PRACTICE_UNAVAILABLE", "PRACTICE_TIMEOUT", "PRACTICE_ERROR"]);

function withPractice(view: AppErrorView, patient: PatientBanner): AppErrorView {
  const practice = patient.registeredPractice;
  if (!practice || !PRACTICE_FAILURES.has(view.code)) return view;
  return { ...view, detail: `${practice.name}${practice.odsCode ? ` (${practice.odsCode})` : ""}` };
}

export function RecordSectionPage({ nhsNumber, section, timeBased }: { nhsNumber: string; section: RecordSection; timeBased: boolean }) {
  const patient = usePatient();
  const params = useSearchParams();
  const parsedFilter = parseDateFilter(params.get("from"), params.get("to"));
  const filter = timeBased && parsedFilter.ok ? parsedFilter.filter : null;
  const query = useQuery(recordSectionQuery(nhsNumber, section, filter));
  const practice = patient.registeredPractice;

  const error = query.error
    ? withPractice(query.error instanceof ApiError ? query.error.view : { code: "INTERNAL", ...ERROR_INFO.INTERNAL }, patient)
    : null;
  return (
    <div>
      {timeBased && <DateRangeFilter filter={filter} fromOnly={section === "medications"} />}
      {query.isPending && <SectionSkeleton section={section} />}
      {error && (
        <>
          <h2 className="mb-3 text-2xl font-bold">{SECTION_TITLES[section]}</h2>
          <ErrorBanner error={error} context={SECTION_TITLES[section]} onRetry={() => query.refetch()} />
        </>
      )}
      {query.data && (
        <>
          <p className="mb-4 text-base text-nhs-grey" data-testid="retrieved">
            Retrieved {formatDateTime(query.data.retrievedAt)} from{" "}
            {practice ? `${practice.name}${practice.odsCode ? ` (${practice.odsCode})` : ""}` : "the registered practice"} through the
            gateway
            <button type="button" onClick={() => window.print()} className="no-print ml-4 text-nhs-blue underline">
              Print this page
            </button>
          </p>
          <RecordSectionView
            section={section}
            record={{ ...query.data.record, patient }}
            recordHref={`/patients/${nhsNumber}`}
            practice={practice ? { name: practice.name, odsCode: practice.odsCode } : null}
            onRetry={() => query.refetch()}
          />
        </>
      )}
    </div>
  );
}
