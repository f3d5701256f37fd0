// GP Connect STU3 → the R4 (UK Core) shape the section mappers read. Converting at the edge keeps one set of mappers:
// nothing after indexBundle knows which version arrived. Only what the mappers read is converted; anything else is
// carried over as sent (the mappers read every field defensively). Each resource is converted on its own, so one
// odd resource costs that resource, never the record.
import type * as r3 from "fhir/r3";
import type * as r4 from "fhir/r4";
import { EXT, GPC_STU3 } from "../systems";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const CARE_CONNECT_STU3 = "https://fhir.hl7.org.uk/STU3/StructureDefinition/";

/** STU3 extension URL → its R4 (UK Core) twin; sub-extensions keep their names unless renamed below. */
const EXTENSION_URLS: Record<string, string> = {
  [`${GPC_STU3}Extension-CareConnect-GPC-AllergyIntoleranceEnd-1`]: EXT.allergyEnd,
  [`${CARE_CONNECT_STU3}Extension-CareConnect-AllergyIntoleranceEnd-1`]: EXT.allergyEnd,
  [`${GPC_STU3}Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1`]: EXT.lastIssueDate,
  // GP Connect's published medication example also sends the Care Connect (non-GPC) last issue date.
  [`${CARE_CONNECT_STU3}Extension-CareConnect-MedicationStatementLastIssueDate-1`]: EXT.lastIssueDate,
  [`${GPC_STU3}Extension-CareConnect-GPC-MedicationStatusReason-1`]: EXT.statusReason,
  [`${GPC_STU3}Extension-CareConnect-GPC-PrescribingAgency-1`]: EXT.prescribingOrganizationType,
  [`${GPC_STU3}Extension-CareConnect-GPC-ListWarningCode-1`]: EXT.listWarning,
  [`${CARE_CONNECT_STU3}Extension-CareConnect-ConditionEpisode-1`]: EXT.conditionEpisode,
};

function renameExtensions(resource: Json): Json[] {
  return asArray(resource.extension as Json[] | undefined)
    .filter(isObject)
    .map((e) => (typeof e.url === "string" && EXTENSION_URLS[e.url] ? { ...e, url: EXTENSION_URLS[e.url] } : e));
}

const concept = (system: string, code: unknown): r4.CodeableConcept | undefined =>
  typeof code === "string" ? { coding: [{ system, code }] } : undefined;

const TERMINOLOGY = "http://terminology.hl7.org/CodeSystem/";

function allergy(a: r3.AllergyIntolerance & Json): Json {
  const { assertedDate, clinicalStatus, verificationStatus, ...rest } = a;
  const isGpConnect = asArray(a.meta?.profile).some((p) => p.startsWith(GPC_STU3));
  // GP Connect fixes verificationStatus at "unconfirmed" and says no meaning may be drawn from it; any other value
  // (entered-in-error, refuted, confirmed) is FHIR's own and is honoured.
  const verification = isGpConnect && verificationStatus === "unconfirmed" ? undefined : verificationStatus;
  return {
    ...rest,
    clinicalStatus: concept(`${TERMINOLOGY}allergyintolerance-clinical`, clinicalStatus),
    verificationStatus: concept(`${TERMINOLOGY}allergyintolerance-verification`, verification),
    recordedDate: assertedDate,
    extension: renameExtensions(a),
  };
}

function condition(c: r3.Condition & Json): Json {
  const { assertedDate, clinicalStatus, verificationStatus, ...rest } = c;
  return {
    ...rest,
    clinicalStatus: concept(`${TERMINOLOGY}condition-clinical`, clinicalStatus),
    verificationStatus: concept(`${TERMINOLOGY}condition-ver-status`, verificationStatus),
    recordedDate: assertedDate,
    extension: renameExtensions(c),
  };
}

function medicationStatement(s: r3.MedicationStatement & Json): Json {
  const { taken: _taken, ...rest } = s;
  void _taken;
  return { ...rest, extension: renameExtensions(s) };
}

const GPC_PRESCRIPTION_TYPE = `${GPC_STU3}Extension-CareConnect-GPC-PrescriptionType-1`;
const GPC_REPEAT_INFORMATION = `${GPC_STU3}Extension-CareConnect-GPC-MedicationRepeatInformation-1`;
const GPC_QUANTITY_TEXT = `${GPC_STU3}Extension-CareConnect-GPC-MedicationQuantityText-1`;

/** GP Connect prescription type → R4 courseOfTherapyType (UK Core adds continuous-repeating-dispensing). */
function courseOfTherapy(code: string | undefined): r4.CodeableConcept | undefined {
  const system = `${TERMINOLOGY}medicationrequest-course-of-therapy`;
  switch (code) {
    case "acute":
    case "acute-handwritten":
      return { coding: [{ system, code: "acute" }] };
    case "repeat":
      return { coding: [{ system, code: "continuous" }] };
    case "repeat-dispensing":
      return {
        coding: [
          // The code UK Core's own CodeSystem and its Care Connect → UK Core ConceptMap use.
          { system: "https://fhir.hl7.org.uk/CodeSystem/UKCore-MedicationRequestCourseOfTherapy", code: "continuous-repeating-dispensing" },
        ],
      };
    default:
      return undefined;
  }
}

