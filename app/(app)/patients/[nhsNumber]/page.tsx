// /patients/[nhsNumber] opens on the Summary.
import { redirect } from "next/navigation";

export default async function PatientRecordIndex({ params }: { params: Promise<{ nhsNumber: string }> }) {
  const { nhsNumber } = await params;
  redirect(`/patients/${encodeURIComponent(nhsNumber)}/summary`);
}
