// One entry point for the record pages: the section named in the URL, drawn from the record view
// model. A section the record does not include says so; it is never drawn as an empty list.
import { SECTION_TITLES, type RecordSection } from "@/lib/domain/access/sections";
import type { SectionContent } from "@/lib/domain/record/section-content";
import type { SectionChrome } from "./section-frame";
import { AdministrativeSection } from "./sections/administrative";
import { AllergiesSection } from "./sections/allergies";
import { EncountersSection } from "./sections/encounters";
import { EndOfLifeSection } from "./sections/end-of-life";
import { ImmunisationsSection } from "./sections/immunisations";
import { InvestigationsSection } from "./sections/investigations";
import { MedicationsSection } from "./sections/medications";
import { ObservationsSection } from "./sections/observations";
import { ProblemsSection } from "./sections/problems";
import { ReferralsSection } from "./sections/referrals";
import { RisksAndWarningsSection } from "./sections/risks-and-warnings";
import { SummarySection } from "./sections/summary";
import { SourceMessages } from "./source-messages";

export function NotIncluded({ section, reason }: { section: RecordSection; reason: string }) {
  return (
    <section id={section} aria-labelledby={`${section}-title`} className="mb-10">
      <h2 id={`${section}-title`} className="mb-3 text-2xl font-bold">
        {SECTION_TITLES[section]}
      </h2>
      <div className="border-l-8 border-nhs-blue bg-white p-4">
        <p>{reason}</p>
      </div>
    </section>
  );
}

const NOT_INCLUDED = "This section is not included in this view. It was not requested, or your role does not allow it.";

type Props = SectionChrome & {
  section: RecordSection;
  /** What the page was sent (a whole record view model will do too). */
  record: SectionContent;
  /** "/patients/9000000009": the Summary links to each section under it. */
  recordHref?: string;
  /** This page with every medication issue (?issues=all), for when only the newest were sent. */
  allIssuesHref?: string;
};

export function RecordSectionView({ section, record, ...rest }: Props) {
  return (
    <>
      <SourceMessages messages={record.sourceMessages} />
      <SectionBody section={section} record={record} {...rest} />
    </>
  );
}

function SectionBody({ section, record, recordHref, allIssuesHref, ...chrome }: Props) {
  const s = record.sections;
  const missing = <NotIncluded section={section} reason={NOT_INCLUDED} />;
  switch (section) {
    case "summary":
      return record.summary ? <SummarySection summary={record.summary} safety={record.medicationSafety} recordHref={recordHref} /> : missing;
    case "medications":
      return s.medications ? (
        <MedicationsSection
          section={s.medications}
          safety={record.medicationSafety}
          allIssues={record.issuesInRecord !== null && allIssuesHref ? { inRecord: record.issuesInRecord, href: allIssuesHref } : null}
          {...chrome}
        />
      ) : (
        missing
      );
    case "problems":
      return s.problems ? <ProblemsSection section={s.problems} {...chrome} /> : missing;
    case "allergies":
      return s.allergies ? <AllergiesSection section={s.allergies} {...chrome} /> : missing;
    case "end-of-life":
      return s.endOfLife ? <EndOfLifeSection section={s.endOfLife} {...chrome} /> : missing;
    case "risks-and-warnings":
      return s.risksAndWarnings ? <RisksAndWarningsSection section={s.risksAndWarnings} {...chrome} /> : missing;
    case "encounters":
      return s.encounters ? <EncountersSection section={s.encounters} {...chrome} /> : missing;
    case "observations":
      return s.observations ? <ObservationsSection section={s.observations} {...chrome} /> : missing;
    case "investigations":
      return s.investigations ? <InvestigationsSection section={s.investigations} {...chrome} /> : missing;
    case "immunisations":
      return s.immunisations ? <ImmunisationsSection section={s.immunisations} {...chrome} /> : missing;
    case "referrals":
      return s.referrals ? <ReferralsSection section={s.referrals} {...chrome} /> : missing;
    case "administrative":
      return s.administrative ? <AdministrativeSection section={s.administrative} {...chrome} /> : missing;
  }
}
