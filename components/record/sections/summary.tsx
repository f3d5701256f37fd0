// The Summary: what an urgent-care clinician needs first, in that order: care wishes, allergies, current medication,
// then the medication-safety panel; every part says when it is incomplete or was not included, so a short list is
// never misread.
import Link from "next/link";
import type { SafetyReport } from "@/lib/domain/medication-safety/types";
import type { Summary } from "@/lib/domain/record/summary";
import { MedicationSafetyCallout, MedicationSafetyPointer } from "../medication-safety-callout";
import { incompleteWords, recordedNegation } from "../words";
import { majorFirst, ProblemCell } from "./problems";
import { RiskCell } from "./risks-and-warnings";
import { SubstanceCell } from "./allergies";
import { MedicationLine, SummaryItem, SummaryPart } from "./summary-parts";
import { SummaryTypeNotRecorded } from "./summary-type-not-recorded";
import type { SectionViewProps } from "../section-component";
import { Callout } from "../../ui/callout";

type Props = {
  /** Its lists, and which source sections were included and how complete each was. */
  summary: Summary;
  safety?: SafetyReport | null;
  /** "/patients/9000000009": parts link to `${recordHref}/${section}`. */
  recordHref?: string;
};

const PANEL_BORDER: Record<NonNullable<Summary["endOfLife"]>["careWishes"]["tone"], string> = {
  dnacpr: "border-nhs-red",
  "for-cpr": "border-nhs-green",
  warning: "border-nhs-warm-yellow",
  neutral: "border-nhs-border",
};

/**
 * The patient banner carries the resuscitation and care-wishes line on every page, so the Summary does not repeat it.
 * It adds, at the top, only what to do when end-of-life information could not be retrieved.
 */
function CareWishesUnavailable({ eol }: { eol: NonNullable<Summary["endOfLife"]> }) {
  const w = eol.careWishes;
  if (w.state !== "unavailable") return null;
  // One short paragraph: the banner's care-wishes line above already carries the headline on every page.
  return (
    <p
      className={`mb-3 border-l-8 ${PANEL_BORDER[w.tone]} bg-white px-3 py-1 text-base print:border-4`}
      data-end-of-life={eol.hasContent ? "true" : "false"}
      data-care-wishes-panel={w.state}
    >
      {/* On a phone the banner's line just above says the headline; the words here say what to do about it. */}
      <span className="font-bold max-sm:sr-only">
        <span className="sr-only">Resuscitation and care wishes: </span>
        {w.headline}.{" "}
      </span>
      A plan may still exist: ask the patient, their family or carers for a ReSPECT or DNACPR form.
    </p>
  );
}

