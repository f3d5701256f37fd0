// The resuscitation decision, at the top of end of life care and unmissable: in a crisis this
// is the first thing a paramedic or A&E doctor must know, with who decided and where the form is.
import type { EndOfLifeSection } from "@/lib/domain/record/end-of-life/types";
import { SummaryList } from "../summary-list";
import { Tag, type TagColour } from "../tag";

type Cpr = NonNullable<EndOfLifeSection["cpr"]>;

function decisionStyle(decision: Cpr["decision"]): { border: string; tag: TagColour; label: string } {
  switch (decision) {
    case "not-for-resuscitation":
      return { border: "border-nhs-red", tag: "red", label: "Do not attempt CPR" };
    case "for-resuscitation":
      return { border: "border-nhs-green", tag: "green", label: "For CPR" };
    case "unknown":
      return { border: "border-nhs-warm-yellow", tag: "orange", label: "Decision unclear: read the form" };
  }
}

export function ResuscitationPanel({ cpr, headingLevel = 3 }: { cpr: Cpr | null; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  if (cpr === null) {
    return (
      <div className="mb-6 border-l-8 border-nhs-border bg-white p-4">
        <Heading className="text-xl font-bold">Resuscitation decision</Heading>
        <p>No resuscitation decision recorded. Follow usual resuscitation guidance unless the patient or others present a form.</p>
      </div>
    );
  }
  const style = decisionStyle(cpr.decision);
  return (
    <div className={`mb-6 border-8 ${style.border} bg-white p-4 print:border-4`} data-cpr-decision={cpr.decision}>
      <Heading className="mb-2 flex flex-wrap items-center gap-3 text-2xl font-bold">
        Resuscitation decision: {cpr.display}
        <Tag colour={style.tag}>{style.label}</Tag>
      </Heading>
      <SummaryList
        className="mb-0"
        rows={[
          { key: "Form", value: cpr.formType },
          { key: "Date of decision", value: cpr.date.display },
          { key: "Review date", value: cpr.reviewDate.display },
          { key: "Decided by", value: cpr.decidedBy },
          { key: "Where the original form is kept", value: cpr.formLocation },
        ]}
      />
    </div>
  );
}
