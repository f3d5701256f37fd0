// Medication safety as one compact panel: counts by severity, the most severe finding open, the rest one
// line each (native <details>, no script). Severity is a word as well as a colour. It never claims
// completeness: it names the rule base, lists what could not be checked, and says when checks could not run.
import { compareFindings } from "@/lib/domain/medication-safety/ordering";
import type { FindingKind, RuleReference, SafetyFinding, SafetyReport, Severity } from "@/lib/domain/medication-safety/types";
import { countOf, incompleteWords } from "./words";

export const COULD_NOT_RUN = "Medication safety checks could not run — check interactions and allergies yourself";

export function findingKindLabel(kind: FindingKind): string {
  switch (kind) {
    case "allergy-conflict":
      return "Allergy";
    case "interaction":
      return "Interaction";
    case "duplicate-drug":
      return "Same drug twice";
    case "controlled-drug-pattern":
      return "Controlled drug supplied early";
    case "duplicate-class":
      return "Same kind of drug twice";
  }
}

/**
 * Severity as a badge whose shape differs as well as its colour, so it reads in greyscale, in print and to someone who
 * cannot tell red from orange: severe is solid and starts "!!", moderate is outlined and starts "!", mild is a
 * plain grey badge. The word is always there.
 */
const SEVERITY_BADGE: Record<Severity, { className: string; mark: string; label: string }> = {
  severe: { className: "border-2 border-nhs-red bg-nhs-red text-white uppercase tracking-wide", mark: "!!", label: "Severe" },
  moderate: { className: "border-2 border-nhs-black bg-[#ffdc8e] text-nhs-black", mark: "!", label: "Moderate" },
  mild: { className: "border border-dashed border-nhs-grey bg-white text-nhs-black font-normal", mark: "", label: "Mild — monitor" },
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  const b = SEVERITY_BADGE[severity];
  return (
    <strong
      data-severity={severity}
      className={`inline-block px-2 py-0.5 text-[0.875em] font-bold leading-snug print:bg-white print:text-nhs-black ${b.className}`}
    >
      {b.mark && (
        <span aria-hidden="true" className="mr-1">
          {b.mark}
        </span>
      )}
      {b.label}
    </strong>
  );
}

function References({ refs }: { refs: readonly RuleReference[] }) {
  if (refs.length === 0) return null;
  return (
    <p className="text-base text-nhs-grey">
      Source:{" "}
      {refs.map((r, i) => (
        <span key={r.title}>
          {i > 0 && "; "}
          {r.body},{" "}
          {r.url ? (
            <a href={r.url} className="underline" rel="noreferrer">
              {r.title}
            </a>
          ) : (
            r.title
          )}{" "}
          ({r.date})
        </span>
      ))}
    </p>
  );
}

function Heading({ finding }: { finding: SafetyFinding }) {
  return (
    <>
      <SeverityBadge severity={finding.severity} /> <span className="text-base text-nhs-grey">{findingKindLabel(finding.kind)}:</span>{" "}
      <span className="font-bold">{finding.title}</span>
    </>
  );
}

function Why({ finding }: { finding: SafetyFinding }) {
  return (
    <>
      <p>{finding.explanation}</p>
      <References refs={finding.references} />
    </>
  );
}

function Body({ finding }: { finding: SafetyFinding }) {
  return (
    <div className="mt-1">
      <p>
        <span className="font-bold">What to do: </span>
        {finding.action}
      </p>
      <Why finding={finding} />
    </div>
  );
}

/** After the most severe finding, this many more show as one line each; the rest sit behind "N more warnings". */
const VISIBLE = 3;

function Rest({ findings }: { findings: readonly SafetyFinding[] }) {
  return (
    <ul>
      {findings.map((f) => (
        <li key={f.id} className="border-t border-nhs-border py-1 print:break-inside-avoid">
          <details>
            <summary className="cursor-pointer">
              <Heading finding={f} />
            </summary>
            <Body finding={f} />
          </details>
        </li>
      ))}
    </ul>
  );
}

function counts(findings: readonly SafetyFinding[]): string {
  const by = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return [
    [by("severe"), "severe"],
    [by("moderate"), "moderate"],
    [by("mild"), "mild"],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, w]) => `${n} ${w}`)
    .join(", ");
}

function ruleBaseLine(report: SafetyReport): string {
  const rb = report.ruleBase;
  if (!rb) return "The rule base could not be loaded.";
  return `rule base version ${rb.version}, reviewed ${rb.reviewed}`;
}