function medicationRequest(m: r3.MedicationRequest & Json): Json {
  const extensions = asArray(m.extension as Json[] | undefined).filter(isObject);
  const typeCode = (extensions.find((e) => e.url === GPC_PRESCRIPTION_TYPE)?.valueCodeableConcept as r3.CodeableConcept | undefined)
    ?.coding?.[0]?.code;
  const repeat = extensions.find((e) => e.url === GPC_REPEAT_INFORMATION);
  const parts = asArray(repeat?.extension as Json[] | undefined).filter(isObject);
  const part = (name: string) => parts.find((p) => p.url === name);
  // GP Connect types both as positiveInt; its own examples send valueUnsignedInt. Either is read.
  const countOf = (p: Json | undefined) => {
    const n = p?.valueUnsignedInt ?? p?.valuePositiveInt;
    return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : undefined;
  };
  const allowed = countOf(part("numberOfRepeatPrescriptionsAllowed"));
  const issued = countOf(part("numberOfRepeatPrescriptionsIssued"));
  const expiry = part("authorisationExpiryDate")?.valueDateTime;
  const ukcoreRepeat =
    repeat === undefined
      ? []
      : [
          {
            url: EXT.repeatInformation,
            extension: [
              ...(typeof issued === "number" ? [{ url: "numberOfPrescriptionsIssued", valueUnsignedInt: issued }] : []),
              ...(typeof expiry === "string" ? [{ url: "authorisationExpiryDate", valueDateTime: expiry }] : []),
            ],
          },
        ];
  const { requester, ...rest } = m;
  const dispense = isObject(m.dispenseRequest) ? { ...m.dispenseRequest } : undefined;
  // A quantity GP Connect gives as text ("capsule(s)", MedicationQuantityText-1) is the quantity's unit when it has none.
  const quantity = isObject(dispense?.quantity) ? dispense.quantity : undefined;
  const quantityText = asArray(quantity?.extension as Json[] | undefined)
    .filter(isObject)
    .find((e) => e.url === GPC_QUANTITY_TEXT)?.valueString;
  if (dispense && quantity && typeof quantityText === "string" && typeof quantity.unit !== "string")
    dispense.quantity = { ...quantity, unit: quantityText };
  // GP Connect counts every authorised issue ("no concept of an initial dispense … the total number of allowed issues",
  // accessrecord_structured_development_medicationrequest); R4 numberOfRepeatsAllowed counts the repeats after the
  // first issue, so N issues are N - 1 repeats. 0 is not a positiveInt and says nothing: it is not converted.
  const repeats = typeof allowed === "number" && allowed >= 1 ? allowed - 1 : undefined;
  if (dispense && repeats !== undefined) Object.assign(dispense, { numberOfRepeatsAllowed: repeats });
  else if (repeats !== undefined) Object.assign(rest, { dispenseRequest: { numberOfRepeatsAllowed: repeats } });
  return {
    ...rest,
    ...(dispense ? { dispenseRequest: dispense } : {}),
    requester: requester?.agent,
    courseOfTherapyType: courseOfTherapy(typeCode),
    // "instance-order" became "original-order"; the mappers only look for plan, order and option.
    intent: m.intent,
    extension: [...renameExtensions(m).filter((e) => e.url !== GPC_PRESCRIPTION_TYPE && e.url !== GPC_REPEAT_INFORMATION), ...ukcoreRepeat],
  };
}

function flag(f: r3.Flag & Json): Json {
  return { ...f, category: f.category ? [f.category] : undefined, extension: renameExtensions(f) };
}

function encounter(e: r3.Encounter & Json): Json {
  const { reason, ...rest } = e;
  return { ...rest, reasonCode: reason };
}

function immunization(i: r3.Immunization & Json): Json {
  const { date, notGiven, vaccinationProtocol, ...rest } = i;
  const dose = asArray(vaccinationProtocol)[0]?.doseSequence;
  return {
    ...rest,
    status: notGiven === true ? "not-done" : i.status,
    occurrenceDateTime: date,
    ...(typeof dose === "number" ? { protocolApplied: [{ doseNumberPositiveInt: dose }] } : {}),
  };
}

/** ReferralRequest (GP Connect's outbound referral) and ProcedureRequest → R4 ServiceRequest. */
function serviceRequest(r: Json): Json {
  const referral = r as r3.ReferralRequest & Json;
  const {
    resourceType: _type,
    serviceRequested,
    requester,
    recipient,
    description,
    code,
    ...rest
  } = referral as r3.ReferralRequest & Json & { code?: r3.CodeableConcept };
  void _type;
  const services = asArray(serviceRequested);
  return {
    ...rest,
    resourceType: "ServiceRequest",
    code: code ?? services[0] ?? (typeof description === "string" ? { text: description } : undefined),
    requester: requester?.agent,
    performer: recipient,
    ...(typeof description === "string" ? { note: [{ text: description }] } : {}),
  };
}

