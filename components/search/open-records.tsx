// "Records you have open": the patients this user has an open access episode for, most recent first, each one click
// from its record. Shown on Find a patient, the clinical roles' landing page, only when there are some.
import Link from "next/link";
import { formatTime } from "@/lib/domain/cui/format-date";
import { Tag } from "@/components/record/tag";

export type OpenRecordView = {
  nhsNumber: string;
  /** "966 394 4528". */
  nhsNumberDisplay: string;
  /** Null when the demographic lookup failed: the NHS number stands alone. */
  name: string | null;
  born: string | null;
  deceased: boolean;
  expiresAt: string;
};

export function OpenRecords({ records }: { records: readonly OpenRecordView[] }) {
  if (records.length === 0) return null;
  return (
    <section aria-labelledby="open-records-heading" className="mb-8">
      <h2 id="open-records-heading" className="mb-2 text-xl font-bold">
        Records you have open
      </h2>
      <ul className="divide-y divide-nhs-border border-y border-nhs-border bg-white">
        {records.map((r) => (
          <li key={r.nhsNumber} className="flex flex-wrap items-baseline gap-x-4 gap-y-0.5 px-3 py-2">
            <Link href={`/patients/${r.nhsNumber}`} prefetch={false} className="font-bold">
              {r.name ?? `NHS No. ${r.nhsNumberDisplay}`}
            </Link>
            {r.deceased && <Tag colour="black">Deceased</Tag>}
            {r.born && <span>{r.born}</span>}
            {r.name && <span>NHS No. {r.nhsNumberDisplay}</span>}
            <span className="text-base text-nhs-grey">Open until {formatTime(r.expiresAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
