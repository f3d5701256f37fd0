// Report a safety concern: reached from "Report a safety concern" in the header of every signed-in page, which
// passes the page the user was on. Records who, which patient (when that page is a patient's record), which page
// and what they saw, for the privacy officer / clinical safety officer to review.
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { pageFromQuery, patientOfPage } from "@/lib/domain/governance/safety-concern";
import { requirePagePermission } from "@/lib/server/access/require-page-permission";
import { SafetyConcernForm } from "@/components/safety/safety-concern-form";

export const metadata = { title: "Report a safety concern" };

export default async function SafetyConcernPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("safety-concern:report", "/safety-concern");
  const page = pageFromQuery((await searchParams).page);
  const patient = patientOfPage(page);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">Report a safety concern</h1>
      <p className="mb-4">
        Tell the clinical safety officer about anything in this service that looked wrong, missing or misleading. Do not rely on what
        worried you: check with the patient&apos;s GP practice.
      </p>
      <dl className="mb-6 divide-y divide-nhs-border border-y border-nhs-border bg-white">
        <div className="grid gap-1 px-4 py-3 sm:grid-cols-3">
          <dt className="font-bold">Page</dt>
          <dd className="break-all sm:col-span-2">{page}</dd>
        </div>
        <div className="grid gap-1 px-4 py-3 sm:grid-cols-3">
          <dt className="font-bold">Patient</dt>
          <dd className="sm:col-span-2">{patient ? `NHS No. ${formatNhsNumber(patient)}` : "None (not a patient's record)"}</dd>
        </div>
      </dl>
      <SafetyConcernForm page={page} />
    </div>
  );
}
