// End of life and supportive care (PRSB End of Life Care standard / ReSPECT). The resuscitation decision comes
// first; then the ceiling of treatment, what matters to the patient, the legal documents, medicines in the home,
// people and how to get in. Free text is shown as the GP recorded it.
import type { EndOfLifeSection as EndOfLifeVm } from "@/lib/domain/record/end-of-life/types";
import { EmptyState } from "../empty-state";
import { SectionFrame, type SectionChrome } from "../section-frame";
import { SummaryList } from "../summary-list";
import { CareWishesHandover, PrintHandoverButton } from "./care-wishes-handover";
import { ContactList, MedicinesInTheHome } from "./end-of-life-parts";
import { ResuscitationPanel } from "./resuscitation-panel";
import { chromeOf, type SectionViewProps } from "../section-component";

const H3 = "mb-2 mt-6 text-xl font-bold";
const list = (items: readonly string[]) => (items.length > 0 ? items.join("; ") : null);
const place = (first: string | null, second: string | null) =>
  first && second ? `${first} (second choice: ${second})` : (first ?? (second ? `Second choice: ${second}` : null));

export function EndOfLifeSection({ section: s, ...chrome }: SectionChrome & { section: EndOfLifeVm }) {
  if (!s.hasContent) {
    return (
      <SectionFrame section="end-of-life" completeness={s.completeness} {...chrome}>
        <EmptyState what="end of life or supportive care information" completeness={s.completeness} />
      </SectionFrame>
    );
  }
  return (
    <SectionFrame section="end-of-life" completeness={s.completeness} {...chrome}>
      <PrintHandoverButton />
      <ResuscitationPanel section={s} />
      <SummaryList
        rows={[
          {
            key: "Palliative care register",
            value: s.palliativeCareRegister
              ? `On the register since ${s.palliativeCareRegister.since.display}`
              : "Not recorded as on the register",
          },
          { key: "Prognosis", value: s.prognosis },
          { key: "Diagnoses relevant to end of life", value: list(s.relevantDiagnoses.map((d) => d.name)) },
          { key: "Aware of diagnosis", value: s.awareOfDiagnosis },
          { key: "Aware of prognosis", value: s.awareOfPrognosis },
          {
            key: "Plan last updated",
            value: s.planUpdated ? `${s.planUpdated.on.display}${s.planUpdated.by ? ` by ${s.planUpdated.by}` : ""}` : null,
          },
        ]}
      />
      {s.respect && (
        <>
          <h3 className={H3}>ReSPECT: priorities and ceiling of treatment</h3>
          <SummaryList
            rows={[
              { key: "Ceiling of treatment", value: s.respect.ceilingText },
              { key: "Priority", value: s.respect.priority },
              { key: "Recommended treatments", value: list(s.respect.recommended) },
              { key: "Treatments not wanted", value: list(s.respect.notWanted) },
              {
                key: "Recorded",
                value: s.respect.recorded
                  ? `${s.respect.recorded.on.display}${s.respect.recorded.by ? ` by ${s.respect.recorded.by}` : ""}`
                  : null,
              },
            ]}
          />
        </>
      )}
      <h3 className={H3}>Preferences and wishes</h3>
      <SummaryList
        rows={[
          { key: "Preferred place of care", value: place(s.preferredPlaceOfCare, s.preferredPlaceOfCareSecond) },
          { key: "Preferred place of death", value: place(s.preferredPlaceOfDeath, s.preferredPlaceOfDeathSecond) },
          { key: "Patient's wishes", value: s.patientWishes },
          { key: "Family's wishes", value: s.familyWishes },
          { key: "Organ and tissue donation", value: s.organDonation },
          { key: "Communication needs", value: s.communicationNeeds },
        ]}
      />
      <h3 className={H3}>Advance decision to refuse treatment</h3>
      {s.adrt ? (
        <SummaryList
          rows={[
            { key: "Refuses", value: s.adrt.refuses },
            { key: "Date", value: s.adrt.date.display },
            { key: "Where the document is kept", value: s.adrt.documentLocation },
          ]}
        />
      ) : (
        <p className="mb-6 text-nhs-grey">No advance decision to refuse treatment recorded</p>
      )}
      <h3 className={H3}>Lasting power of attorney (health and welfare)</h3>
      <ContactList contacts={s.lastingPowerOfAttorney} empty="No lasting power of attorney recorded" />
      <h3 className={H3}>Medicines in the home (just in case)</h3>
      <MedicinesInTheHome medicines={s.anticipatoryMedicines} />
      <h3 className={H3}>Key contacts</h3>
      <ContactList contacts={s.keyContacts} empty="No key contacts recorded" />
      <h3 className={H3}>Services and equipment</h3>
      <SummaryList
        rows={[
          { key: "Services involved", value: list(s.servicesInvolved) },
          { key: "Equipment in the home", value: list(s.equipmentInHome) },
        ]}
      />
      <h3 className={H3}>Getting into the home</h3>
      <p className="mb-6">{s.homeAccess ?? <span className="text-nhs-grey">No home access information recorded</span>}</p>
      <CareWishesHandover section={s} />
    </SectionFrame>
  );
}

/** The end-of-life page, keyed by its slug in the component map. */
export default function EndOfLifePage({ data, ...props }: SectionViewProps<"end-of-life">) {
  return <EndOfLifeSection section={data} {...chromeOf(props)} />;
}
