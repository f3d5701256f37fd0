// The mock's R4 structured record, answered as GP Connect Access Record: Structured (STU3) would answer it: the
// GPConnect-StructuredRecord-Bundle-1 envelope, GP Connect profiles and extensions, STU3 field shapes, and resolved
// allergies contained in their List. Resources GP Connect has no STU3 profile for (the mock's end-of-life dataset,
// its Consent and CarePlan) keep their content; see docs/real-records.md for what is and is not converted.
import type * as r4 from "fhir/r4";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const GPC = "https://fhir.nhs.uk/STU3/StructureDefinition/";
const CARE_CONNECT = "https://fhir.hl7.org.uk/STU3/StructureDefinition/";
const UKCORE = "https://fhir.hl7.org.uk/StructureDefinition/";
export const STU3_BUNDLE_PROFILE = `${GPC}GPConnect-StructuredRecord-Bundle-1`;
const RESOLVED_ALLERGIES = "1103671000000101";

/** GP Connect STU3 profiles (checked against the published specification); types without one keep no profile. */
const PROFILES: Partial<Record<string, string>> = {
  Patient: `${GPC}CareConnect-GPC-Patient-1`,
  Organization: `${GPC}CareConnect-GPC-Organization-1`,
  Practitioner: `${GPC}CareConnect-GPC-Practitioner-1`,
  AllergyIntolerance: `${GPC}CareConnect-GPC-AllergyIntolerance-1`,
  MedicationStatement: `${GPC}CareConnect-GPC-MedicationStatement-1`,
  MedicationRequest: `${GPC}CareConnect-GPC-MedicationRequest-1`,
  List: `${GPC}CareConnect-GPC-List-1`,
  Condition: `${GPC}CareConnect-GPC-ProblemHeader-Condition-1`,
};

const EXTENSION_URLS: Record<string, string> = {
  [`${UKCORE}Extension-UKCore-AllergyIntoleranceEnd`]: `${GPC}Extension-CareConnect-GPC-AllergyIntoleranceEnd-1`,
  [`${UKCORE}Extension-UKCore-MedicationStatementLastIssueDate`]: `${GPC}Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1`,
  [`${UKCORE}Extension-UKCore-MedicationStatusReason`]: `${GPC}Extension-CareConnect-GPC-MedicationStatusReason-1`,
  [`${UKCORE}Extension-UKCore-MedicationPrescribingOrganization`]: `${GPC}Extension-CareConnect-GPC-PrescribingAgency-1`,
  [`${UKCORE}Extension-UKCore-ConditionEpisode`]: `${CARE_CONNECT}Extension-CareConnect-ConditionEpisode-1`,
  "https://mock-mig.example/fhir/StructureDefinition/problem-significance": `${CARE_CONNECT}Extension-CareConnect-ProblemSignificance-1`,
};

function extensions(resource: Json, drop: readonly string[] = []): Json[] | undefined {
  const out = asArray(resource.extension as Json[] | undefined)
    .filter((e) => isObject(e) && !drop.includes(String(e.url)))
    .map((e) => (typeof e.url === "string" && EXTENSION_URLS[e.url] ? { ...e, url: EXTENSION_URLS[e.url] } : e));
  return out.length > 0 ? out : undefined;
}

const code = (concept: unknown): string | undefined =>
  isObject(concept) ? (asArray(concept.coding as r4.Coding[] | undefined)[0]?.code ?? undefined) : undefined;

function withProfile(resource: Json): Json {
  const profile = PROFILES[String(resource.resourceType)];
  const { meta, ...rest } = resource;
  const keptMeta = isObject(meta) ? Object.fromEntries(Object.entries(meta).filter(([k]) => k !== "profile")) : {};
  const newMeta = profile ? { ...keptMeta, profile: [profile] } : keptMeta;
  return Object.keys(newMeta).length > 0 ? { ...rest, meta: newMeta } : rest;
}

function allergy(a: r4.AllergyIntolerance & Json): Json {
  const { recordedDate, clinicalStatus, verificationStatus, ...rest } = a;
  const verification = code(verificationStatus);
  const out: Json = {
    ...rest,
    clinicalStatus: code(clinicalStatus) === "inactive" ? "inactive" : code(clinicalStatus),
    // GP Connect fixes this at "unconfirmed" (no meaning); entered-in-error and refuted are FHIR's own and are kept.
    verificationStatus: verification === "entered-in-error" || verification === "refuted" ? verification : "unconfirmed",
    assertedDate: recordedDate,
    extension: extensions(a),
  };
  return out;
}

