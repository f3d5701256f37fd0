// The resuscitation decision, at the top of end of life care and unmissable: in a crisis this is the first thing a
// paramedic or A&E doctor must know, with who decided and where the form is. The decision shown is the latest
// effective one (lib/domain/record/end-of-life/select-cpr-decision.ts); older ones are listed beneath, never merged.
import type { CprDecision, EndOfLifeSection } from "@/lib/domain/record/end-of-life/types";
import { NO_CPR_DECISION } from "@/lib/domain/record/end-of-life/care-wishes-status";
import { SummaryList } from "../summary-list";
import { Tag, type TagColour } from "../tag";
import { Callout } from "../../ui/callout";

function decisionStyle(decision: CprDecision["decision"], unclear: boolean): { border: string; tag: TagColour; label: string } {
  if (unclear || decision === "unknown")
    return { border: "border-nhs-warm-yellow", tag: "orange", label: "Decision unclear — read the form" };
  return decision === "not-for-resuscitation"
    ? { border: "border-nhs-red", tag: "red", label: "Do not attempt CPR" }
    : { border: "border-nhs-green", tag: "green", label: "For CPR" };
}

const UNCLEAR_WHY = {
  "same-day-conflict":
    "Different CPR decisions were recorded on the same day. Do not rely on either: read the form, or phone the practice.",
  "unknown-code": "The GP record holds a CPR entry the viewer cannot read as a decision. Read the form.",
} as const;

function decisionRows(cpr: CprDecision) {
  return [
    { key: "Form", value: cpr.formType },
    { key: "Date of decision", value: cpr.date.display },
    {
      key: "Review date",
      value: cpr.reviewOverdue ? (
        <>
          {cpr.reviewDate.display} <Tag colour="orange">Review date passed</Tag>
        </>
      ) : (
        cpr.reviewDate.display
      ),
    },
    { key: "Decided by", value: cpr.decidedBy },
    { key: "Where the original form is kept", value: cpr.formLocation },
    { key: "Discussed with the patient", value: cpr.discussedWithPatient },
    { key: "Discussed with family or carers", value: cpr.discussedWithFamily },
    { key: "Mental capacity", value: cpr.capacity },
    { key: "Others involved", value: cpr.involved },
    { key: "Recorded", value: `${cpr.recorded.on.display}${cpr.recorded.by ? ` by ${cpr.recorded.by}` : ""}` },
  ];
}

type Props = {
  section: Pick<EndOfLifeSection, "cpr" | "cprOlder" | "cprVoided" | "cprUnclear">;
  headingLevel?: 3 | 4;
};

export function ResuscitationPanel({ section, headingLevel = 3 }: Props) {
  const { cpr, cprOlder, cprVoided, cprUnclear } = section;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const Sub = headingLevel === 3 ? "h4" : "h5";
  if (cpr === null) {
    return (
      <Callout tone="inset" data={{ "data-cpr-decision": "none" }}>
        <Heading className="text-xl font-bold">Resuscitation decision</Heading>
        <p>{NO_CPR_DECISION}. Follow usual resuscitation guidance unless the patient or others present a form.</p>
        {cprVoided > 0 && (
          <p className="text-base text-nhs-grey">
            {cprVoided === 1 ? "1 CPR entry was" : `${cprVoided} CPR entries were`} entered in error or cancelled, and is not a decision.
          </p>
        )}
      </Callout>
    );
  }
  const style = decisionStyle(cpr.decision, cprUnclear !== null);
  const count = cprOlder.length + 1;
  return (
    <div className={`mb-6 border-8 ${style.border} bg-white p-4 print:border-4`} data-cpr-decision={cprUnclear ? "unclear" : cpr.decision}>
      <Heading className="mb-2 flex flex-wrap items-center gap-3 text-2xl font-bold">
        Resuscitation decision: {cpr.display}
        <Tag colour={style.tag}>{style.label}</Tag>
      </Heading>
      {cprUnclear && <p className="mb-2 font-bold">{UNCLEAR_WHY[cprUnclear]}</p>}
      {count > 1 && (
        <p className="mb-2 font-bold">
          {count} CPR decisions recorded; the most recent is shown first and the older ones are listed beneath.
        </p>
      )}
      <SummaryList className="mb-0" rows={decisionRows(cpr)} />
      {cprVoided > 0 && (
        <p className="mt-2 text-base text-nhs-grey">
          {cprVoided === 1 ? "1 CPR entry was" : `${cprVoided} CPR entries were`} entered in error or cancelled and{" "}
          {cprVoided === 1 ? "is" : "are"} not shown as a decision.
        </p>
      )}
      {cprOlder.length > 0 && (
        <div className="mt-4">
          <Sub className="mb-2 text-lg font-bold">Older CPR decisions (not the current decision)</Sub>
          <ul className="space-y-2">
            {cprOlder.map((o) => (
              <li key={o.id} className="border-l-4 border-nhs-border pl-3" data-older-cpr-decision={o.decision}>
                <span className="font-bold">{`${o.date.display}:`}</span> {o.display}
                {o.formType && ` (${o.formType})`}
                {o.decidedBy && `, decided by ${o.decidedBy}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
