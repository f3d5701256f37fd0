// Pieces of the end of life section: people to call and the "just in case" medicines.
import type { Contact, EndOfLifeSection } from "@/lib/domain/record/end-of-life/types";
import { NOT_RECORDED } from "@/lib/domain/cui/not-recorded";
import { Tag } from "../tag";

// tel: links let a clinician on a tablet or phone call straight from the record.
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

export function ContactList({ contacts, empty }: { contacts: readonly Contact[]; empty: string }) {
  if (contacts.length === 0) return <p className="mb-6 text-nhs-grey">{empty}</p>;
  return (
    <ul className="mb-6 space-y-3">
      {contacts.map((c) => (
        <li key={c.id} className="border-l-4 border-nhs-blue bg-white px-4 py-2 print:break-inside-avoid">
          <p className="font-bold">{c.name}</p>
          <p>
            {c.roleLabel}
            {c.relationship && ` (${c.relationship})`}
          </p>
          {c.role === "lpa-health-welfare" && (
            <p>
              {c.lpaRegistered === true
                ? "Registered"
                : c.lpaRegistered === false
                  ? "Not registered: cannot yet be used"
                  : "Registration not recorded"}
              {"; "}
              {c.lpaCoversLifeSustaining === true
                ? "covers decisions about life-sustaining treatment"
                : c.lpaCoversLifeSustaining === false
                  ? "does not cover decisions about life-sustaining treatment"
                  : "whether it covers life-sustaining treatment is not recorded"}
            </p>
          )}
          <p>Phone: {c.phone ? <a href={telHref(c.phone)}>{c.phone}</a> : <span className="text-nhs-grey">{NOT_RECORDED}</span>}</p>
        </li>
      ))}
    </ul>
  );
}

type Anticipatory = EndOfLifeSection["anticipatoryMedicines"];

/**
 * Just-in-case (anticipatory) medicines kept in the home: display only, from the end of life dataset. They are
 * ordinary medication too, so the medication safety checks see them with the rest of the Medications section.
 */
export function MedicinesInTheHome({ medicines }: { medicines: Anticipatory }) {
  return (
    <div className="mb-6" data-medicines-in-the-home="true">
      <p className="mb-2">
        <span className="font-bold">Where they are kept: </span>
        {medicines.location ?? <span className="text-nhs-grey">{NOT_RECORDED}</span>}
      </p>
      {medicines.items.length === 0 ? (
        <p className="text-nhs-grey">No just-in-case medicines recorded</p>
      ) : (
        <ul className="space-y-2">
          {medicines.items.map((m) => (
            <li key={m.id} className="bg-white px-4 py-2 print:break-inside-avoid">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-bold">{m.name}</span>
                {m.controlledDrug && <Tag colour="red">Controlled drug</Tag>}
              </p>
              <p>{m.dosage}</p>
              <dl className="flex flex-wrap gap-x-6 text-base">
                <div>
                  <dt className="inline font-bold">Dose range: </dt>
                  <dd className="inline">{m.doseRange ?? NOT_RECORDED}</dd>
                </div>
                <div>
                  <dt className="inline font-bold">Maximum in 24 hours: </dt>
                  <dd className="inline">{m.maxIn24Hours ?? NOT_RECORDED}</dd>
                </div>
                <div>
                  <dt className="inline font-bold">Issued: </dt>
                  <dd className="inline">{m.issued?.display ?? NOT_RECORDED}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
