// buildStructuredRecord: NHS number + sections → the GP Connect-style collection Bundle.
// Pure: no server, no I/O, so the viewer's tests can call it directly.

import type { Bundle, MedicationStatement, Reference } from "fhir/r4";
import { generateRecord } from "../clinical/generate-record";
import type { ClinicalRecord, SectionName } from "../clinical/model";
import { practiceOrg } from "../clinical/organisations";
import { isValidNhsNumber } from "../../lib/domain/nhs-number";
import { dayFromIso, type Day } from "../population/days";
import { populationContext, type PopulationOptions } from "../population/context";
import { demographicsByNhsNumber, type Demographics } from "../population/demographics";
import { BundleBuilder, ref } from "./bundle-builder";
import {
  buildAllergy,
  buildCondition,
  buildEncounter,
  buildFlag,
  buildImmunization,
  buildLabReport,
  buildReferral,
  buildVital,
} from "./build-clinical";
import { buildEndOfLife } from "./build-end-of-life";
import { buildList, localListCode, snomedListCode, type ListSpec } from "./build-list";
import { addMedicationCourse } from "./build-medication";
import {
  buildOrganization,
  buildPatient,
  buildRelatedPerson,
  buildPracticeOrganization,
  buildPractitioner,
  buildPractitionerRole,
  patientToken,
} from "./build-people";
import { isRestricted } from "./build-search";
import { MigError } from "./errors";
import type { Period, RecordSections } from "./sections";
import { LIST_CODES } from "./systems";

const inPeriod = (day: Day, p?: Period) => (!p?.start || day >= dayFromIso(p.start)) && (!p?.end || day <= dayFromIso(p.end));
const byDayDesc = <T extends { day: Day }>(items: T[]) => [...items].sort((a, b) => b.day - a.day);

/** Looks the patient up in the synthetic population; restricted (sensitive) and unknown patients are not found. */
export function findPatient(nhsNumber: string, options: PopulationOptions = {}): Demographics {
  if (!isValidNhsNumber(nhsNumber)) throw new MigError("INVALID_NHS_NUMBER");
  const patient = demographicsByNhsNumber(populationContext(options), nhsNumber);
  if (!patient || isRestricted(patient)) throw new MigError("PATIENT_NOT_FOUND");
  return patient;
}

export function buildStructuredRecord(nhsNumber: string, sections: RecordSections, options: PopulationOptions = {}): Bundle {
  const ctx = populationContext(options);
  const patient = findPatient(nhsNumber, options);
  return recordBundle(patient, generateRecord(ctx, patient), sections, ctx.referenceDay);
}

