// One section of the record. Fetched in the browser through our API (never from the MIG directly).
import { forbidden, notFound } from "next/navigation";
import { Suspense } from "react";
import { RecordSectionPage } from "@/components/record-page/record-section-page";
import { canViewSection } from "@/lib/domain/access/policy";
import { isRecordSection, SECTION_TITLES, TIME_BASED_SECTIONS } from "@/lib/domain/access/sections";
import { parseNhsNumber } from "@/lib/domain/nhs-number";
import { requireActor } from "@/lib/server/auth/session";

type Params = Promise<{ nhsNumber: string; section: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { section } = await params;
  return { title: isRecordSection(section) ? SECTION_TITLES[section] : "Record" };
}

export default async function SectionPage({ params }: { params: Params }) {
  const actor = await requireActor();
  const { nhsNumber, section } = await params;
  const nhs = parseNhsNumber(nhsNumber);
  if (!nhs.ok || !isRecordSection(section)) notFound();
  if (!canViewSection(actor.role, section)) forbidden();
  return (
    <Suspense>
      <RecordSectionPage nhsNumber={nhs.value} section={section} timeBased={TIME_BASED_SECTIONS.has(section)} />
    </Suspense>
  );
}
