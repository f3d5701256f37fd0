import type { CodeableConcept, FhirResource, Medication, MedicationRequest, MedicationStatement } from "fhir/r4";
import { subMonths } from "date-fns";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, conceptText, dateView, extension, str } from "../fhir/fhir-values";
import { mapEach, sectionCompleteness } from "../fhir/section-source";
import { clinicianName, sourceFor } from "../fhir/source";
import { EXT } from "../fhir/systems";
import { readProduct, type Product } from "./medication-product";
import type { MedicationIssue, MedicationItem, MedicationsSection, MedicationStatus, PrescriptionType } from "./types";
import type { SectionInput } from "../section-registry/define-section";

const byNewest =
  <T>(key: (t: T) => number | null) =>
  (a: T, b: T) =>
    (key(b) ?? -Infinity) - (key(a) ?? -Infinity);

function quantity(req: MedicationRequest | undefined): string {
  const q = req?.dispenseRequest?.quantity;
  const value = typeof q?.value === "number" ? String(q.value) : null;
  return value === null ? "Not recorded" : [value, str(q?.unit)].filter(Boolean).join(" ");
}

function prescriptionType(plan: MedicationRequest | undefined): PrescriptionType {
  if (extension(plan, EXT.prescriptionType)?.valueCode === "repeat-dispensing") return "repeat-dispensing";
  const code = arr<{ code?: string }>(plan?.courseOfTherapyType?.coding)[0]?.code;
  // Repeat dispensing beyond FHIR's acute / continuous / seasonal: UK Core's CodeSystem
  // UKCore-MedicationRequestCourseOfTherapy spells it continuous-repeating-dispensing (its published examples and the
  // Care Connect → UK Core ConceptMap), EPS's https://fhir.nhs.uk/CodeSystem/medicationrequest-course-of-therapy
  // continuous-repeat-dispensing. Both mean the same; neither is "type not recorded".
  if (code === "continuous-repeat-dispensing" || code === "continuous-repeating-dispensing") return "repeat-dispensing";
  return code === "acute" ? "acute" : code === "continuous" ? "repeat" : "unknown";
}

type Dosage = { asNeededBoolean?: boolean; asNeededCodeableConcept?: CodeableConcept; patientInstruction?: string };

/** The first patient instruction the statement's or the plan's dosage gives; undefined when none. */
function patientInstructionOf(dosages: readonly (Dosage | undefined)[]): string | undefined {
  for (const d of dosages) {
    const text = str(d?.patientInstruction);
    if (text !== null) return text;
  }
  return undefined;
}

/** Every note's text on the statement and its plan, each once, in order; undefined when none. */
function notesOf(...holders: readonly ({ note?: unknown } | undefined)[]): string[] | undefined {
  const texts = holders.flatMap((h) => arr<{ text?: unknown }>(h?.note).map((n) => str(n?.text))).filter((t): t is string => t !== null);
  return texts.length > 0 ? [...new Set(texts)] : undefined;
}

/** PRN: asNeededBoolean, or asNeededCodeableConcept which is both "as needed" and why. */
function asNeededOf(dosages: readonly (Dosage | undefined)[]): MedicationItem["asNeeded"] {
  for (const d of dosages) {
    if (!d) continue;
    if (d.asNeededCodeableConcept) return { reason: conceptText(d.asNeededCodeableConcept, "") || null };
    if (d.asNeededBoolean === true) return { reason: null };
  }
  return undefined;
}

const AGENCY_WORDS: Record<string, string> = {
  "prescribed-at-gp-practice": "Prescribed at GP practice",
  "prescribed-by-another-organisation": "Prescribed by another organisation",
  "prescribed-by-previous-practice": "Prescribed by previous practice",
};

/** UK Core prescribing organisation type or GP Connect prescribing agency, as the source worded it. */
function agencyOf(...holders: (MedicationStatement | MedicationRequest | undefined)[]): string | undefined {
  for (const h of holders) {
    const ext = extension(h, EXT.prescribingOrganizationType) ?? extension(h, EXT.gpcPrescribingAgency);
    const coding = ext?.valueCodeableConcept?.coding?.[0];
    const code = str(coding?.code);
    if (code) return str(coding?.display) ?? AGENCY_WORDS[code] ?? code;
  }
  return undefined;
}

function intentOf(plan: MedicationRequest | undefined): MedicationItem["intent"] {
  const intent = plan?.intent;
  if (intent === undefined) return undefined;
  return intent === "plan" || intent === "order" || intent === "option" || intent === "proposal" ? intent : "unknown";
}

function status(value: unknown): MedicationStatus {
  return value === "active" || value === "completed" || value === "stopped" ? value : "unknown";
}

// A long record has thousands of issues of a few dozen products: each Medication resource (resolved to one object
// by the bundle index) is read once per name it is shown under. Products are not changed after reading.
const productsRead = new WeakMap<Medication, Map<string | null, Product>>();

