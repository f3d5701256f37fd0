// A patient on the governance screens: "SMITH, Richard (943 476 5919)", or the NHS number with why the name is
// missing ("name not available — gateway unreachable"). Server-rendered.
import { NAME_UNAVAILABLE, patientLabel, type PatientNameView } from "@/lib/domain/governance/patient-name";
import { formatNhsNumber } from "@/lib/domain/nhs-number";

export function PatientName({ patient }: { patient: PatientNameView }) {
  if (patient.name !== null) return <span data-testid="patient-name">{patientLabel(patient)}</span>;
  return (
    <span data-testid="patient-name">
      {formatNhsNumber(patient.nhsNumber)}{" "}
      <span className="text-nhs-grey">— name not available — {NAME_UNAVAILABLE[patient.unavailable]}</span>
    </span>
  );
}

/** The patient of a row: the name when looked up, else the bare NHS number, else nothing (an empty cell stays empty). */
export function PatientCell({ patient, nhsNumber }: { patient: PatientNameView | null; nhsNumber: string | null }) {
  if (patient) return <PatientName patient={patient} />;
  return nhsNumber ? <span className="whitespace-nowrap">{formatNhsNumber(nhsNumber)}</span> : null;
}
