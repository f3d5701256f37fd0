// Find a patient.
import { PatientSearch } from "@/components/search/patient-search";

export const metadata = { title: "Find a patient" };

export default function FindPatientPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">Find a patient</h1>
      <PatientSearch />
    </div>
  );
}
