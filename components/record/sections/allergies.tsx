// Allergies and adverse reactions: active first, then ended. "No known allergies" (positively
// recorded) is kept apart from "none recorded", which only means nobody wrote anything down.
import { NOT_RECORDED } from "@/lib/domain/cui/not-recorded";
import type { AllergiesSection as AllergiesVm, AllergyItem } from "@/lib/domain/record/allergies/types";
import { SectionFrame, type SectionChrome } from "../section-frame";
import { DATE_COLUMN, NAME_COLUMN, RecordTable } from "../record-table";
import { Tag } from "../tag";
import { chromeOf, type SectionViewProps } from "../section-component";
import { Callout } from "../../ui/callout";
import { recordedNegation } from "../words";

const ALLERGY = { one: "allergy", other: "allergies" };

function categoryWords(item: AllergyItem): string {
  const type = item.type === "intolerance" ? "intolerance" : "allergy";
  switch (item.category) {
    case "medication":
      return `Medication ${type}`;
    case "food":
      return `Food ${type}`;
    case "environment":
      return `Environmental ${type}`;
    case "biologic":
      return `Biological product ${type}`;
    case "unknown":
      return type === "allergy" ? "Allergy" : "Intolerance";
  }
}

export function SubstanceCell({ item }: { item: AllergyItem }) {
  return (
    <div className="space-y-1">
      <p className="font-bold">{item.substance}</p>
      {item.criticality === "high" && <Tag colour="red">High risk</Tag>}
      {item.verification === "unconfirmed" && <Tag colour="yellow">Unconfirmed</Tag>}
      {item.severity && <p>Reaction severity: {item.severity}</p>}
      <p className="text-nhs-grey">{categoryWords(item)}</p>
      {item.note && <p>{item.note}</p>}
      {(item.recorder || item.asserter) && (
        <p className="text-nhs-grey">
          {[
            item.recorder && `Recorded by ${item.recorder}`,
            item.asserter && item.asserter !== item.recorder && `Reported by ${item.asserter}`,
          ]
            .filter(Boolean)
            .join(". ")}
        </p>
      )}
    </div>
  );
}

const reactions = (item: AllergyItem) => (item.reactions.length > 0 ? item.reactions.join(", ") : NOT_RECORDED);

function EndedCell({ item }: { item: AllergyItem }) {
  return (
    <div>
      <p>{item.resolved.display}</p>
      {item.ended?.reason && <p className="text-nhs-grey">Reason: {item.ended.reason}</p>}
    </div>
  );
}

export function AllergiesSection({ section, ...chrome }: SectionChrome & { section: AllergiesVm }) {
  const c = section.completeness;
  const nka = section.noKnownAllergies && section.active.length === 0;
  const refuted = section.refuted ?? [];
  const enteredInError = section.enteredInError ?? 0;
  return (
    <SectionFrame section="allergies" completeness={c} {...chrome}>
      {section.noKnownAllergiesConflict && (
        <Callout tone="warning" role="status" className="mb-6 px-4 py-3" data={{ "data-allergy-conflict": "" }}>
          <p className="font-bold">The record contradicts itself about allergies</p>
          <p>
            &ldquo;{section.noKnownAllergiesConflict}&rdquo; is recorded, and so are the allergies below. Check with the patient or the
            practice before relying on either.
          </p>
        </Callout>
      )}
      {nka ? (
        <Callout tone="success" className="mb-8 px-4 py-3">
          <p className="font-bold">{recordedNegation(section.noKnownAllergiesText)}</p>
          <p className="text-nhs-grey">
            {section.noKnownAllergiesText
              ? "This is what the practice recorded; it does not cover what it does not name."
              : "The practice has recorded that the patient has no known allergies."}
          </p>
        </Callout>
      ) : (
        <RecordTable
          caption="Active allergies"
          items={section.active}
          columns={[NAME_COLUMN("Substance"), { header: "Reaction" }, DATE_COLUMN("Onset")]}
          cells={(a) => [<SubstanceCell key="s" item={a} />, reactions(a), a.onset.display]}
          completeness={c}
          emptyWhat="allergies"
          noun={ALLERGY}
        />
      )}
      <RecordTable
        caption="Ended allergies"
        items={section.resolved}
        columns={[NAME_COLUMN("Substance"), { header: "Reaction" }, DATE_COLUMN("Ended")]}
        cells={(a) => [<SubstanceCell key="s" item={a} />, reactions(a), <EndedCell key="e" item={a} />]}
        completeness={c}
        emptyWhat="ended allergies"
        noun={ALLERGY}
      />
      {refuted.length > 0 && (
        <RecordTable
          caption="Recorded, then found not to be allergies (refuted)"
          items={refuted}
          columns={[NAME_COLUMN("Substance"), { header: "Reaction" }, DATE_COLUMN("Recorded")]}
          cells={(a) => [<SubstanceCell key="s" item={a} />, reactions(a), a.recorded.display]}
          completeness={c}
          emptyWhat="refuted allergies"
          noun={ALLERGY}
        />
      )}
      {enteredInError > 0 && (
        <p className="text-nhs-grey" data-entered-in-error="">
          {enteredInError === 1 ? "1 entry" : `${enteredInError} entries`} marked by the practice as entered in error{" "}
          {enteredInError === 1 ? "is" : "are"} not shown and not used by the medication checks.
        </p>
      )}
    </SectionFrame>
  );
}

/** The allergies page, keyed by its slug in the component map. */
export default function AllergiesPage({ data, ...props }: SectionViewProps<"allergies">) {
  return <AllergiesSection section={data} {...chromeOf(props)} />;
}
