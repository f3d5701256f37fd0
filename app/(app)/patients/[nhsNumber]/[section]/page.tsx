// One section of the record: fetched on the server for the first render (so the record arrives with the page),
// then kept by TanStack Query in the browser for retries and new date ranges, through our API. Never from the MIG
// directly. The request is parsed by the same parser as the API route, and access is decided by the same guard.
import { forbidden, notFound } from "next/navigation";
import { RecordSectionPage } from "@/components/record-page/record-section-page";
import { RefusedSectionRequest } from "@/components/record-page/refused-section-request";
import { ukCalendarDate } from "@/lib/domain/cui/calendar-date";
import { isRecordSection, sectionMeta, sectionTitle } from "@/lib/domain/record/section-registry/meta";
import { parseSectionRequest } from "@/lib/domain/record/section-registry/section-request";
import { recordAccess } from "@/lib/server/access/record-access";
import { requireActor } from "@/lib/server/auth/session";
import { loadSectionForPage } from "@/lib/server/record/load-section-for-page";

type Params = Promise<{ nhsNumber: string; section: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }) {
  const { section } = await params;
  return { title: isRecordSection(section) ? sectionTitle(section) : "Record" };
}

export default async function SectionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requireActor();
  const { nhsNumber, section } = await params;
  const query = await searchParams;
  const parsed = parseSectionRequest({ nhsNumber, section, query }, ukCalendarDate());
  if (!parsed.ok) {
    if (parsed.refusal.code === "SECTION_NOT_FOUND") notFound();
    // The record layout shows an invalid NHS number; a bad query is shown with the date form to correct it.
    if (parsed.refusal.code === "INVALID_NHS_NUMBER") return null;
    return isRecordSection(section) ? <RefusedSectionRequest meta={sectionMeta(section)} refusal={parsed.refusal} query={query} /> : null;
  }
  const request = parsed.request;
  const access = await recordAccess(actor, request.nhsNumber, request.section, "page");
  if (!access.ok) {
    if (access.code === "FORBIDDEN") forbidden();
    // No open episode: the record layout is asking why the user is looking, and nothing is fetched.
    return null;
  }
  const initial = await loadSectionForPage(actor, request);
  // No Suspense boundary here: React streams a large finished boundary separately and reveals it later (after
  // the banner has painted), which made the section itself, the largest paint, arrive hundreds of ms late.
  return (
    <RecordSectionPage
      nhsNumber={request.nhsNumber}
      meta={sectionMeta(request.section)}
      filter={request.filter}
      allIssues={request.allIssues}
      initial={initial}
    />
  );
}
