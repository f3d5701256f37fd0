// The resuscitation and care-wishes line in the patient banner, on every page of the record. Its words carry the
// meaning (DNACPR / For CPR / unclear / none / could not be retrieved), so it survives print, greyscale and screen
// readers; the colour only repeats them. Links to the End of life section.
import Link from "next/link";
import { CareWishesDetails } from "./care-wishes-details";
import type { CareWishesStatus } from "@/lib/domain/record/end-of-life/care-wishes-status";

const BORDER: Record<CareWishesStatus["tone"], string> = {
  dnacpr: "border-nhs-red",
  "for-cpr": "border-nhs-green",
  warning: "border-nhs-warm-yellow",
  neutral: "border-nhs-grey",
};

type Props = {
  status: CareWishesStatus;
  nhsNumber: string;
  /** The audit event of the fetch behind it (data-audit-event), when something was fetched. */
  auditEvent: string | null;
};

export function CareWishesLine({ status, nhsNumber, auditEvent }: Props) {
  return (
    <div
      role="status"
      aria-labelledby="care-wishes-headline"
      data-care-wishes={status.state}
      {...(auditEvent ? { "data-audit-event": auditEvent, "data-record-view": `${nhsNumber}/end-of-life` } : {})}
      className={`mt-1 min-w-0 border-l-8 ${BORDER[status.tone]} bg-white px-3 py-1 text-nhs-black break-words print:border-4 print:border-nhs-black`}
    >
      {/* The headline and its link share a line where they fit; on a phone the link follows the headline's words. */}
      <div className="sm:flex sm:flex-wrap sm:items-baseline sm:justify-between sm:gap-x-4">
        <p id="care-wishes-headline" className="text-lg font-bold max-sm:inline">
          <span className="sr-only">Resuscitation and care wishes: </span>
          {status.headline}
        </p>{" "}
        <p className="no-print text-base max-sm:inline">
          <Link href={`/patients/${nhsNumber}/end-of-life`} prefetch={false}>
            End of life<span className="max-sm:sr-only"> and care wishes</span>
          </Link>
        </p>
      </div>
      <CareWishesDetails details={status.details} />
    </div>
  );
}
