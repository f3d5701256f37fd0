import { describe, expect, it } from "vitest";
import { indexBundle } from "../fhir/bundle-index";
import { bundle, patient } from "@/test/builders/fhir-bundles";
import { mapPatient } from "./map-patient";
import { recordPeopleOf, withRecordPeople } from "./record-people";

const now = new Date("2026-11-01T12:00:00Z");
const son = { id: "patient-contact-0", name: "Tom KINDRED", role: "Next of kin", relationship: "Son", phone: "07700 900456" };
const wife = { id: "rp-wife", name: "Mary KINDRED", role: "wife", relationship: null, phone: "07700 900123" };

function searchBanner(contacts?: unknown[]) {
  const indexed = indexBundle(bundle(patient(contacts ? { contact: contacts } : {})));
  if (!indexed.ok) throw new Error("bad test bundle");
  return mapPatient(indexed.index, now);
}

describe("withRecordPeople", () => {
  it("adds the record's RelatedPerson to the contacts the search sent, and shows a contact both sent once [HZ-EVID:record-people-merged]", () => {
    const banner = { ...searchBanner(), contacts: [son] };
    const merged = withRecordPeople(banner, { contacts: [son, wife], communicationNeeds: ["Interpreter required"] });
    expect(merged.contacts).toEqual([son, wife]);
    expect(merged.communicationNeeds).toEqual(["Interpreter required"]);
  });

  it("shows one person named in both (next of kin in Patient.contact, wife as a RelatedPerson) once, with both roles", () => {
    const nok = { id: "patient-contact-0", name: "Mary KINDRED", role: "Next-of-Kin", relationship: "Wife", phone: "07700 900123" };
    const carer = { ...wife, role: "Carer" };
    expect(withRecordPeople({ ...searchBanner(), contacts: [nok] }, { contacts: [wife], communicationNeeds: [] }).contacts).toEqual([nok]);
    expect(withRecordPeople({ ...searchBanner(), contacts: [nok] }, { contacts: [carer], communicationNeeds: [] }).contacts).toEqual([
      { ...nok, relationship: "Wife, Carer" },
    ]);
  });

  it("keeps two different contacts whose per-source ids collide, with ids the list can key on", () => {
    const other = { ...son, name: "Ann KINDRED", relationship: "Daughter" };
    const merged = withRecordPeople({ ...searchBanner(), contacts: [son] }, { contacts: [other], communicationNeeds: [] });
    expect(merged.contacts?.map((c) => [c.id, c.name])).toEqual([
      ["patient-contact-0", "Tom KINDRED"],
      ["patient-contact-0-2", "Ann KINDRED"],
    ]);
  });

  it("names the usual GP from the record when the search did not", () => {
    expect(withRecordPeople(searchBanner(), { contacts: [], communicationNeeds: [], usualGp: "Dr Ada Okoro" }).usualGp).toBe(
      "Dr Ada Okoro",
    );
    const named = { ...searchBanner(), usualGp: "Dr Ben Adeyemi" };
    expect(withRecordPeople(named, { contacts: [], communicationNeeds: [], usualGp: "Dr Ada Okoro" }).usualGp).toBe("Dr Ben Adeyemi");
  });

  it("changes nothing before the record is open (no people fetched) or when the record holds none", () => {
    const banner = searchBanner();
    expect(withRecordPeople(banner, null)).toBe(banner);
    expect(withRecordPeople(banner, { contacts: [], communicationNeeds: [] })).toEqual(banner);
    expect(recordPeopleOf(banner)).toEqual({ contacts: [], communicationNeeds: [], usualGp: null });
  });
});

describe("contacts that have ended", () => {
  it("keeps a former contact, says it ended and when, and lists it after the current ones [HZ-EVID:ended-contact-marked]", () => {
    const indexed = indexBundle(
      bundle(
        patient({
          contact: [
            {
              relationship: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0131", code: "C" }] }],
              name: { family: "FORMER", given: ["Carol"] },
              period: { start: "2019-01-01", end: "2024-03-31" },
            },
          ],
        }),
        {
          resourceType: "RelatedPerson",
          id: "rp-old-carer",
          active: false,
          patient: { reference: "Patient/1" },
          relationship: [{ text: "Carer" }],
          name: [{ family: "GONE", given: ["Gary"] }],
        },
        {
          resourceType: "RelatedPerson",
          id: "rp-daughter",
          active: true,
          patient: { reference: "Patient/1" },
          relationship: [{ text: "Daughter" }],
          name: [{ family: "CURRENT", given: ["Dora"] }],
          period: { start: "2020-01-01", end: "2027-12-31" },
        },
      ),
    );
    if (!indexed.ok) throw new Error("bad test bundle");
    const contacts = mapPatient(indexed.index, now).contacts ?? [];
    expect(contacts.map((c) => [c.name, c.role])).toEqual([
      ["Dora CURRENT", "Daughter"],
      ["Carol FORMER", "Emergency contact (no longer a contact since 31-Mar-2024)"],
      ["Gary GONE", "Carer (no longer a contact: marked inactive)"],
    ]);
  });
});
