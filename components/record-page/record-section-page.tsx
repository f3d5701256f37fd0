"use client";
// A record section: first rendered from what the server fetched with the page; a retry fetches it again through our
// API. Shown with where and when it came from, and a specific, retryable failure banner naming the practice when the
// source is unavailable (with the central summary instead, loaded only then).
import dynamic from "next/dynamic";
import { useState } from "react";
import { ErrorBanner } from "@/components/record/error-banner";
import { RecordSectionView } from "@/components/record/record-section-view";
import { SectionSkeleton } from "@/components/record/section-skeleton";
import { ApiError } from "@/lib/client/api";
import { sectionApiPath, sectionQueryString } from "@/lib/client/record-queries";
import { useApiResource } from "@/lib/client/use-api-resource";
import type { SectionMeta } from "@/lib/domain/record/section-registry/define-section";
import type { RecordSection } from "@/lib/domain/record/section-registry/meta";
import { ERROR_INFO, type AppErrorView } from "@/lib/domain/errors";
import type { DateFilter } from "@/lib/domain/record/completeness";
import type { PatientBanner } from "@/lib/domain/record/patient/types";
import type { InitialSection, RecordSectionResponse } from "@/lib/domain/record-view/record-section-response";
import { DateRangeFilter } from "./date-range-filter";
import { usePatient } from "./patient-context";
import { organisationLabel } from "@/lib/domain/cui/organisation-label";
import { practiceContactLine } from "@/lib/domain/cui/practice-contact";

// Only under a practice failure: not part of the record page's first load.
const CentralSummaryPanel = dynamic(() => import("@/components/record/central-summary-panel").then((m) => m.CentralSummaryPanel));

const PRACTICE_FAILURES = new Set(["PRACTICE_UNAVAILABLE", "PRACTICE_TIMEOUT", "PRACTICE_ERROR"]);

function withPractice(view: AppErrorView, patient: PatientBanner): AppErrorView {
  const practice = patient.registeredPractice;
  if (!practice || !PRACTICE_FAILURES.has(view.code)) return view;
  return { ...view, detail: practiceContactLine(practice) };
}

type Props = {
  nhsNumber: string;
  /** The section's descriptor, as far as a browser may know it (title, date mode). */
  meta: SectionMeta<RecordSection>;
  filter: DateFilter | null;
  /** Every medication issue was asked for (?issues=all), not only the most recent. */
  allIssues: boolean;
  initial: InitialSection;
};

/** Each server render is its own view (its own audit event): a new one starts afresh, never from an older copy. */
export function RecordSectionPage(props: Props) {
  const { initial, nhsNumber, meta, filter, allIssues } = props;
  const path = sectionApiPath(nhsNumber, meta.slug, filter, allIssues);
  const key = initial.kind === "data" ? initial.data.auditEventId : `${path} ${initial.error.code}`;
  return <SectionView key={key} {...props} />;
}

function SectionView({ nhsNumber, meta, filter, allIssues, initial }: Props) {
  const { slug: section, title } = meta;
  const patient = usePatient();
  // A failure on the server is shown as it is; the browser asks again only when the clinician retries.
  const [retried, setRetried] = useState(false);
  // What the server just fetched (and audited) is not fetched again on mount or focus; only a retry fetches.
  const query = useApiResource<RecordSectionResponse>(
    sectionApiPath(nhsNumber, section, filter, allIssues),
    initial.kind === "data" ? initial.data : undefined,
  );
  const practice = patient.registeredPractice;
  const serverError = initial.kind === "error" && !retried ? initial.error : null;
  const clientError = query.error
    ? query.error instanceof ApiError
      ? query.error.view
      : { code: "INTERNAL" as const, ...ERROR_INFO.INTERNAL }
    : null;
  const failure = serverError ?? clientError;
  const error = failure ? withPractice(failure, patient) : null;
  const retry = () => {
    setRetried(true);
    query.refetch();
  };
  return (
    <div>
      {meta.dateRange !== "none" && <DateRangeFilter section={section} filter={filter} />}
      {!query.data && !error && <SectionSkeleton section={section} />}
      {error && (
        <>
          <h2 className="mb-3 text-2xl font-bold" data-page-heading tabIndex={-1}>
            {title}
          </h2>
          {/* No "context" line: the heading just above names the section. */}
          <ErrorBanner error={error} onRetry={retry} />
          {PRACTICE_FAILURES.has(error.code) && <CentralSummaryPanel nhsNumber={nhsNumber} />}
        </>
      )}
      {query.data && (
        // The audit event that recorded this view: the end-to-end suite matches every view shown to one event.
        <div data-audit-event={query.data.auditEventId} data-record-view={`${nhsNumber}/${section}`}>
          {/* From 1024 px up it floats beside the section's heading, which leaves a screen line for the record; on a phone
              too beside the Summary's short heading, where it is only the date and time. */}
          <p
            className={`mb-1 text-sm text-nhs-grey lg:float-right lg:mb-0 lg:ml-4 lg:mt-2 ${section === "summary" ? "max-sm:float-right max-sm:mt-2 max-sm:ml-2" : ""}`}
            data-testid="retrieved"
          >
            {/* On a phone one line: the practice is named in the banner. */}
            Retrieved {query.data.retrievedAtDisplay}
            <span className="max-sm:sr-only"> from {practice ? organisationLabel(practice) : "the registered practice"}</span>
            <span className="max-sm:hidden"> through the gateway</span>
            <button type="button" onClick={() => window.print()} className="no-print ml-4 text-nhs-blue underline max-md:hidden">
              Print this page
            </button>
          </p>
          <RecordSectionView
            section={section}
            record={query.data.record}
            recordHref={`/patients/${nhsNumber}`}
            allIssuesHref={`/patients/${nhsNumber}/${section}${sectionQueryString(filter, true)}`}
            practice={practice ? { name: practice.name, odsCode: practice.odsCode, phone: practice.phone ?? null } : null}
            onRetry={query.refetch}
          />
        </div>
      )}
    </div>
  );
}
