// Referrals: to which service, when, how urgent, where it has got to, and why.
import { NOT_RECORDED } from "@/lib/domain/cui/not-recorded";
import type { ReferralItem, ReferralsSection as ReferralsVm } from "@/lib/domain/record/clinical/types";
import { ListSection } from "../list-section";
import { DATE_COLUMN, NAME_COLUMN } from "../record-table";
import type { SectionChrome } from "../section-frame";
import { chromeOf, type SectionViewProps } from "../section-component";

function People({ r }: { r: ReferralItem }) {
  return (
    <div className="space-y-1">
      <p>From: {r.requester ?? NOT_RECORDED}</p>
      <p>To: {r.performer ?? NOT_RECORDED}</p>
    </div>
  );
}

const cells = (r: ReferralItem) => [
  <span key="v" className="font-bold">
    {r.service}
  </span>,
  r.date.display,
  r.priority,
  r.status,
  r.reason,
  <People key="p" r={r} />,
];

export function ReferralsSection({ section, ...chrome }: SectionChrome & { section: ReferralsVm }) {
  return (
    <ListSection
      section="referrals"
      list={section}
      columns={[
        NAME_COLUMN("Service"),
        DATE_COLUMN("Date"),
        { header: "Priority" },
        { header: "Status" },
        { header: "Reason" },
        { header: "Referred by and to" },
      ]}
      cells={cells}
      noun={{ one: "referral", other: "referrals" }}
      {...chrome}
    />
  );
}

/** The referrals page, keyed by its slug in the component map. */
export default function ReferralsPage({ data, ...props }: SectionViewProps<"referrals">) {
  return <ReferralsSection section={data} {...chromeOf(props)} />;
}
