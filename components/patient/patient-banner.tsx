// CUI patient banner: who this record belongs to, readable at a glance. A deceased patient gets
// a black banner with "Deceased" and the date of death, in words as well as colour, so the
// difference survives print, greyscale and screen readers.
import Link from "next/link";
import type { ReactNode } from "react";
import type { PatientBanner as PatientBannerVm } from "@/lib/domain/record/patient/types";
import { Tag } from "@/components/record/tag";
import { organisationLabel } from "@/lib/domain/cui/organisation-label";

type Patient = PatientBannerVm;

function deceasedText(patient: Patient): string | null {
  if (patient.deceased === null) return null;
  return patient.deceased.date.iso === null ? "Deceased (date of death not recorded)" : `Deceased ${patient.deceased.date.display}`;
}

/** The NHS number with a warning when it fails the check digit: shown, never silently fixed. */
function NhsNumber({ patient, dark }: { patient: Patient; dark: boolean }) {
  return (
    <span className="whitespace-nowrap">
      NHS No. <span className="font-bold tracking-wide">{patient.nhsNumberDisplay}</span>
      {patient.nhsNumber !== null && !patient.nhsNumberValid && (
        <Tag colour={dark ? "white" : "red"} className="ml-2">
          Invalid NHS number: check digit does not match
        </Tag>
      )}
    </span>
  );
}

function AddressLine({ patient }: { patient: Patient }) {
  return (
    <>
      {patient.address.display}
      {patient.usualGp && ` · Usual GP ${patient.usualGp}`}
      {patient.phone && ` · Phone ${patient.phone}`}
    </>
  );
}

function PracticeLine({ patient }: { patient: Patient }) {
  const practice = patient.registeredPractice;
  return (
    <>
      GP practice {practice ? organisationLabel(practice) : "not recorded"}
      {practice?.phone && (
        <>
          , phone <span className="whitespace-nowrap font-bold">{practice.phone}</span>
        </>
      )}
    </>
  );
}

function contactsText(patient: Patient): string {
  return (patient.contacts ?? [])
    .map((c) => [`${c.name} (${[c.role, c.relationship].filter(Boolean).join(", ")})`, c.phone].filter(Boolean).join(" "))
    .join(" · ");
}