function condition(c: r4.Condition & Json): Json {
  const { recordedDate, clinicalStatus, verificationStatus: _v, category, ...rest } = c;
  void _v;
  return { ...rest, category, clinicalStatus: code(clinicalStatus), assertedDate: recordedDate, extension: extensions(c) };
}

const PRESCRIPTION_TYPE = `${GPC}Extension-CareConnect-GPC-PrescriptionType-1`;
const REPEAT_INFORMATION = `${GPC}Extension-CareConnect-GPC-MedicationRepeatInformation-1`;
const MIG_PRESCRIPTION_TYPE = "https://mock-mig.example/fhir/StructureDefinition/prescription-type";

function prescriptionType(m: r4.MedicationRequest & Json): Json | null {
  const course = code(m.courseOfTherapyType);
  const repeatDispensing =
    course === "continuous-repeat-dispensing" ||
    course === "continuous-repeating-dispensing" ||
    asArray(m.extension).some((e) => e.url === MIG_PRESCRIPTION_TYPE && e.valueCode === "repeat-dispensing");
  const type = repeatDispensing ? "repeat-dispensing" : course === "acute" ? "acute" : course === "continuous" ? "repeat" : null;
  if (type === null) return null;
  const display = { acute: "Acute", repeat: "Repeat", "repeat-dispensing": "Repeat dispensing" }[type];
  return {
    url: PRESCRIPTION_TYPE,
    valueCodeableConcept: {
      coding: [{ system: "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescriptionType-1", code: type, display }],
    },
  };
}

function medicationRequest(m: r4.MedicationRequest & Json): Json {
  const { requester, courseOfTherapyType: _course, ...rest } = m;
  void _course;
  const repeat = asArray(m.extension).find((e) => e.url === `${UKCORE}Extension-UKCore-MedicationRepeatInformation`);
  const parts = asArray(repeat?.extension);
  const issued = parts.find((p) => p.url === "numberOfPrescriptionsIssued")?.valueUnsignedInt;
  const expiry = parts.find((p) => p.url === "authorisationExpiryDate")?.valueDateTime;
  const allowed = m.dispenseRequest?.numberOfRepeatsAllowed;
  const gpcRepeat =
    repeat || typeof allowed === "number"
      ? {
          url: REPEAT_INFORMATION,
          extension: [
            // R4 counts the repeats after the first issue; GP Connect counts every issue allowed.
            ...(typeof allowed === "number" ? [{ url: "numberOfRepeatPrescriptionsAllowed", valueUnsignedInt: allowed + 1 }] : []),
            ...(typeof issued === "number" ? [{ url: "numberOfRepeatPrescriptionsIssued", valueUnsignedInt: issued }] : []),
            ...(typeof expiry === "string" ? [{ url: "authorisationExpiryDate", valueDateTime: expiry }] : []),
          ],
        }
      : null;
  const type = prescriptionType(m);
  const dispense = m.dispenseRequest ? { ...m.dispenseRequest } : undefined;
  // GP Connect carries the authorised number of issues in its repeat extension, not in numberOfRepeatsAllowed.
  if (dispense) delete dispense.numberOfRepeatsAllowed;
  const ext = [
    ...(extensions(m, [`${UKCORE}Extension-UKCore-MedicationRepeatInformation`]) ?? []),
    ...(type ? [type] : []),
    ...(gpcRepeat ? [gpcRepeat] : []),
  ];
  return {
    ...rest,
    ...(dispense ? { dispenseRequest: dispense } : {}),
    ...(requester ? { requester: { agent: requester } } : {}),
    extension: ext.length > 0 ? ext : undefined,
  };
}

