// Cells shared by the medication tables and the summary: the CUI name with its controlled-drug
// tag, then dose and quantity, so every list shows a medicine the same way.
import type { MedicationIssue, MedicationItem, MedicationStatus, PrescriptionType } from "@/lib/domain/record/medications/types";
import { ControlledDrugTag } from "../source-tag";

type Named = Pick<MedicationItem, "dosage" | "quantity" | "controlledDrug"> &
  Partial<Pick<MedicationItem, "asNeeded" | "prescribingAgency" | "patientInstruction" | "notes">>;

export function MedicationCell({ name, item }: { name: string; item: Named }) {
  return (
    <div className="space-y-1">
      {/* Names arrive CUI-formatted (generic lower case, brand capitals); never re-case them here. */}
      <p className="font-bold">{name}</p>
      <ControlledDrugTag controlledDrug={item.controlledDrug} />
      <p>
        {item.dosage}
        {item.quantity && <span className="text-nhs-grey"> · Quantity: {item.quantity}</span>}
      </p>
      {item.asNeeded && <p>When required (PRN){item.asNeeded.reason ? `: ${item.asNeeded.reason}` : ""}</p>}
      {item.patientInstruction && <p>Patient instruction: {item.patientInstruction}</p>}
      {item.notes?.map((note, i) => (
        <p key={i} className="text-nhs-grey">
          Note: {note}
        </p>
      ))}
      {item.prescribingAgency && <p className="text-nhs-grey">{item.prescribingAgency}</p>}
    </div>
  );
}

export const itemName = (item: MedicationItem) => <MedicationCell name={item.name} item={item} />;
export const issueName = (issue: MedicationIssue) => <MedicationCell name={issue.medicationName} item={issue} />;

/** "4 of 6"; "4 (no maximum set)" when the repeat has no authorised number of issues. */
export const issuesText = (m: MedicationItem) =>
  m.maxIssues === null ? `${m.issueCount} (no maximum set)` : `${m.issueCount} of ${m.maxIssues}`;

export const PRESCRIPTION_TYPE: Record<PrescriptionType, string> = {
  acute: "Acute",
  repeat: "Repeat",
  "repeat-dispensing": "Repeat dispensing",
  unknown: "Type not recorded",
};

export const MEDICATION_STATUS: Record<MedicationStatus, string> = {
  active: "Active",
  completed: "Completed",
  stopped: "Stopped",
  unknown: "Status not recorded",
};
