// Medication safety findings as an NHS warning callout, most severe first. "No findings" is only
// reassuring when the checks saw the whole record, so an incomplete input is always said.
import { compareFindings } from "@/lib/domain/medication-safety/ordering";
import type { FindingKind, SafetyFinding, SafetyReport, Severity } from "@/lib/domain/medication-safety/types";
import { Tag, type TagColour } from "./tag";
import { countOf, incompleteWords } from "./words";

export function findingKindLabel(kind: FindingKind): string {
  switch (kind) {
    case "allergy-conflict":
      return "Allergy conflict";
    case "interaction":
      return "Interaction";
    case "duplicate-drug":
      return "Same drug from more than one source";
    case "controlled-drug-pattern":
      return "Controlled drug issued repeatedly";
    case "duplicate-class":
      return "Two drugs of the same class";
  }
}

function severityTag(severity: Severity): { colour: TagColour; label: string } {
  switch (severity) {
    case "severe":
      return { colour: "red", label: "Severe" };
    case "moderate":
      return { colour: "orange", label: "Moderate" };
    case "mild":
      return { colour: "yellow", label: "Mild" };
  }
}

function Finding({ finding }: { finding: SafetyFinding }) {
  const tag = severityTag(finding.severity);
  return (
    <li className="border-t border-nhs-border py-3 first:border-t-0 print:break-inside-avoid">
      <p className="mb-1 flex flex-wrap items-center gap-2">
        <Tag colour={tag.colour}>{tag.label}</Tag>
        <span className="text-base text-nhs-grey">{findingKindLabel(finding.kind)}</span>
      </p>
      <p className="font-bold">{finding.title}</p>
      <p>{finding.explanation}</p>
    </li>
  );
}

export function MedicationSafetyCallout({ report, headingLevel = 2 }: { report: SafetyReport; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const findings = [...report.findings].sort(compareFindings);
  const kb = report.knowledgeBase.interactions;
  const caveat =
    report.inputIncomplete.length > 0
      ? `These checks could not see everything: ${report.inputIncomplete.map(incompleteWords).join("; ")}. Absence of a warning is not reassurance.`
      : null;
  const checked = `Checked ${countOf(report.currentMedicationCount, { one: "current medication", other: "current medications" })} against ${kb.source} (version ${kb.version}).`;

  if (findings.length === 0) {
    return (
      <div className="mb-8 border-l-8 border-nhs-border bg-white px-4 py-3">
        <p className="font-bold">No medication safety warnings found</p>
        {caveat && <p className="font-bold">{caveat}</p>}
        <p className="text-base text-nhs-grey">{checked}</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="medication-safety-title" className="mb-8 border border-nhs-warm-yellow bg-[#fff9c4] print:border-nhs-black print:bg-white">
      <Heading id="medication-safety-title" className="-mt-px ml-[-1px] inline-block bg-nhs-warm-yellow px-4 py-1 text-xl font-bold print:border print:border-nhs-black">
        <span className="sr-only">Important: </span>
        Medication safety: {countOf(findings.length, { one: "warning", other: "warnings" })}
      </Heading>
      <div className="px-4 pb-3 pt-2">
        {caveat && <p className="mb-2 font-bold">{caveat}</p>}
        <ul>
          {findings.map((f) => (
            <Finding key={f.id} finding={f} />
          ))}
        </ul>
        <p className="mt-2 text-base text-nhs-grey">{checked}</p>
      </div>
    </section>
  );
}