function productOf(medication: Medication | undefined, fallbackName: string | null): Product {
  if (!medication) return readProduct(medication, fallbackName);
  let byName = productsRead.get(medication);
  if (!byName) productsRead.set(medication, (byName = new Map()));
  const known = byName.get(fallbackName);
  if (known) return known;
  const product = readProduct(medication, fallbackName);
  byName.set(fallbackName, product);
  return product;
}

function mapIssue(order: MedicationRequest, index: BundleIndex, fallbackName: string | null): MedicationIssue {
  const product = productOf(
    index.resolve<Medication>(order.medicationReference, "Medication"),
    str(order.medicationReference?.display) ?? fallbackName,
  );
  const basedOn = arr<{ reference?: string }>(order.basedOn)[0];
  const planRef = str(basedOn?.reference);
  // An issue without its own dosage was issued as authorised: the plan's dosage applies.
  const plan = index.resolve<MedicationRequest>(basedOn, "MedicationRequest");
  const issued = dateView(order.authoredOn);
  return {
    id: order.id ?? `issue-${planRef ?? "unlinked"}-${str(order.authoredOn) ?? "undated"}`,
    source: sourceFor(order, index),
    recorded: issued,
    planId: planRef?.split("/").pop() ?? null,
    medicationName: product.name,
    drug: product.drug,
    controlledDrug: product.controlledDrug,
    issued,
    dosage: str(order.dosageInstruction?.[0]?.text) ?? str(plan?.dosageInstruction?.[0]?.text) ?? "Not recorded",
    quantity: quantity(order),
    prescriber: clinicianName(order.requester ?? order.recorder, index),
  };
}

/** The plan id at the end of a reference ("MedicationRequest/abc" or a full URL ending so). */
function planIdOf(reference: string | null): string | null {
  return reference?.match(/(?:^|\/)MedicationRequest\/([^/]+)$/)?.[1] ?? null;
}

/** Issues grouped by the plan they are based on, read once: a long record has thousands of issues and dozens of plans. */
function ordersByPlan(orders: readonly MedicationRequest[]): Map<string, MedicationRequest[]> {
  const byPlan = new Map<string, MedicationRequest[]>();
  for (const order of orders) {
    const plans = new Set(arr<{ reference?: string }>(order.basedOn).map((b) => planIdOf(str(b?.reference))));
    for (const planId of plans) {
      if (planId === null) continue;
      const list = byPlan.get(planId);
      if (list) list.push(order);
      else byPlan.set(planId, [order]);
    }
  }
  return byPlan;
}

