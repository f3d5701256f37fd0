// MedicationStatement (the course) → plan MedicationRequest (the authorisation) ← issue
// MedicationRequests, all pointing at one Medication carrying drug, class and CD schedule.

import type { Dosage, Extension, Medication, MedicationRequest, MedicationStatement } from "fhir/r4";
import type { DrugDef } from "../clinical/drug-catalogue";
import type { MedicationCourse } from "../clinical/model";
import { isoDate } from "../population/days";
import { BundleBuilder, ref } from "./bundle-builder";
import { buildOrganization, buildPractitioner, buildPractitionerRole, orgId } from "./build-people";
import { EXTENSIONS, SYSTEMS } from "./systems";

const ORG_KIND_DISPLAY = {
  "registered-practice": "Registered GP practice",
  "out-of-hours": "Out of hours service",
  hospital: "Hospital",
  "temporary-resident": "Other GP practice (temporary resident)",
} as const;

export function buildMedication(d: DrugDef): Medication {
  const extension: Extension[] = [
    { url: EXTENSIONS.drugClass, valueCoding: { system: SYSTEMS.drugClass, code: d.drugClass, display: d.classDisplay } },
  ];
  if (d.cd)
    extension.push({
      url: EXTENSIONS.controlledDrug,
      valueCoding: { system: SYSTEMS.controlledDrug, code: d.cd, display: `Controlled drug ${d.cd.replace("-", " ")}` },
    });
  return {
    resourceType: "Medication",
    id: `med-${d.id.replace(/[^A-Za-z0-9-]/g, "-")}`,
    extension,
    code: {
      coding: [
        d.snomed
          ? { system: SYSTEMS.snomed, code: d.snomed, display: d.name }
          : { system: SYSTEMS.drugProduct, code: d.id, display: d.name },
        // The brand's AMP, or a VMP we could not check: the project's own dm+d-style code, never a SNOMED one.
        ...[d.dmd.amp ?? (d.snomed ? undefined : d.dmd.vmp)]
          .filter((code): code is string => code !== undefined && code.startsWith("local-"))
          .map((code) => ({ system: SYSTEMS.dmdLocal, code, display: d.name })),
      ],
      text: d.name,
    },
    form: { text: d.form },
    ingredient: [
      {
        itemCodeableConcept: {
          coding: [{ system: SYSTEMS.drugIngredient, code: d.ingredient, display: d.ingredient }],
          text: d.ingredient,
        },
      },
    ],
  };
}

function orgExtension(course: MedicationCourse): Extension {
  const org = course.prescriber.org;
  return {
    url: EXTENSIONS.prescribingOrganisation,
    extension: [
      { url: "organisation", valueReference: ref("Organization", orgId(org), org.name) },
      { url: "kind", valueCode: course.orgKind },
    ],
  };
}

function statusReason(course: MedicationCourse): Extension[] {
  if (!course.stopReason || course.end === undefined) return [];
  return [
    {
      url: EXTENSIONS.statusReason,
      extension: [
        {
          url: "statusReason",
          valueCodeableConcept: {
            coding: [{ system: SYSTEMS.discontinuationReason, code: course.stopReason.code, display: course.stopReason.text }],
            text: course.stopReason.text,
          },
        },
        { url: "statusChangeDate", valueDateTime: isoDate(course.end) },
      ],
    },
  ];
}

