// End of life and supportive care (PRSB / ReSPECT). The resuscitation decision comes first;
// then what matters to the patient, the legal documents, medicines, people and how to get in.
import type { EndOfLifeSection as EndOfLifeVm } from "@/lib/domain/record/end-of-life/types";
import { EmptyState } from "../empty-state";
import { SectionFrame, type SectionChrome } from "../section-frame";
import { SummaryList } from "../summary-list";
import { AnticipatoryMedicines, ContactList } from "./end-of-life-parts";
import { ResuscitationPanel } from "./resuscitation-panel";
import { chromeOf, type SectionViewProps } from "../section-component";

const H3 = "mb-2 mt-6 text-xl font-bold";
const list = (items: readonly string[]) => (items.length > 0 ? items.join("; ") : null);

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
      <ResuscitationPanel cpr={s.cpr} />
      <SummaryList
        rows={[
          { key: "Palliative care register", value: s.palliativeCareRegister ? `On the register since ${s.palliativeCareRegister.since.display}` : "Not recorded as on the register" },
          { key: "Prognosis", value: s.prognosis },
          { key: "Diagnoses relevant to end of life", value: list(s.relevantDiagnoses.map((d) => d.name)) },
        ]}
      />
      <h3 className={H3}>Preferences and wishes</h3>
      <SummaryList
        rows={[
          { key: "Preferred place of care", value: s.preferredPlaceOfCare },
          { key: "Preferred place of death", value: s.preferredPlaceOfDeath },
          { key: "Patient's wishes", value: s.patientWishes },
          { key: "Family's wishes", value: s.familyWishes },
        ]}
      />
      {s.respect && (
        <>
          <h3 className={H3}>ReSPECT priorities of care</h3>
          <SummaryList
            rows={[
              { key: "Priority", value: s.respect.priority },
              { key: "Recommended treatments", value: list(s.respect.recommended) },
              { key: "Treatments not wanted", value: list(s.respect.notWanted) },
            ]}
          />
        </>
      )}
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
      <h3 className={H3}>Anticipatory medicines</h3>
      <AnticipatoryMedicines medicines={s.anticipatoryMedicines} />
      <h3 className={H3}>Key contacts</h3>
      <ContactList contacts={s.keyContacts} empty="No key contacts recorded" />
      <h3 className={H3}>Getting into the home</h3>
      <p className="mb-6">{s.homeAccess ?? <span className="text-nhs-grey">No home access information recorded</span>}</p>
    </SectionFrame>
  );
}

/** The end-of-life page, keyed by its slug in the component map. */
export default function EndOfLifePage({ data, ...props }: SectionViewProps<"end-of-life">) {
  return <EndOfLifeSection section={data} {...chromeOf(props)} />;
}
