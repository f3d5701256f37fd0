"use client";
// A section of a patient's record this role may not open (HTTP 403), shown inside the record frame: the patient
// banner and the sections the role may open stay on screen, with a way back to this patient's Summary. (A role with
// no clinical record at all is refused by the layout itself, before any patient is looked up: app/forbidden.tsx.)
import Link from "next/link";
import { useParams } from "next/navigation";

export default function RecordSectionForbidden() {
  const { nhsNumber } = useParams<{ nhsNumber: string }>();
  return (
    <section aria-labelledby="forbidden-title" className="border-l-8 border-nhs-red bg-white p-4">
      <h2 id="forbidden-title" className="mb-2 text-2xl font-bold">
        Your role cannot open this page
      </h2>
      <p className="mb-4">
        This part of the patient&apos;s record is not available to your role. This attempt has been recorded. If you think you need access,
        ask your administrator.
      </p>
      <Link href={`/patients/${encodeURIComponent(nhsNumber)}/summary`}>Back to this patient&apos;s Summary</Link>
    </section>
  );
}