function convert(resource: Json): Json {
  switch (resource.resourceType) {
    case "AllergyIntolerance":
      return allergy(resource as r4.AllergyIntolerance & Json);
    case "Condition":
      return condition(resource as r4.Condition & Json);
    case "MedicationStatement":
      return { ...resource, taken: "unk", extension: extensions(resource) };
    case "MedicationRequest":
      return medicationRequest(resource as r4.MedicationRequest & Json);
    case "Flag": {
      const f = resource as r4.Flag & Json;
      return { ...f, category: asArray(f.category)[0] };
    }
    case "Encounter": {
      const { reasonCode, ...rest } = resource as r4.Encounter & Json;
      return reasonCode ? { ...rest, reason: reasonCode } : rest;
    }
    case "Immunization": {
      const { occurrenceDateTime, protocolApplied, status, ...rest } = resource as r4.Immunization & Json;
      const dose = asArray(protocolApplied)[0]?.doseNumberPositiveInt;
      return {
        ...rest,
        status: status === "not-done" ? "completed" : status,
        notGiven: status === "not-done",
        primarySource: true,
        date: occurrenceDateTime,
        ...(typeof dose === "number"
          ? { vaccinationProtocol: [{ doseSequence: dose, targetDisease: [], doseStatus: { text: "Counts" } }] }
          : {}),
      };
    }
    case "ServiceRequest": {
      const { code: service, requester, performer, resourceType: _t, ...rest } = resource as r4.ServiceRequest & Json;
      void _t;
      return {
        ...rest,
        resourceType: "ReferralRequest",
        ...(service ? { serviceRequested: [service] } : {}),
        ...(requester ? { requester: { agent: requester } } : {}),
        ...(performer ? { recipient: performer } : {}),
      };
    }
    case "RelatedPerson": {
      const p = resource as r4.RelatedPerson & Json;
      // STU3 allows one relationship: the role coding, with the family relationship ("Daughter") as its text.
      const [role, family] = asArray(p.relationship);
      const text = family?.text ?? role?.text;
      return { ...p, relationship: role ? { ...role, ...(text ? { text } : {}) } : undefined };
    }
    case "List":
      return { ...resource, extension: extensions(resource) };
    case "CarePlan": {
      // R4 has one author; STU3 a list of them (the STU3 JSON schema refuses a single Reference).
      const { author, ...rest } = resource as r4.CarePlan & Json;
      return author ? { ...rest, author: [author] } : rest;
    }
    case "Observation": {
      const { note, ...rest } = resource as r4.Observation & Json;
      const comment = asArray(note)
        .map((n) => n.text)
        .filter(Boolean)
        .join("\n");
      return comment ? { ...rest, comment } : rest;
    }
    default:
      return resource;
  }
}

const listCode = (list: Json): string | undefined => code(list.code);

/** The R4 record Bundle as GP Connect STU3 sends it. Pure: the input is not changed. */
export function toStu3Bundle(bundle: r4.Bundle): Json {
  const entries = asArray(bundle.entry).filter((e): e is r4.BundleEntry & { resource: r4.FhirResource } => isObject(e?.resource));
  const byRef = new Map(entries.map((e) => [`${e.resource.resourceType}/${String(e.resource.id)}`, e]));
  const containedRefs = new Set<string>();
  const out: Json[] = [];
  for (const entry of entries) {
    const resource = entry.resource as unknown as Json;
    if (resource.resourceType === "List" && listCode(resource) === RESOLVED_ALLERGIES) {
      // GP Connect sends resolved allergies as resources contained in their List, referenced as "#id".
      const items = asArray(resource.entry as r4.ListEntry[] | undefined);
      const contained = items.flatMap((i) => {
        const target = byRef.get(String(i.item?.reference));
        if (!target) return [];
        containedRefs.add(String(i.item.reference));
        return [withProfile(convert(target.resource as unknown as Json))];
      });
      const entry2 = items.map((i) =>
        byRef.has(String(i.item?.reference)) ? { ...i, item: { reference: `#${String(i.item.reference).split("/")[1]}` } } : i,
      );
      const list = { ...resource, ...(contained.length > 0 ? { contained } : {}), ...(entry2.length > 0 ? { entry: entry2 } : {}) };
      out.push({ ...entry, resource: withProfile(convert(list)) });
      continue;
    }
    out.push({ ...entry, resource: withProfile(convert(resource)) });
  }
  const kept = out.filter((e) => {
    const r = e.resource as Json;
    return !containedRefs.has(`${String(r.resourceType)}/${String(r.id)}`);
  });
  const { meta: _meta, ...rest } = bundle as unknown as Json;
  void _meta;
  return { ...rest, meta: { profile: [STU3_BUNDLE_PROFILE] }, entry: kept };
}
