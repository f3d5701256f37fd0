// The audit trail for privacy officers: filter by user, patient, organisation, action, outcome and UK dates,
// page through the matches (on one snapshot), and download them as CSV. Every search is itself audited.
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuditEventsTable } from "@/components/governance/audit-events-table";
import { AuditSearchForm } from "@/components/governance/audit-search-form";
import { GovernanceNav } from "@/components/governance/governance-nav";
import { ErrorBanner } from "@/components/record/error-banner";
import { ErrorSummary, type FieldError } from "@/components/ui/error-summary";
import { can } from "@/lib/domain/access/policy";
import { errorBody } from "@/lib/domain/errors";
import { AUDIT_FILTER_FIELDS, auditQueryString, queryValues } from "@/lib/domain/governance/audit-filters";
import { auditRangeText } from "@/lib/domain/governance/audit-time";
import type { AuditSearchResult } from "@/lib/domain/governance/views";
import { AppError } from "@/lib/server/errors";
import { requirePagePermission } from "@/lib/server/access/require-page-permission";
import { searchAuditEvents } from "@/lib/server/governance/search-audit-events";

export const metadata = { title: "Audit trail" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Errors not tied to one field (a stale page link, say) point at the form as a whole. */
function summaryErrors(fields: Record<string, string>): FieldError[] {
  return Object.entries(fields).map(([key, message]) => ({
    fieldId: (AUDIT_FILTER_FIELDS as readonly string[]).includes(key) ? key : "audit-search",
    message,
  }));
}

async function search(actor: Parameters<typeof searchAuditEvents>[0], values: Record<string, string>) {
  try {
    return { result: await searchAuditEvents(actor, values), fields: {}, failure: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "INVALID_INPUT")
      return { result: null, fields: error.fields ?? { form: error.detail ?? "Check the filters" }, failure: null };
    return { result: null, fields: {}, failure: errorBody(error.code, error.detail).error };
  }
}

function Paging({ result }: { result: AuditSearchResult }) {
  if (result.pageCount <= 1) return null;
  const href = (page: number) => `/audit?${auditQueryString(result.filters, { page, upTo: result.upTo })}`;
  return (
    <nav aria-label="Audit results pages" className="mb-6 flex flex-wrap items-center gap-6">
      {result.page > 1 && (
        <Link href={href(result.page - 1)} prefetch={false} rel="prev" className="font-bold">
          ‹ Previous page
        </Link>
      )}
      <p className="text-nhs-grey">
        Page {result.page} of {result.pageCount}
      </p>
      {result.page < result.pageCount && (
        <Link href={href(result.page + 1)} prefetch={false} rel="next" className="font-bold">
          Next page ›
        </Link>
      )}
    </nav>
  );
}

function Results({ result, canExport }: { result: AuditSearchResult; canExport: boolean }) {
  const range = auditRangeText(result.total, result.page, result.pageSize);
  return (
    <section aria-labelledby="audit-results-title">
      <h2 id="audit-results-title" className="mb-2 text-2xl font-bold">
        Events
      </h2>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-4">
        <p role="status">{range}</p>
        {canExport && result.total > 0 && (
          <a href={`/api/audit/export?${auditQueryString(result.filters)}`} download className="font-bold">
            Download these results as CSV
          </a>
        )}
      </div>
      {result.events.length > 0 && <AuditEventsTable events={result.events} caption={`Audit events, newest first. ${range}`} />}
      <Paging result={result} />
    </section>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission("audit:read", "/audit");
  const values = queryValues(await searchParams);
  // The form sends every field; an address without the blank ones is shorter to read and to share.
  const filled = Object.entries(values).filter(([, value]) => value.trim() !== "");
  if (filled.length < Object.keys(values).length) redirect(`/audit?${new URLSearchParams(filled).toString()}`);
  const { result, fields, failure } = await search(actor, values);
  const errors = summaryErrors(fields);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">Audit trail</h1>
      <GovernanceNav current="audit" />
      <p className="mb-6 max-w-3xl">
        Every sign-in, search, record view, consent decision and emergency override is recorded here. Times are UK time. Your searches are
        recorded too.
      </p>
      <ErrorSummary errors={errors} />
      {failure && <ErrorBanner error={failure} context="Searching the audit trail" />}
      <AuditSearchForm values={values} errors={fields} />
      {result && <Results result={result} canExport={can(actor.role, "audit:export")} />}
    </div>
  );
}