export function recordBundle(patient: Demographics, record: ClinicalRecord, sections: RecordSections, referenceDay: Day): Bundle {
  const b = new BundleBuilder();
  const token = patientToken(patient);
  const home = practiceOrg(patient.practice);
  b.add(buildPatient(patient, home));
  b.add(buildPracticeOrganization(patient.practice));
  b.add(buildPractitioner(record.usualGp));
  b.add(buildPractitionerRole(record.usualGp));
  for (const c of record.contacts ?? []) b.add(buildRelatedPerson(token, c));
  const lists: ListSpec[] = [];
  const withheld = (s: SectionName) => record.withheld.includes(s);
  const section = (id: string, code: ListSpec["code"], entries: Reference[], name: SectionName) => {
    // A practice system that fails to return a section: its List is missing from the answer (a partial failure).
    if (!record.unavailable?.includes(name)) lists.push({ id, code, entries, withheld: withheld(name) });
  };

  let anticipatory: MedicationStatement[] = [];
  if (sections.medication) {
    const from = sections.medication.fromDate ? dayFromIso(sections.medication.fromDate) : undefined;
    const courses = record.medications
      .filter((m) => from === undefined || m.status === "active" || (m.end ?? m.issues[m.issues.length - 1] ?? m.start) >= from)
      .sort((a, b2) => b2.start - a.start);
    const statements = courses.map((c) =>
      addMedicationCourse(b, token, c, sections.medication?.includeIssues ?? true, patient.practice.ccgName),
    );
    anticipatory = statements.filter((s) => s.extension?.some((e) => e.url.endsWith("/anticipatory-medicine")));
    section(
      "medication",
      snomedListCode(LIST_CODES.medication),
      statements.map((s) => ref("MedicationStatement", s.id ?? "")),
      "medication",
    );
  }
  if (sections.allergies) {
    const add = (active: boolean) =>
      record.allergies
        .filter((a) => (a.resolved === undefined) === active)
        .map((a) => ref("AllergyIntolerance", b.add(buildAllergy(token, a, referenceDay)).id ?? ""));
    section("allergies", snomedListCode(LIST_CODES.allergies), add(true), "allergies");
    if (sections.allergies.includeResolved)
      section("resolved-allergies", snomedListCode(LIST_CODES.resolvedAllergies), add(false), "allergies");
  }
  const conditionRef = (key: string) => {
    const p = record.problems.find((x) => x.key === key);
    return p ? ref("Condition", b.add(buildCondition(token, p)).id ?? "") : undefined;
  };
  if (sections.problems) {
    const { status, significance } = sections.problems;
    const problems = record.problems
      .filter((p) => (!status || (status === "active") === (p.end === undefined)) && (!significance || p.significance === significance))
      .sort((a, c) => c.onset - a.onset);
    section(
      "problems",
      snomedListCode(LIST_CODES.problems),
      problems.map((p) => ref("Condition", b.add(buildCondition(token, p)).id ?? "")),
      "problems",
    );
  }
  if (sections.consultations) {
    let encounters = byDayDesc(record.encounters).filter((e) => inPeriod(e.day, sections.consultations?.period));
    if (sections.consultations.mostRecent) encounters = encounters.slice(0, sections.consultations.mostRecent);
    const entries = encounters.map((e) => {
      b.add(buildOrganization(e.clinician.org));
      b.add(buildPractitioner(e.clinician));
      return ref("Encounter", b.add(buildEncounter(token, e)).id ?? "");
    });
    section("consultations", snomedListCode(LIST_CODES.consultations), entries, "consultations");
  }
  if (sections.immunisations) {
    section(
      "immunisations",
      snomedListCode(LIST_CODES.immunisations),
      byDayDesc(record.vaccinations).map((v) => ref("Immunization", b.add(buildImmunization(token, v)).id ?? "")),
      "immunisations",
    );
  }
  if (sections.uncategorised) {
    const vitals = byDayDesc(record.vitals).filter((v) => inPeriod(v.day, sections.uncategorised?.period));
    section(
      "uncategorised",
      snomedListCode(LIST_CODES.uncategorised),
      vitals.map((v) => ref("Observation", b.add(buildVital(token, v)).id ?? "")),
      "uncategorised",
    );
  }
  if (sections.investigations) {
    const entries = byDayDesc(record.labs).map((r) => {
      const { report, results } = buildLabReport(token, r);
      b.add(report);
      results.forEach((o) => b.add(o));
      return ref("DiagnosticReport", report.id ?? "");
    });
    section("investigations", snomedListCode(LIST_CODES.investigations), entries, "investigations");
  }
  if (sections.referrals) {
    section(
      "referrals",
      snomedListCode(LIST_CODES.referrals),
      byDayDesc(record.referrals).map((r) => ref("ServiceRequest", b.add(buildReferral(token, r)).id ?? "")),
      "referrals",
    );
  }
  if (sections.endOfLife) {
    let entries: Reference[] = [];
    if (record.endOfLife) {
      const eol = record.endOfLife;
      const conditions = eol.diagnosisKeys.map(conditionRef).filter((r): r is Reference => r !== undefined);
      if (!sections.medication) {
        // Anticipatory medicines belong in the dataset even when medication was not asked for.
        anticipatory = record.medications
          .filter((m) => m.anticipatory)
          .map((c) => addMedicationCourse(b, token, c, false, patient.practice.ccgName));
      }
      for (const c of eol.cpr) b.add(buildPractitioner(c.decidedBy));
      if (eol.planUpdated) b.add(buildPractitioner(eol.planUpdated.by));
      const built = buildEndOfLife(
        token,
        eol,
        eol.registerDay,
        conditions,
        anticipatory.map((s) => ref("MedicationStatement", s.id ?? "")),
      );
      built.resources.forEach((r) => b.add(r));
      entries = built.entries;
    }
    section("end-of-life", localListCode("end-of-life", "End of life and supportive care"), entries, "endOfLife");
  }
  if (sections.risksAndWarnings) {
    section(
      "risks-and-warnings",
      localListCode("risks-and-warnings", "Risks and warnings"),
      byDayDesc(record.warnings).map((w) => ref("Flag", b.add(buildFlag(token, w)).id ?? "")),
      "risksAndWarnings",
    );
  }
  for (const spec of lists) b.add(buildList(token, spec, referenceDay));
  return b.toBundle("collection", { meta: { profile: ["https://fhir.nhs.uk/StructureDefinition/GPConnect-StructuredRecord-Bundle"] } });
}
