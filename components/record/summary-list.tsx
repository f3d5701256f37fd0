// NHS summary list: key–value rows. A missing value says "Not recorded" rather than leaving a
// blank a clinician might read as "nothing to know".
import type { ReactNode } from "react";
import { NOT_RECORDED } from "@/lib/domain/cui/not-recorded";

export type SummaryRow = { key: string; value: ReactNode | null };

export function SummaryList({ rows, className }: { rows: readonly SummaryRow[]; className?: string }) {
  return (
    <dl className={className ?? "mb-6"}>
      {rows.map((row) => (
        <div key={row.key} className="border-b border-nhs-border py-2 md:flex md:gap-6 print:break-inside-avoid">
          <dt className="font-bold md:w-1/3 md:shrink-0">{row.key}</dt>
          <dd className="md:grow">
            {row.value === null || row.value === "" ? <span className="text-nhs-grey">{NOT_RECORDED}</span> : row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