function NotChecked({ report }: { report: SafetyReport }) {
  const unidentified = report.notChecked.filter((n) => n.reason === "not-identified");
  const dormant = report.notChecked.filter((n) => n.reason === "dormant");
  return (
    <>
      {unidentified.length > 0 && (
        <p className="font-bold">
          {countOf(unidentified.length, { one: "medicine", other: "medicines" })} could not be checked:{" "}
          {unidentified.map((n) => n.name).join("; ")}.
        </p>
      )}
      {dormant.length > 0 && <p>Not checked as current: {dormant.map((n) => `${n.name} (${n.detail ?? "dormant repeat"})`).join("; ")}.</p>}
    </>
  );
}

/**
 * One line above the medication lists when there are warnings: the counts, and a link down to the panel, which sits
 * after the current medication so that allergies and current medication stay on the first screen.
 */
export function MedicationSafetyPointer({ report }: { report: SafetyReport }) {
  const couldNotRun = report.status === "could-not-run";
  if (report.findings.length === 0 && !couldNotRun) return null;
  return (
    <p className="no-print text-base" data-testid="medication-safety-pointer">
      <a href="#medication-safety-title" className="font-bold">
        {couldNotRun ? "Medication safety checks could not run" : `Medication safety: ${counts(report.findings)}`}
      </a>{" "}
      <span className="text-nhs-grey max-sm:sr-only">(after the current medication)</span>
    </p>
  );
}

export function MedicationSafetyCallout({ report, headingLevel = 2 }: { report: SafetyReport; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const findings = [...report.findings].sort(compareFindings);
  const [first, ...rest] = findings;
  const rb = report.ruleBase;
  const caveat =
    report.inputIncomplete.length > 0
      ? `These checks could not see everything: ${report.inputIncomplete.map(incompleteWords).join("; ")}. Absence of a warning is not reassurance.`
      : null;
  const couldNotRun = report.status === "could-not-run";
  const overdue = rb?.reviewOverdue ? `The rule base was due for review on ${rb.reviewDue}: its rules may be out of date.` : null;
  const footer = `Checked ${countOf(report.currentMedicationCount, { one: "current medicine", other: "current medicines" })} against ${rb ? `${rb.ruleCount} rules (${ruleBaseLine(report)})` : "no rules"}. This is not a complete interaction check.`;

  if (findings.length === 0 && !couldNotRun) {
    return (
      <div data-testid="medication-safety" className="mb-6 border-l-8 border-nhs-border bg-white px-4 py-2">
        <p className="font-bold">
          {rb
            ? `No warnings from ${rb.ruleCount} rules (version ${rb.version}, ${rb.reviewed}). This is not a complete interaction check.`
            : COULD_NOT_RUN}
        </p>
        {overdue && <p className="font-bold">{overdue}</p>}
        {caveat && <p className="font-bold">{caveat}</p>}
        <NotChecked report={report} />
      </div>
    );
  }
  return (
    <section
      data-testid="medication-safety"
      aria-labelledby="medication-safety-title"
      className={`mb-6 border bg-white print:border-nhs-black ${couldNotRun ? "border-nhs-red" : "border-nhs-warm-yellow"}`}
    >
      <H
        id="medication-safety-title"
        className={`-mt-px ml-[-1px] inline-block px-4 py-1 text-xl font-bold print:border print:border-nhs-black ${couldNotRun ? "bg-nhs-red text-white" : "bg-nhs-warm-yellow"}`}
      >
        <span className="sr-only">Important: </span>
        Medication safety{findings.length > 0 ? `: ${counts(findings)}` : ""}
      </H>
      <div className="px-4 pb-2 pt-1">
        {couldNotRun && (
          <p role="alert" className="font-bold">
            {COULD_NOT_RUN}
          </p>
        )}
        {overdue && <p className="font-bold">{overdue}</p>}
        {caveat && <p className="font-bold">{caveat}</p>}
        {first && (
          <div className="py-1">
            <p>
              <Heading finding={first} />
            </p>
            <Body finding={first} />
          </div>
        )}
        {rest.length > 0 && <Rest findings={rest.slice(0, VISIBLE)} />}
        {rest.length > VISIBLE && (
          <details>
            <summary className="cursor-pointer border-t border-nhs-border py-1">
              {countOf(rest.length - VISIBLE, { one: "more warning", other: "more warnings" })}
            </summary>
            <Rest findings={rest.slice(VISIBLE)} />
          </details>
        )}
        <NotChecked report={report} />
        <p className="mt-1 text-base text-nhs-grey">{footer}</p>
      </div>
    </section>
  );
}
