// Find a patient: the clinical roles' landing page. The records this user has open come first, one click away.
import { QueryProvider } from "@/components/layout/query-provider";
import { OpenRecords, type OpenRecordView } from "@/components/search/open-records";
import { PatientSearch } from "@/components/search/patient-search";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { can } from "@/lib/domain/access/policy";
import { requireActor } from "@/lib/server/auth/session";
import { listOpenRecords } from "@/lib/server/patients/list-open-records";

export const metadata = { title: "Find a patient" };

export default async function FindPatientPage() {
  const actor = await requireActor();
  const open = can(actor.role, "record:view") ? await listOpenRecords(actor) : [];
  const records: OpenRecordView[] = open.map((o) => ({
    nhsNumber: o.nhsNumber,
    nhsNumberDisplay: formatNhsNumber(o.nhsNumber),
    name: o.patient?.name ?? null,
    born: o.patient?.born ?? null,
    deceased: o.patient?.deceased != null,
    expiresAt: o.expiresAt,
  }));
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">Find a patient</h1>
      <OpenRecords records={records} />
      <QueryProvider>
        <PatientSearch />
      </QueryProvider>
    </div>
  );
}
