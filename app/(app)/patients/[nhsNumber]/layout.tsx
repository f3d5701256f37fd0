// The record frame: patient banner, then either "why are you looking?" or the section tabs and the section.
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AccessReasonForm } from "@/components/access/access-reason-form-lazy";
import { PatientBanner } from "@/components/patient/patient-banner";
import { ErrorBanner } from "@/components/record/error-banner";
import { PatientProvider } from "@/components/record-page/patient-context";
import { RecordTabs } from "@/components/record-page/record-tabs";
import { visibleSections } from "@/lib/domain/access/policy";
import { errorBody } from "@/lib/domain/errors";
import { parseNhsNumber } from "@/lib/domain/nhs-number";
import { currentAccessEpisode, mayViewRecords } from "@/lib/server/access/record-access";
import { requireActor } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { getPatientBanner } from "@/lib/server/patients/get-patient-banner";
import { Callout } from "@/components/ui/callout";
import { CareWishesLine } from "@/components/patient/care-wishes-line";
import { landsOnCareWishes } from "@/lib/domain/record/end-of-life/landing";
import { getCareWishesStatus } from "@/lib/server/patients/get-care-wishes-status";
import { RECORD_LANDING, RECORD_SECTION_HEADER } from "@/lib/domain/security/record-section-header";
import { FocusPageHeadingOnMount } from "@/components/layout/focus-page-heading";
import { isRecordSection } from "@/lib/domain/record/section-registry/meta";
import { canViewSection } from "@/lib/domain/access/policy";
import { headers } from "next/headers";
import { PrintLimitations } from "@/components/record/print-limitations";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { withRecordPeople } from "@/lib/domain/record/patient/record-people";

type Params = Promise<{ nhsNumber: string }>;

function BackLink() {
  return (
    <Link href="/patients" className="no-print mb-1 inline-block text-base leading-snug">
      ‹ Find another patient
    </Link>
  );
}

export default async function PatientRecordLayout({ children, params }: { children: React.ReactNode; params: Params }) {
  const actor = await requireActor();
  // A role without the clinical record is refused (and audited) before anything about the patient is looked up.
  if (!(await mayViewRecords(actor))) forbidden();
  const nhs = parseNhsNumber((await params).nhsNumber);
  if (!nhs.ok) {
    return (
      <>
        <BackLink />
        <ErrorBanner error={errorBody("INVALID_NHS_NUMBER", nhs.message).error} />
      </>
    );
  }

  let patient;
  try {
    patient = await getPatientBanner(actor, nhs.value);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <>
        <BackLink />
        <h1 className="sr-only">Patient record</h1>
        <ErrorBanner error={errorBody(error.code, error.detail).error} context="Finding the patient" />
      </>
    );
  }

  // Resuscitation and care wishes on every page of the record: fetched and audited with the page; null (nothing
  // fetched) until the user has said why they are looking.
  // Only above a section page that will render (a known section the role may see): the fetch is audited as a view,
  // so it must never happen for a page that answers 404 or 403 instead.
  // At the record's own address the page shows the Summary or End of life (the landing), both in every clinical view.
  const header = (await headers()).get(RECORD_SECTION_HEADER);
  const section = header === RECORD_LANDING ? "summary" : header;
  const rendersSection = section !== null && isRecordSection(section) && canViewSection(actor.role, section);
  const [episode, careWishes] = await Promise.all([
    currentAccessEpisode(actor, nhs.value),
    rendersSection ? getCareWishesStatus(actor, nhs.value) : null,
  ]);
  const open = episode !== null && episode.decision !== "CONSENT_REFUSED";
  return (
    <>
      <BackLink />
      {/* Once the record is open, the contacts and needs the GP record holds (a RelatedPerson is never in the search). */}
      <PatientBanner patient={withRecordPeople(patient, careWishes?.people)} nameAs="h1">
        {careWishes && <CareWishesLine status={careWishes} nhsNumber={nhs.value} auditEvent={careWishes.auditEvent} />}
      </PatientBanner>
      {episode?.decision === "CONSENT_REFUSED" && (
        <Callout tone="error" role="status">
          <h2 className="mb-1 text-xl font-bold">The patient refused permission to view their GP record</h2>
          <p>Nothing from their GP record has been shown. If the patient changes their mind, record that below.</p>
        </Callout>
      )}
      {!open && <AccessReasonForm nhsNumber={nhs.value} patientName={patient.name} />}
      {open && (
        <>
          {episode.decision === "EMERGENCY_OVERRIDE" && (
            <p className="mb-4 inline-block border-2 border-nhs-red bg-white px-3 py-1 font-bold text-nhs-red">
              Emergency override in use: this access will be reviewed by the privacy officer
            </p>
          )}
          {/* Not in a Suspense boundary: the tabs and the section arrive in the first paint, not revealed later. */}
          <RecordTabs
            nhsNumber={nhs.value}
            sections={visibleSections(actor.role)}
            // The same rule, and the same cached care wishes, as the page at the record's own address.
            landing={careWishes && landsOnCareWishes(actor.role, careWishes.hasCareWishes) ? "end-of-life" : "summary"}
          />
          <PatientProvider patient={patient}>{children}</PatientProvider>
          <PrintLimitations printedBy={`${actor.displayName} (${ROLE_LABELS[actor.role]}, ${actor.organisation.name})`} />
          {/* The record opening at the same address after "why are you looking?": focus goes to its heading. */}
          <FocusPageHeadingOnMount />
        </>
      )}
    </>
  );
}