/** Adds the course and everything it references; returns the MedicationStatement for the List. */
export function addMedicationCourse(
  b: BundleBuilder,
  token: string,
  course: MedicationCourse,
  includeIssues: boolean,
  ccgName?: string,
): MedicationStatement {
  const medication = b.add(buildMedication(course.drug));
  const prescriber = course.prescriber;
  b.add(buildOrganization(prescriber.org, ccgName));
  b.add(buildPractitioner(prescriber));
  const role = b.add(buildPractitionerRole(prescriber));
  const medRef = ref("Medication", medication.id ?? "", course.drug.name);
  const roleRef = ref("PractitionerRole", role.id ?? "");
  const planId = `${token}-mr-${course.key}`;
  const lastIssue = course.issues[course.issues.length - 1];
  const dose = course.dose ?? course.drug.dose;
  const quantity = { value: course.quantity ?? course.drug.quantity, unit: course.drug.unit };
  const isRepeat = course.type !== "acute";
  const planExtensions: Extension[] = [orgExtension(course)];
  if (isRepeat) {
    planExtensions.push({
      url: EXTENSIONS.repeatInformation,
      extension: [
        { url: "numberOfPrescriptionsIssued", valueUnsignedInt: course.issues.length },
        ...(course.expiry !== undefined ? [{ url: "authorisationExpiryDate", valueDateTime: isoDate(course.expiry) }] : []),
      ],
    });
    if (course.reviewDate !== undefined) planExtensions.push({ url: EXTENSIONS.reviewDate, valueDate: isoDate(course.reviewDate) });
    if (course.type === "repeat-dispensing") planExtensions.push({ url: EXTENSIONS.prescriptionType, valueCode: "repeat-dispensing" });
  }
  planExtensions.push(...statusReason(course));
  const plan: MedicationRequest = {
    resourceType: "MedicationRequest",
    id: planId,
    extension: planExtensions,
    status: course.status,
    intent: "plan",
    medicationReference: medRef,
    subject: { reference: `Patient/pat-${token}` },
    authoredOn: isoDate(course.start),
    requester: roleRef,
    ...(course.courseTypeUnstated
      ? {}
      : {
          courseOfTherapyType: {
            coding: [
              {
                system: SYSTEMS.courseOfTherapy,
                code: isRepeat ? "continuous" : "acute",
                display: isRepeat ? "Continuous long term therapy" : "Short course (acute) therapy",
              },
            ],
          },
        }),
    dosageInstruction: [{ text: dose }],
    dispenseRequest: {
      validityPeriod: {
        start: isoDate(course.start),
        ...(course.expiry !== undefined ? { end: isoDate(course.expiry) } : course.end !== undefined ? { end: isoDate(course.end) } : {}),
      },
      // R4 meaning: the repeats after the first issue (an authorisation for 6 issues allows 5 repeats).
      ...(isRepeat && course.maxIssues !== undefined ? { numberOfRepeatsAllowed: Math.max(0, course.maxIssues - 1) } : {}),
      quantity,
    },
  };
  b.add(plan);
  if (includeIssues) {
    course.issues.forEach((day, i) => {
      b.add<MedicationRequest>({
        resourceType: "MedicationRequest",
        id: `${planId}-i${i + 1}`,
        extension: [orgExtension(course)],
        status: "completed",
        intent: "order",
        medicationReference: medRef,
        subject: { reference: `Patient/pat-${token}` },
        authoredOn: isoDate(day),
        requester: roleRef,
        basedOn: [ref("MedicationRequest", planId)],
        dosageInstruction: [{ text: dose }],
        dispenseRequest: { quantity },
      });
    });
  }
  const statementExtensions: Extension[] = [orgExtension(course)];
  if (lastIssue !== undefined) statementExtensions.push({ url: EXTENSIONS.lastIssueDate, valueDateTime: isoDate(lastIssue) });
  if (course.anticipatory) statementExtensions.push({ url: EXTENSIONS.anticipatoryMedicine, valueBoolean: true });
  return b.add<MedicationStatement>({
    resourceType: "MedicationStatement",
    id: `${token}-ms-${course.key}`,
    extension: statementExtensions,
    basedOn: [ref("MedicationRequest", planId)],
    status: course.status,
    ...(course.stopReason
      ? {
          statusReason: [
            {
              coding: [{ system: SYSTEMS.discontinuationReason, code: course.stopReason.code, display: course.stopReason.text }],
              text: course.stopReason.text,
            },
          ],
        }
      : {}),
    medicationReference: medRef,
    subject: { reference: `Patient/pat-${token}` },
    effectivePeriod: { start: isoDate(course.start), ...(course.end !== undefined ? { end: isoDate(course.end) } : {}) },
    dateAsserted: isoDate(course.start),
    informationSource: roleRef,
    dosage: [dosage(dose, course)],
    ...(course.orgKind === "registered-practice"
      ? {}
      : { note: [{ text: `Issued by ${ORG_KIND_DISPLAY[course.orgKind].toLowerCase()}: ${prescriber.org.name}` }] }),
  });
}

/** FHIR Dosage: the directions as text, and for just-in-case medicines the dose range and 24-hour maximum as well. */
function dosage(text: string, course: MedicationCourse): Dosage {
  const r = course.doseRange;
  if (!r) return { text };
  const q = (value: number) => ({ value, unit: r.unit, system: SYSTEMS.ucum, code: r.unit });
  return {
    text,
    asNeededBoolean: true,
    doseAndRate: [{ doseRange: { low: q(r.low), high: q(r.high) } }],
    maxDosePerPeriod: { numerator: q(r.maxIn24Hours), denominator: { value: 24, unit: "h", system: SYSTEMS.ucum, code: "h" } },
  };
}