/**
 * STU3 allows one relationship. When its text says more than its coding (a role code with the family relationship as
 * text: "Daughter"), the two are kept apart as R4's two relationships, so neither is lost.
 */
function relatedPerson(p: r3.RelatedPerson & Json): Json {
  const rel = p.relationship;
  if (!rel) return { ...p, relationship: undefined };
  const display = rel.coding?.[0]?.display;
  const split = rel.coding && rel.coding.length > 0 && rel.text && rel.text.toLowerCase() !== display?.toLowerCase();
  return { ...p, relationship: split ? [{ coding: rel.coding }, { text: rel.text }] : [rel] };
}

function observation(o: r3.Observation & Json): Json {
  const { comment, ...rest } = o;
  return { ...rest, ...(typeof comment === "string" ? { note: [{ text: comment }] } : {}) };
}

function convert(resource: Json): Json {
  switch (resource.resourceType) {
    case "AllergyIntolerance":
      return allergy(resource as r3.AllergyIntolerance & Json);
    case "Condition":
      return condition(resource as r3.Condition & Json);
    case "MedicationStatement":
      return medicationStatement(resource as r3.MedicationStatement & Json);
    case "MedicationRequest":
      return medicationRequest(resource as r3.MedicationRequest & Json);
    case "Flag":
      return flag(resource as r3.Flag & Json);
    case "Encounter":
      return encounter(resource as r3.Encounter & Json);
    case "Immunization":
      return immunization(resource as r3.Immunization & Json);
    case "ReferralRequest":
    case "ProcedureRequest":
      return serviceRequest(resource);
    case "RelatedPerson":
      return relatedPerson(resource as r3.RelatedPerson & Json);
    case "Observation":
      return observation(resource as r3.Observation & Json);
    case "List":
      return { ...resource, extension: renameExtensions(resource) };
    case "CarePlan": {
      // STU3 lists authors; R4 has one author and the others as contributors.
      const { author, ...rest } = resource;
      const authors = asArray(author as Json[] | undefined).filter(isObject);
      if (!Array.isArray(author)) return resource;
      const contributors = [...authors.slice(1), ...asArray(rest.contributor as Json[] | undefined)];
      return { ...rest, ...(authors[0] ? { author: authors[0] } : {}), ...(contributors.length > 0 ? { contributor: contributors } : {}) };
    }
    default:
      return resource;
  }
}

function safely(resource: Json): Json {
  try {
    return convert(resource);
  } catch {
    // Left as sent: the mapper reading it counts it as unreadable rather than losing the record.
    return resource;
  }
}

/**
 * A List's contained resources (GP Connect sends resolved allergies this way, referenced as "#id") become entries
 * of their own, so the one reference resolver reads both versions. The new id is unique within the Bundle.
 */
function hoistContained(list: Json, taken: Set<string>): { list: Json; hoisted: Json[] } {
  const contained = asArray(list.contained as Json[] | undefined).filter(isObject);
  if (contained.length === 0) return { list, hoisted: [] };
  const listId = typeof list.id === "string" ? list.id : "list";
  const renamed = new Map<string, string>();
  const hoisted = contained.map((c) => {
    // Its own id where no other resource of its type has it, so the item keeps the identity the source gave it.
    const own = `${String(c.resourceType)}/${String(c.id)}`;
    const id = taken.has(own) ? `${listId}-contained-${String(c.id)}` : String(c.id);
    taken.add(`${String(c.resourceType)}/${id}`);
    renamed.set(`#${String(c.id)}`, `${String(c.resourceType)}/${id}`);
    return { ...c, id };
  });
  const entry = asArray(list.entry as Json[] | undefined).map((e) => {
    const item = isObject(e) && isObject(e.item) ? e.item : undefined;
    const ref = typeof item?.reference === "string" ? renamed.get(item.reference) : undefined;
    return ref ? { ...e, item: { ...item, reference: ref } } : e;
  });
  const { contained: _contained, ...rest } = list;
  void _contained;
  return { list: { ...rest, entry }, hoisted };
}

/** A GP Connect STU3 structured-record Bundle, as the R4 shape the mappers read. */
export function stu3BundleToR4(bundle: Json): Json {
  const entries: Json[] = [];
  const taken = new Set(
    asArray(bundle.entry as Json[] | undefined).flatMap((e) =>
      isObject(e) && isObject(e.resource) ? [`${String(e.resource.resourceType)}/${String(e.resource.id)}`] : [],
    ),
  );
  for (const entry of asArray(bundle.entry as Json[] | undefined)) {
    if (!isObject(entry) || !isObject(entry.resource)) {
      entries.push(entry);
      continue;
    }
    let resource = entry.resource;
    if (resource.resourceType === "List") {
      const { list, hoisted } = hoistContained(resource, taken);
      resource = list;
      for (const h of hoisted) entries.push({ resource: safely(h) });
    }
    entries.push({ ...entry, resource: safely(resource) });
  }
  return { ...bundle, entry: entries };
}
