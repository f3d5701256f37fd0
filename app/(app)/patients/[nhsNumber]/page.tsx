// /patients/[nhsNumber]: the record's own address, where search results and recently opened patients link. It shows
// the section this role starts on for this patient, decided on the server (lib/server/record/landing-section.ts):
// End of life for paramedics and community nurses when the patient has care wishes, otherwise the Summary. The tabs
// lead on to each section's own address, where the Summary stays the Summary.
import { parseNhsNumber } from "@/lib/domain/nhs-number";
import { requireActor } from "@/lib/server/auth/session";
import { landingSection } from "@/lib/server/record/landing-section";
import SectionPage from "./[section]/page";

export const metadata = { title: "Record" };

export default async function PatientRecordIndex({ params }: { params: Promise<{ nhsNumber: string }> }) {
  const actor = await requireActor();
  const { nhsNumber } = await params;
  const nhs = parseNhsNumber(nhsNumber);
  // The record layout says what is wrong with the number.
  if (!nhs.ok) return null;
  const section = await landingSection(actor, nhs.value);
  return <SectionPage params={Promise.resolve({ nhsNumber: nhs.value, section })} searchParams={Promise.resolve({})} />;
}