const count = (e: { valueUnsignedInt?: number; valuePositiveInt?: number } | undefined): number | undefined => {
  const n = e?.valueUnsignedInt ?? e?.valuePositiveInt;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/**
 * How many issues the authorisation allows in all. FHIR R4 `dispenseRequest.numberOfRepeatsAllowed` counts the
 * repeats *after* the first issue ("3 repeats" = 4 issues: https://hl7.org/fhir/R4/medicationrequest-definitions.html
 * #MedicationRequest.dispenseRequest.numberOfRepeatsAllowed), so the total is one more. Where only the older UK Core /
 * Care Connect repeat extension's `numberOfRepeatPrescriptionsAllowed` is sent, it already is the total (GP Connect:
 * "no concept of an initial dispense … the total number of allowed issues"). Null when neither is given.
 */
export function issuesAllowed(plan: MedicationRequest | undefined, repeatInfo: ReturnType<typeof extension>): number | null {
  const repeats = plan?.dispenseRequest?.numberOfRepeatsAllowed;
  if (typeof repeats === "number" && Number.isInteger(repeats) && repeats >= 0) return repeats + 1;
  return count(extension(repeatInfo, "numberOfRepeatPrescriptionsAllowed")) ?? null;
}

/** A plan and its issues; the issues go to the section's one list of issues, not into the item. */
function mapStatement(
  statement: MedicationStatement,
  index: BundleIndex,
  ordersOfPlan: ReadonlyMap<string, readonly MedicationRequest[]>,
): { item: MedicationItem; issues: MedicationIssue[] } {
  const planRef = arr<{ reference?: string }>(statement.basedOn)[0];
  const plan = index.resolve<MedicationRequest>(planRef, "MedicationRequest");
  const medRef = statement.medicationReference ?? plan?.medicationReference;
  const product = readProduct(
    index.resolve<Medication>(medRef, "Medication"),
    str(medRef?.display) ?? conceptText(statement.medicationCodeableConcept, "") ?? null,
  );
  const planId = plan?.id ?? null;
  const issues = (planId === null ? [] : (ordersOfPlan.get(planId) ?? []))
    .map((o) => ({ ...mapIssue(o, index, product.name), planId: statement.id ?? planId }))
    .sort(byNewest((i) => i.issued.sortKey));
  const repeatInfo = extension(plan, EXT.repeatInformation);
  // UK Core names it numberOfPrescriptionsIssued; its earlier versions (and Care Connect) numberOfRepeatPrescriptionsIssued.
  const issuedCount =
    count(extension(repeatInfo, "numberOfPrescriptionsIssued")) ?? count(extension(repeatInfo, "numberOfRepeatPrescriptionsIssued"));
  const stop = extension(plan, EXT.statusReason);
  const reason = conceptText(extension(stop, "statusReason")?.valueCodeableConcept ?? statement.statusReason?.[0], "Reason not recorded");
  const itemStatus = status(statement.status ?? plan?.status);
  const lastIssued = extension(statement, EXT.lastIssueDate)?.valueDateTime ?? issues[0]?.issued.iso;
  const maxIssues = issuesAllowed(plan, repeatInfo);
  const item: MedicationItem = {
    id: statement.id ?? planId ?? `medication-${product.name}`,
    source: sourceFor(statement, index),
    recorded: dateView(statement.dateAsserted ?? plan?.authoredOn),
    name: product.name,
    drug: product.drug,
    controlledDrug: product.controlledDrug,
    prescriptionType: prescriptionType(plan),
    status: itemStatus,
    dosage: str(statement.dosage?.[0]?.text) ?? str(plan?.dosageInstruction?.[0]?.text) ?? "Not recorded",
    quantity: quantity(plan),
    started: dateView(statement.effectivePeriod?.start ?? plan?.authoredOn),
    ended: dateView(statement.effectivePeriod?.end),
    lastIssued: dateView(lastIssued),
    issueCount: typeof issuedCount === "number" ? issuedCount : issues.length,
    maxIssues,
    reviewDate: dateView(extension(plan, EXT.reviewDate)?.valueDate),
    discontinued:
      itemStatus === "stopped"
        ? { date: dateView(extension(stop, "statusChangeDate")?.valueDateTime ?? statement.effectivePeriod?.end), reason }
        : null,
    // GP Connect names the authorising clinician as the plan's recorder ("the responsible Practitioner who authorised
    // the medication") and fills requester only for medication prescribed elsewhere.
    prescriber: clinicianName(plan?.requester ?? plan?.recorder ?? statement.informationSource, index),
    // Just-in-case medicines stay in the home after issue; the safety checks always treat them as current.
    ...(extension(statement, EXT.anticipatory)?.valueBoolean === true ? { anticipatory: true } : {}),
    ...optional({
      asNeeded: asNeededOf([...arr<Dosage>(statement.dosage), ...arr<Dosage>(plan?.dosageInstruction)]),
      patientInstruction: patientInstructionOf([...arr<Dosage>(statement.dosage), ...arr<Dosage>(plan?.dosageInstruction)]),
      notes: notesOf(statement, plan),
      prescribingAgency: agencyOf(statement, plan),
      intent: intentOf(plan),
    }),
  };
  return { item, issues };
}

/** Only the keys whose value is defined: the view model leaves out what the source did not say. */
function optional<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const isOption = (m: MedicationItem) => m.intent === "option" || m.intent === "proposal";

export function mapMedications({ index, lists, now, filter }: SectionInput<"medication">): MedicationsSection {
  const section = lists.medication;
  const orders = index.resources.filter((r): r is MedicationRequest => r.resourceType === "MedicationRequest" && r.intent === "order");
  const byPlan = ordersByPlan(orders);
  const planIssues: MedicationIssue[] = [];
  const mapped = mapEach(section?.resources ?? [], (r: FhirResource) => {
    if (r.resourceType !== "MedicationStatement") return null;
    const { item, issues } = mapStatement(r, index, byPlan);
    for (const issue of issues) planIssues.push(issue);
    return item;
  });
  const sorted = mapped.items.sort(byNewest((m) => m.lastIssued.sortKey ?? m.started.sortKey));
  // An option or proposal was never prescribed: it is listed on its own and is in none of the medication lists.
  const all = sorted.filter((m) => !isOption(m));
  const options = sorted.filter(isOption);
  const yearAgo = subMonths(now, 12).getTime();
  const isRepeat = (m: MedicationItem) => m.prescriptionType === "repeat" || m.prescriptionType === "repeat-dispensing";
  const linked = new Set(planIssues.map((i) => i.id));
  const unlinked = section ? orders.filter((o) => !linked.has(o.id ?? "")).map((o) => mapIssue(o, index, null)) : [];
  return {
    completeness: sectionCompleteness(section, sorted.length, mapped.unreadable, filter),
    acute: all.filter((m) => m.prescriptionType === "acute" && (m.lastIssued.sortKey ?? m.started.sortKey ?? -Infinity) >= yearAgo),
    currentRepeat: all.filter((m) => isRepeat(m) && m.status === "active"),
    // Only stopped repeats: a "completed" authorisation simply ran out and was usually re-issued.
    discontinuedRepeat: all.filter((m) => isRepeat(m) && m.status === "stopped"),
    // No course type stated: the safety checks treat an active one as possibly current, so the clinician sees it too.
    currentTypeNotRecorded: all.filter((m) => m.prescriptionType === "unknown" && m.status === "active"),
    options,
    all,
    issues: [...planIssues, ...unlinked].sort(byNewest((i) => i.issued.sortKey)),
  };
}
