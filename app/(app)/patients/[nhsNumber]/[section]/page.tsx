// One section of the record: fetched on the server for the first render (so the record arrives with the page),
// then kept by TanStack Query in the browser for retries and new date ranges, through our API. Never from
// the MIG directly.
import { forbidden, notFound } from "next/navigation";
import { RecordSectionPage } from "@/components/record-page/record-section-page";
import { canViewSection } from "@/lib/domain/access/policy";
import { isRecordSection, SECTION_TITLES, TIME_BASED_SECTIONS } from "@/lib/domain/access/sections";
import { parseNhsNumber } from "@/lib/domain/nhs-number";
import { parseDateFilter } from "@/lib/domain/record/date-filter";
import { requireActor } from "@/lib/server/auth/session";
import { loadSectionForPage } from "@/lib/server/record/load-section-for-page";

type Params = Promise<{ nhsNumber: string; section: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: { params: Params }) {
  const { section } = await params;
  return { title: isRecordSection(section) ? SECTION_TITLES[section] : "Record" };
}

export default async function SectionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requireActor();
  const { nhsNumber, section } = await params;
  const nhs = parseNhsNumber(nhsNumber);
  if (!nhs.ok || !isRecordSection(section)) notFound();
  if (!canViewSection(actor.role, section)) forbidden();
  const timeBased = TIME_BASED_SECTIONS.has(section);
  const query = await searchParams;
  const parsed = parseDateFilter(first(query.from), first(query.to));
  const filter = timeBased && parsed.ok ? parsed.filter : null;
  const allIssues = section === "medications" && first(query.issues) === "all";
  const initial = await loadSectionForPage(actor, nhs.value, section, filter, { allIssues });
  if (initial.kind === "not-open") return null;
  // No Suspense boundary here: React streams a large finished boundary separately and reveals it later (after
  // the banner has painted), which made the section itself, the largest paint, arrive hundreds of ms late.
  return <RecordSectionPage nhsNumber={nhs.value} section={section} timeBased={timeBased} filter={filter} allIssues={allIssues} initial={initial} />;
}
