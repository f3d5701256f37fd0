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

const norm = (s: string | null) => (s ?? "").trim().toLowerCase();
/** The same person: the same name, and the same phone number unless one of them has none. */
const samePerson = (a: Contact, b: Contact) => norm(a.name) === norm(b.name) && (!a.phone || !b.phone || norm(a.phone) === norm(b.phone));
const words = (c: Contact) => [c.role, ...(c.relationship ?? "").split(",")].map((w) => w.trim()).filter((w) => w !== "");

/** One person named twice (next of kin in Patient.contact, wife as a RelatedPerson): once, with every role either gave. */
function merge(a: Contact, b: Contact): Contact {
  const known = new Set(words(a).map((w) => w.toLowerCase()));
  const extra = words(b).filter((w) => !known.has(w.toLowerCase()));
  if (extra.length === 0 && (a.phone || !b.phone)) return a;
  const relationship = [...(a.relationship ? [a.relationship] : []), ...extra].join(", ");
  return { ...a, relationship: relationship === "" ? null : relationship, phone: a.phone ?? b.phone };
}

/**
 * The banner with the record's people added: a person both sources name (the same Patient.contact in the search and
 * the record, or next of kin in Patient.contact who is also a RelatedPerson) is shown once with every role either
 * gave; every other contact and need is kept, search first, so nothing either sent is lost.
 */
export function withRecordPeople(banner: PatientBanner, people: RecordPeople | null | undefined): PatientBanner {
  if (!people) return banner;
  const contacts = mergeContacts([...(banner.contacts ?? []), ...people.contacts]);
  const communicationNeeds = [...new Set([...(banner.communicationNeeds ?? []), ...people.communicationNeeds])];
  return {
    ...banner,
    usualGp: banner.usualGp ?? people.usualGp ?? null,
    ...(contacts.length > 0 ? { contacts } : {}),
    ...(communicationNeeds.length > 0 ? { communicationNeeds } : {}),
  };
}

/** The words a contact's role carries when the source says it has ended (see map-people). */
export const ENDED_CONTACT = "no longer a contact";
const hasEnded = (c: Contact) => c.role.includes(`(${ENDED_CONTACT}`);

/**
 * Each person once (see merge), in the order first named, with ids unique for the list the banner renders; contacts
 * that have ended go after the current ones.
 */
export function mergeContacts(all: readonly Contact[]): Contact[] {
  const ids = new Set<string>();
  const contacts: Contact[] = [];
  for (const c of all) {
    const same = contacts.findIndex((k) => samePerson(k, c));
    if (same >= 0) {
      contacts[same] = merge(contacts[same]!, c);
      continue;
    }
    // Ids are per source ("patient-contact-0" in both): keep them unique for the list the banner renders.
    let id = c.id;
    for (let n = 2; ids.has(id); n++) id = `${c.id}-${n}`;
    ids.add(id);
    contacts.push(id === c.id ? c : { ...c, id });
  }
  return [...contacts.filter((c) => !hasEnded(c)), ...contacts.filter(hasEnded)];
}
