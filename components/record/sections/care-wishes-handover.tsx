"use client";
// A one-page care-wishes handover sheet: what a crew or a nurse handing over needs on paper: the CPR decision and
// how certain it is, the ceiling of treatment, ADRT, where the patient wants to be cared for and to die, whom to
// call, the medicines in the home and how to get in. Printed with the patient banner only (see globals.css).
import type { EndOfLifeSection } from "@/lib/domain/record/end-of-life/types";
import { careWishesStatus } from "@/lib/domain/record/end-of-life/care-wishes-status";

function printHandover() {
  const root = document.documentElement;
  root.dataset.print = "handover";
  const done = () => {
    delete root.dataset.print;
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}

const Row = ({ k, v }: { k: string; v: string | null }) => (
  <tr className="border-b border-nhs-border align-top">
    <th scope="row" className="w-1/3 py-1 pr-3 text-left">
      {k}
    </th>
    <td className="py-1">{v ?? "Not recorded"}</td>
  </tr>
);

export function PrintHandoverButton() {
  return (
    <p className="no-print mb-4">
      <button type="button" onClick={printHandover} className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue">
        Print care-wishes handover sheet
      </button>
    </p>
  );
}

/** The sheet itself: at the end of the section, shown only when printed through PrintHandoverButton. */
export function CareWishesHandover({ section: s }: { section: EndOfLifeSection }) {
  const status = careWishesStatus(s);
  const people = [...s.lastingPowerOfAttorney, ...s.keyContacts].map(
    (c) => `${c.name} (${c.roleLabel}${c.relationship ? `, ${c.relationship}` : ""}): ${c.phone ?? "no phone recorded"}`,
  );
  const medicines = s.anticipatoryMedicines.items.map((m) =>
    [m.name, m.doseRange, m.maxIn24Hours ? `max ${m.maxIn24Hours}` : null, m.issued ? `issued ${m.issued.display}` : null]
      .filter(Boolean)
      .join(", "),
  );
  return (
    <>
      <div className="handover-sheet handover-keep" data-handover-sheet="true">
        <h3 className="mb-2 text-xl font-bold">Care wishes handover</h3>
        <table className="mb-2 w-full text-[10pt]">
          <tbody>
            <Row
              k="CPR"
              v={[
                status.headline,
                ...status.details.filter((d) => /decisions recorded|Review date|form|unclear|Conflicting|Recorded as/i.test(d)),
              ].join(". ")}
            />
            <Row k="Ceiling of treatment" v={s.respect?.ceilingText ?? null} />
            <Row k="ADRT" v={s.adrt ? `${s.adrt.refuses}. Kept: ${s.adrt.documentLocation ?? "not recorded"}` : "None recorded"} />
            <Row
              k="Preferred place of care"
              v={
                [s.preferredPlaceOfCare, s.preferredPlaceOfCareSecond && `then ${s.preferredPlaceOfCareSecond}`]
                  .filter(Boolean)
                  .join(", ") || null
              }
            />
            <Row
              k="Preferred place of death"
              v={
                [s.preferredPlaceOfDeath, s.preferredPlaceOfDeathSecond && `then ${s.preferredPlaceOfDeathSecond}`]
                  .filter(Boolean)
                  .join(", ") || null
              }
            />
            <Row k="Whom to call" v={people.length > 0 ? people.join("; ") : null} />
            <Row
              k="Medicines in the home"
              v={
                medicines.length > 0
                  ? `${medicines.join("; ")}. Kept: ${s.anticipatoryMedicines.location ?? "not recorded"}`
                  : "None recorded"
              }
            />
            <Row k="Getting in" v={s.homeAccess} />
            <Row k="Communication needs" v={s.communicationNeeds} />
          </tbody>
        </table>
        <p className="text-[9pt]">
          From the GP record as retrieved for this view. Check the original form where it is kept; the viewer does not hold the form itself.
        </p>
      </div>
    </>
  );
}
