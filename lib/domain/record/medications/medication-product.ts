import type { Coding, Extension, Medication } from "fhir/r4";
import { formatMedicationName, type MedicationNameKind } from "../../cui/medication-name";
import { arr, codingText, extension, extensionCodes, str } from "../fhir/fhir-values";
import { CODE_SYSTEM, EXT, SNOMED } from "../fhir/systems";
import type { DmdConceptKind, DrugIdentity, MedicationItem } from "./types";

export interface Product {
  name: string;
  drug: DrugIdentity;
  controlledDrug: MedicationItem["controlledDrug"];
}

const SCHEDULES = new Set(["1", "2", "3", "4", "5"]);

// Contract: controlled-drug valueCoding code "schedule-2" … "schedule-5".
function schedule(ext: Extension | undefined): MedicationItem["controlledDrug"] {
  if (!ext) return null;
  const n = str(ext.valueCoding?.code)?.replace(/^schedule-/, "") ?? "";
  return { schedule: SCHEDULES.has(n) ? (n as "1" | "2" | "3" | "4" | "5") : "unknown" };
}

/**
 * The contract gives no dm+d concept class or brand flag. A SNOMED coding is documented as a
 * VMP (always generic). Otherwise a name that starts with one of its ingredients, or is a
 * "Co-" combination name, is generic; anything else (e.g. "Clenil Modulite") is taken as a brand.
 */
function nameKind(name: string, ingredients: readonly string[], dmdKind: DmdConceptKind): MedicationNameKind {
  if (dmdKind === "VMP" || dmdKind === "VTM") return "generic";
  if (dmdKind === "AMP" || dmdKind === "AMPP") return "brand";
  const lower = name.toLocaleLowerCase("en-GB");
  if (ingredients.length === 0) return "unknown";
  return lower.startsWith("co-") || ingredients.some((i) => lower.startsWith(i.split(" ")[0] ?? i)) ? "generic" : "brand";
}

/** The product's dm+d code: a SNOMED coding (the first), else the mock's own dm+d-style code (a brand's AMP first). */
function dmdCodeOf(medication: Medication | undefined): string | null {
  const codings = arr<Coding>(medication?.code?.coding);
  const first = codings[0];
  if (first?.system === SNOMED) return str(first.code);
  return str(codings.find((c) => c?.system === CODE_SYSTEM.dmdLocal)?.code);
}

/** Drug identity and display name from a Medication resource, or just a name when there is none. */
export function readProduct(medication: Medication | undefined, fallbackName: string | null): Product {
  const coding = arr<Coding>(medication?.code?.coding)[0];
  const rawName = str(medication?.code?.text) ?? codingText(coding) ?? fallbackName;
  const dmdKind: DmdConceptKind = coding?.system === SNOMED ? "VMP" : "unknown";
  // Contract: a combination is one ingredient code joined with " + " ("codeine + paracetamol").
  const ingredients = arr<NonNullable<Medication["ingredient"]>[number]>(medication?.ingredient)
    .map((i) => {
      const local = arr<Coding>(i?.itemCodeableConcept?.coding).find((c) => c?.system === CODE_SYSTEM.drugIngredient);
      return str(local?.code) ?? str(i?.itemCodeableConcept?.text) ?? codingText(arr<Coding>(i?.itemCodeableConcept?.coding)[0]) ?? "";
    })
    .flatMap((code) => code.split("+"))
    .map((s) => s.trim().toLocaleLowerCase("en-GB"))
    .filter((s) => s !== "");
  const classes = extensionCodes(medication, EXT.drugClass);
  return {
    name: formatMedicationName({ name: rawName, kind: nameKind(rawName ?? "", ingredients, dmdKind) }),
    drug: { dmdCode: dmdCodeOf(medication), dmdKind, ingredients: [...new Set(ingredients)], classes },
    controlledDrug: schedule(extension(medication, EXT.controlledDrug)),
  };
}
