// Search results: up to ten candidates, each with enough to tell them apart (age, postcode district, practice) and,
// for a near match, every way it differs from what was typed, before anyone opens a record.
import Link from "next/link";
import { postcodeDistrict, type SearchCandidate } from "@/lib/domain/search/match-notes";

export function SearchResults({ patients, total }: { patients: SearchCandidate[]; total: number }) {
  const near = patients.filter((p) => !p.match?.exact).length;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="mb-1 text-2xl font-bold">
        {total === 1 ? "1 patient found" : `${total} patients found`}
      </h2>
      {near > 0 && (
        <p className="mb-3">
          {near === patients.length ? "None of these matches" : `${near} of these do not match`} everything you typed exactly. Check the
          differences with the patient before opening a record.
        </p>
      )}
      <ul className="space-y-3">
        {patients.map((p) => (
          <li
            key={p.nhsNumber ?? p.name}
            className={`border-l-8 bg-white p-4 ${p.deceased ? "border-nhs-black" : "border-nhs-blue"}`}
            data-testid="search-candidate"
          >
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
              <span>Postcode district {postcodeDistrict(p.address.postcode) ?? "not recorded"}</span>
            </p>
            <p className="text-nhs-grey">
              {p.registeredPractice ? `Registered at ${p.registeredPractice.name}` : "Registered practice not recorded"} ·{" "}
              {p.address.display}
            </p>
            {p.match && p.match.notes.length > 0 && (
              <div className="mt-2 border-l-4 border-nhs-warm-yellow pl-3">
                <p className="font-bold">Close match, not exact:</p>
                <ul className="list-disc pl-6">
                  {p.match.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
