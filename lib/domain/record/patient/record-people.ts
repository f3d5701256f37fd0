// The people and needs the GP record itself holds (its Patient.contact, every RelatedPerson, its communication needs
// and reasonable adjustments), added to the banner once the record is open. Before that the banner shows only what the
// demographic search answered: a RelatedPerson lives in the GP record, never in the search, so without this a spouse
// or carer recorded at the practice would never reach the clinician.
import type { PatientBanner } from "./types";

type Contact = NonNullable<PatientBanner["contacts"]>[number];

/** What the banner takes from the structured record (the usual GP too: a demographic search names only the practice). */
export type RecordPeople = { contacts: Contact[]; communicationNeeds: string[]; usualGp?: string | null };

/** The record's contacts and communication needs, from the patient part of a mapped structured record. */
export function recordPeopleOf(patient: Pick<PatientBanner, "contacts" | "communicationNeeds" | "usualGp">): RecordPeople {
  return { contacts: patient.contacts ?? [], communicationNeeds: patient.communicationNeeds ?? [], usualGp: patient.usualGp };
}

const sameness = (c: Contact) => [c.name, c.role, c.relationship ?? "", c.phone ?? ""].map((s) => s.trim().toLowerCase()).join("|");

/**
 * The banner with the record's people added: a contact both sources hold (the same Patient.contact in the search and
 * in the record) is shown once; every other contact and need is kept, search first, so nothing either sent is lost.
 */
export function withRecordPeople(banner: PatientBanner, people: RecordPeople | null | undefined): PatientBanner {
  if (!people) return banner;
  const seen = new Set<string>();
  const ids = new Set<string>();
  const contacts: Contact[] = [];
  for (const c of [...(banner.contacts ?? []), ...people.contacts]) {
    const key = sameness(c);
    if (seen.has(key)) continue;
    seen.add(key);
    // Ids are per source ("patient-contact-0" in both): keep them unique for the list the banner renders.
    let id = c.id;
    for (let n = 2; ids.has(id); n++) id = `${c.id}-${n}`;
    ids.add(id);
    contacts.push(id === c.id ? c : { ...c, id });
  }
  const communicationNeeds = [...new Set([...(banner.communicationNeeds ?? []), ...people.communicationNeeds])];
  return {
    ...banner,
    usualGp: banner.usualGp ?? people.usualGp ?? null,
    ...(contacts.length > 0 ? { contacts } : {}),
    ...(communicationNeeds.length > 0 ? { communicationNeeds } : {}),
  };
}