/** "Address, practice, out of hours, contacts (2)": what the narrow-screen disclosure holds, short enough for one line. */
function moreLabel(patient: Patient): string {
  const parts = [
    "address",
    "practice",
    ...(patient.registeredPractice?.outOfHours ? ["out of hours"] : []),
    ...(patient.contacts?.length ? [`contacts (${patient.contacts.length})`] : []),
    ...(patient.communicationNeeds?.length ? ["communication needs"] : []),
  ];
  const words = parts.join(", ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Below 1024 px (tablets and phones): the patient's secondary details — address and phone, GP practice and its phone,
 * out-of-hours arrangements, contacts and communication needs — behind one disclosure whose label names what it holds,
 * so the record itself starts on the first screen. A native <details>: keyboard-operable, no script, open in print.
 * (The practice stays visible beside it from 640 px up.)
 */
function NarrowMore({ patient }: { patient: Patient }) {
  const practice = patient.registeredPractice;
  return (
    <details className="lg:hidden print:hidden" data-banner-more="">
      <summary className="cursor-pointer">{moreLabel(patient)}</summary>
      <ul className="mt-0.5 mb-1 space-y-0.5 border-l-4 border-nhs-border pl-3 text-base">
        <li>
          <AddressLine patient={patient} />
        </li>
        <li>
          <PracticeLine patient={patient} />
        </li>
        {practice?.outOfHours && <li>Out of hours: {practice.outOfHours}</li>}
        {patient.contacts && patient.contacts.length > 0 && <li>Contacts: {contactsText(patient)}</li>}
        {patient.communicationNeeds && patient.communicationNeeds.length > 0 && (
          <li className="font-bold">Communication needs: {patient.communicationNeeds.join(" · ")}</li>
        )}
      </ul>
    </details>
  );
}

type BannerProps = {
  patient: Patient;
  /** The resuscitation and care-wishes line, on record pages (components/patient/care-wishes-line.tsx). */
  children?: ReactNode;
  /** "h1" on the record page, where the patient is what the page is about. */
  nameAs?: "h1" | "h2" | "p";
};

/**
 * Two zones, after the NHS CUI patient banner: the name, born, NHS number and gender on one line (always shown, as are
 * "Deceased" and the care-wishes line); then the GP practice, address, out-of-hours arrangements, contacts and
 * communication needs, on one row from 1024 px up and folded into one labelled disclosure below (docs/record-layout.md).
 */
export function PatientBanner({ patient, nameAs = "p", children }: BannerProps) {
  const deceased = deceasedText(patient);
  const Name = nameAs;
  const practice = patient.registeredPractice;
  const grey = `${deceased ? "text-[#dbe0e3]" : "text-nhs-grey"} print:text-nhs-black`;
  return (
    <section
      aria-label={deceased ? "Patient details: deceased" : "Patient details"}
      data-deceased={deceased ? "true" : undefined}
      className={`handover-keep mb-2 px-3 py-1.5 sm:px-4 print:bg-white print:text-nhs-black ${
        // In print the black fill is lost, so the deceased banner keeps a heavier frame.
        deceased ? "border-4 border-nhs-black bg-nhs-black text-white print:border-8" : "border-b-4 border-nhs-blue bg-white print:border-4"
      }`}
    >
      {deceased && <p className="text-xl font-bold uppercase tracking-wide">{deceased}</p>}
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-0">
        <Name className="text-xl font-bold md:text-2xl">{patient.name}</Name>
        <ul className="flex flex-wrap gap-x-4 gap-y-0 md:gap-x-6">
          <li>{patient.born}</li>
          <li>
            <NhsNumber patient={patient} dark={deceased !== null} />
          </li>
          <li>Gender {patient.gender}</li>
        </ul>
      </div>
      <div className="flex flex-wrap items-baseline gap-x-6">
        <p className="max-sm:hidden print:block">
          <PracticeLine patient={patient} />
        </p>
        <p className={`text-base max-lg:hidden print:block ${grey}`}>
          <AddressLine patient={patient} />
        </p>
        {/* The practice-failure messages repeat the out-of-hours line. */}
        {practice?.outOfHours && (
          <details data-out-of-hours="" className="text-base max-lg:hidden print:block">
            <summary className="cursor-pointer">When the practice is closed</summary>
            <p>{practice.outOfHours}</p>
          </details>
        )}
        {patient.contacts && patient.contacts.length > 0 && (
          <details data-contacts="" className="text-base max-lg:hidden print:block">
            <summary className="cursor-pointer">Contacts ({patient.contacts.length})</summary>
            <p>{contactsText(patient)}</p>
          </details>
        )}
        <NarrowMore patient={patient} />
      </div>
      {patient.communicationNeeds && patient.communicationNeeds.length > 0 && (
        <p className="font-bold max-lg:hidden print:block" data-communication-needs="">
          Communication needs: {patient.communicationNeeds.join(" · ")}
        </p>
      )}
      {children}
    </section>
  );
}

/** One line per search result; the name links on to the record when `href` is given. */
export function PatientResult({ patient, href }: { patient: Patient; href?: string }) {
  const deceased = deceasedText(patient);
  return (
    <div
      className={`flex flex-wrap items-baseline gap-x-4 gap-y-1 border-b border-nhs-border py-3 ${deceased ? "border-l-8 border-l-nhs-black pl-3" : ""}`}
    >
      <span className="text-lg font-bold">
        {href ? (
          <Link href={href} prefetch={false}>
            {patient.name}
          </Link>
        ) : (
          patient.name
        )}
      </span>
      {deceased && <Tag colour="black">{deceased}</Tag>}
      <span>{patient.born}</span>
      <NhsNumber patient={patient} dark={false} />
      <span>Gender {patient.gender}</span>
      {patient.address.postcode && <span>{patient.address.postcode}</span>}
    </div>
  );
}
