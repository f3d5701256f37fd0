// Tags that change how a clinician weighs a row: where it came from, and whether it is a
// controlled drug. The patient's own practice gets no tag, so the exceptions stand out.
import type { DateView, OrganisationKind, SourceOrganisation } from "@/lib/domain/record/common";
import type { MedicationItem } from "@/lib/domain/record/medications/types";
import { organisationKindLabel } from "@/lib/domain/record/organisation-kind";
import { Tag, type TagColour } from "./tag";
import { sentenceCase } from "./words";

type ControlledDrug = MedicationItem["controlledDrug"];

function kindColour(kind: Exclude<OrganisationKind, "own-practice">): TagColour {
  switch (kind) {
    case "out-of-hours":
      return "purple";
    case "other-practice":
      return "blue";
    case "hospital":
      return "green";
    case "other":
      return "grey";
    case "unknown":
      return "orange";
  }
}

/** "Out of hours", "Another GP practice", "Hospital"; nothing for the patient's own practice. */
export function SourceTag({ kind }: { kind: OrganisationKind }) {
  if (kind === "own-practice") return null;
  return <Tag colour={kindColour(kind)}>{sentenceCase(organisationKindLabel(kind))}</Tag>;
}

/** The source column of every row: organisation, ODS code, kind tag and when it was recorded. */
export function SourceCell({ source, recorded }: { source: SourceOrganisation; recorded: DateView }) {
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span>
          {source.name}
          {source.odsCode && <span className="text-nhs-grey"> ({source.odsCode})</span>}
        </span>
        <SourceTag kind={source.kind} />
      </p>
      <p className="text-nhs-grey">Recorded {recorded.display}</p>
    </div>
  );
}

export function controlledDrugLabel(controlledDrug: NonNullable<ControlledDrug>): string {
  return controlledDrug.schedule === "unknown"
    ? "Controlled drug (schedule not known)"
    : `Controlled drug (Schedule ${controlledDrug.schedule})`;
}

/** Marked in red so a controlled drug is never missed in a long list. */
export function ControlledDrugTag({ controlledDrug }: { controlledDrug: ControlledDrug }) {
  if (controlledDrug === null) return null;
  return <Tag colour="red">{controlledDrugLabel(controlledDrug)}</Tag>;
}