/** Care wishes the banner does not show (ADRT, preferred places of care and death), after the medication. */
function CareWishesFacts({ eol, recordHref }: { eol: NonNullable<Summary["endOfLife"]>; recordHref?: string }) {
  const facts = [
    ...(eol.hasAdrt ? ["Advance decision to refuse treatment (ADRT) recorded: read it before treating"] : []),
    ...(eol.preferredPlaceOfCare ? [`Preferred place of care: ${eol.preferredPlaceOfCare}`] : []),
    ...(eol.preferredPlaceOfDeath ? [`Preferred place of death: ${eol.preferredPlaceOfDeath}`] : []),
  ];
  if (eol.careWishes.state === "unavailable" || (facts.length === 0 && !eol.hasContent)) return null;
  return (
    <section aria-labelledby="summary-care-wishes" className="mb-4" data-end-of-life={eol.hasContent ? "true" : "false"}>
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-x-4">
        <h3 id="summary-care-wishes" className="text-xl font-bold">
          Care wishes
        </h3>
        {recordHref && (
          <Link href={`${recordHref}/end-of-life`} prefetch={false} className="no-print text-base">
            Read the full plan before making treatment decisions
          </Link>
        )}
      </div>
      <ul className={`border-l-8 ${PANEL_BORDER[eol.careWishes.tone]} bg-white px-3 py-1.5`}>
        <li className="font-bold">
          <span className="sr-only">Resuscitation and care wishes: </span>
          {eol.careWishes.headline}
        </li>
        {facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * In the order urgent care needs it (docs/record-layout.md): care wishes (in the banner above), allergies, current
 * medication (repeat, then acute), the medication-safety panel, then the rest of the care wishes, problems, risks and
 * warnings, and recent encounters. At 1366×768 the first
 * screen holds the allergies and the start of current medication for every demo patient (e2e/specs/first-screen.spec.ts).
 */
export function SummarySection({ summary: s, safety, recordHref }: Props) {
  const meds = s.sources.medications;
  return (
    <section id="summary" aria-labelledby="summary-title" className="mb-10">
      <h2 id="summary-title" className="mb-1 text-2xl font-bold" data-page-heading tabIndex={-1}>
        Summary
      </h2>
      {/* Below the heading and clear of the floated "Retrieved …" line, so it keeps one line of its own. */}
      {safety && (
        <div className="clear-right mb-1">
          <MedicationSafetyPointer report={safety} />
        </div>
      )}
      {s.incomplete.length > 0 && (
        <Callout tone="warning" className="mb-3 px-3 py-1.5">
          <p>
            <span className="font-bold">This summary is incomplete.</span> In the sections it is built from,{" "}
            {s.incomplete.map(incompleteWords).join("; ")}. Open each section for details.
          </p>
        </Callout>
      )}
      {s.endOfLife && <CareWishesUnavailable eol={s.endOfLife} />}
      <SummaryPart
        title="Allergies"
        section="allergies"
        completeness={s.sources.allergies}
        // "No known allergies" is a finding, not an empty list: show it as an item.
        count={s.allergies.length + (s.noKnownAllergies && s.allergies.length === 0 ? 1 : 0)}
        emptyWhat="allergies"
        recordHref={recordHref}
      >
        {s.allergies.length === 0 && s.noKnownAllergies && <SummaryItem>{recordedNegation(s.noKnownAllergiesText)}</SummaryItem>}
        {s.allergies.map((a) => (
          <SummaryItem key={a.id}>
            <SubstanceCell item={a} />
            {a.reactions.length > 0 && <span>{a.reactions.join(", ")}</span>}
          </SummaryItem>
        ))}
      </SummaryPart>
      <SummaryPart
        title="Current repeat medication"
        section="medications"
        completeness={meds}
        count={s.currentRepeat.length}
        emptyWhat="current repeat medication"
        recordHref={recordHref}
      >
        {s.currentRepeat.map((m) => (
          <MedicationLine key={m.id} item={m} when="Last issued" />
        ))}
      </SummaryPart>
      <SummaryPart
        title="Acute medication (last 12 months)"
        section="medications"
        completeness={meds}
        count={s.recentAcute.length}
        emptyWhat="acute medication in the last 12 months"
        recordHref={recordHref}
      >
        {s.recentAcute.map((m) => (
          <MedicationLine key={m.id} item={m} when="Issued" />
        ))}
      </SummaryPart>
      <SummaryTypeNotRecorded items={s.currentTypeNotRecorded ?? []} completeness={meds} recordHref={recordHref} />
      {/* Always shown, findings or not: with none it is one line that says what was checked and that it is not complete. */}
      {safety && <MedicationSafetyCallout report={safety} headingLevel={3} />}
      {s.endOfLife && <CareWishesFacts eol={s.endOfLife} recordHref={recordHref} />}
      <SummaryPart
        title="Active problems"
        section="problems"
        completeness={s.sources.problems}
        count={s.activeProblems.length}
        emptyWhat="active problems"
        recordHref={recordHref}
      >
        {majorFirst(s.activeProblems).map((p) => (
          <SummaryItem key={p.id}>
            <ProblemCell problem={p} />
            <span className="text-base text-nhs-grey">Since {p.onset.display}</span>
          </SummaryItem>
        ))}
      </SummaryPart>
      <SummaryPart
        title="Risks and warnings"
        section="risks-and-warnings"
        completeness={s.sources.risksAndWarnings}
        count={s.warnings.length}
        emptyWhat="active risks or warnings"
        recordHref={recordHref}
      >
        {s.warnings.map((r) => (
          <SummaryItem key={r.id}>
            <RiskCell risk={r} />
          </SummaryItem>
        ))}
      </SummaryPart>
      <SummaryPart
        title="Recent encounters"
        section="encounters"
        completeness={s.sources.encounters}
        count={s.recentEncounters.length}
        emptyWhat="encounters"
        recordHref={recordHref}
      >
        {s.recentEncounters.map((e) => (
          <SummaryItem key={e.id}>
            <span className="font-bold">{e.date.display}</span>
            <span>{e.type}</span>
            <span>{e.reason}</span>
          </SummaryItem>
        ))}
      </SummaryPart>
    </section>
  );
}

/** The Summary page, composed on the server from the sections it needs. */
export default function SummaryPage({ data, content, recordHref }: SectionViewProps<"summary">) {
  return <SummarySection summary={data} safety={content.medicationSafety} recordHref={recordHref} />;
}
