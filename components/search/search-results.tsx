// Search results: one CUI banner line per patient, each a link to their record.
import Link from "next/link";
import type { PatientBanner } from "@/lib/domain/record/patient/types";

export function SearchResults({ patients, total }: { patients: PatientBanner[]; total: number }) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="mb-3 text-2xl font-bold">
        {total === 1 ? "1 patient found" : `${total} patients found`}
      </h2>
      <ul className="space-y-3">
        {patients.map((p) => (
          <li key={p.nhsNumber ?? p.name} className={`border-l-8 bg-white p-4 ${p.deceased ? "border-nhs-black" : "border-nhs-blue"}`}>
            <Link href={`/patients/${p.nhsNumber}`} prefetch={false} className="text-xl font-bold">
              {p.name}
            </Link>
            {p.deceased && (
              <strong className="ml-3 inline-block bg-nhs-black px-2 text-sm text-white">Deceased {p.deceased.date.display}</strong>
            )}
            <p className="mt-1 flex flex-wrap gap-x-6">
              <span>{p.born}</span>
              <span>NHS No. {p.nhsNumberDisplay}</span>
              <span>{p.gender}</span>
              <span>{p.registeredPractice ? `Registered at ${p.registeredPractice.name}` : "Registered practice not recorded"}</span>
            </p>
            <p className="text-nhs-grey">{p.address.display}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
