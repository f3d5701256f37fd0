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

type BannerProps = {
  patient: Patient;
  /** The resuscitation and care-wishes line, on record pages (components/patient/care-wishes-line.tsx). */
  children?: ReactNode;
  /** "h1" on the record page, where the patient is what the page is about. */
  nameAs?: "h1" | "h2" | "p";
};

export function PatientBanner({ patient, nameAs = "p", children }: BannerProps) {
  const deceased = deceasedText(patient);
  const Name = nameAs;
  const practice = patient.registeredPractice;
  return (
    <section
      aria-label={deceased ? "Patient details: deceased" : "Patient details"}
      data-deceased={deceased ? "true" : undefined}
      className={`handover-keep mb-3 px-4 py-2 print:bg-white print:text-nhs-black ${
        // In print the black fill is lost, so the deceased banner keeps a heavier frame.
        deceased ? "border-4 border-nhs-black bg-nhs-black text-white print:border-8" : "border-b-4 border-nhs-blue bg-white print:border-4"
      }`}
    >
      {deceased && <p className="mb-1 text-xl font-bold uppercase tracking-wide">{deceased}</p>}
      <Name className="mb-1 text-xl font-bold md:text-2xl">{patient.name}</Name>
      <ul className="flex flex-wrap gap-x-4 gap-y-0.5 md:gap-x-6">
        <li>{patient.born}</li>
        <li>
          <NhsNumber patient={patient} dark={deceased !== null} />
        </li>
        <li>Gender {patient.gender}</li>
        <li>
          GP practice {practice ? organisationLabel(practice) : "not recorded"}
          {practice?.phone && (
            <>
              , phone <span className="whitespace-nowrap font-bold">{practice.phone}</span>
            </>
          )}
        </li>
      </ul>
      {/* One row: the address (folded into "Address and phone" below 640 px, so the record starts higher on a phone), then
          the out-of-hours arrangements and the contacts, folded, so the record itself starts on the first screen (the
          practice-failure messages repeat the out-of-hours line). */}
      <div className="mt-1 flex flex-wrap items-baseline gap-x-6 text-base">
        <p className={`max-sm:hidden print:block ${deceased ? "text-[#dbe0e3]" : "text-nhs-grey"} print:text-nhs-black`}>
          <AddressLine patient={patient} />
        </p>
        <details className="sm:hidden print:hidden">
          <summary className="cursor-pointer">Address and phone</summary>
          <p>
            <AddressLine patient={patient} />
          </p>
        </details>
        {practice?.outOfHours && (
          <details data-out-of-hours="">
            <summary className="cursor-pointer">When the practice is closed</summary>
            <p>{practice.outOfHours}</p>
          </details>
        )}
        {patient.contacts && patient.contacts.length > 0 && (
          <details data-contacts="">
            <summary className="cursor-pointer">Contacts ({patient.contacts.length})</summary>
            <p>
              {patient.contacts
                .map((c) => [`${c.name} (${[c.role, c.relationship].filter(Boolean).join(", ")})`, c.phone].filter(Boolean).join(" "))
                .join(" · ")}
            </p>
          </details>
        )}
      </div>
      {patient.communicationNeeds && patient.communicationNeeds.length > 0 && (
        <p className="mt-1 font-bold" data-communication-needs="">
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
