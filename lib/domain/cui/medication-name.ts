import { NOT_RECORDED } from "./uk-time";

/**
 * Whether a product is named by its generic (dm+d VTM/VMP) or by a brand (a branded dm+d AMP).
 * The record mapping decides this from data; "unknown" leaves the name as the source wrote it.
 */
export type MedicationNameKind = "generic" | "brand" | "unknown";

export interface MedicationNameInput {
  name: string | null | undefined;
  kind: MedicationNameKind;
  /** The brand part of a branded name, when the source gives it separately. */
  brandName?: string | null;
}

// Tokens such as "D3" or "B12" are names, not words; lower-casing them would change meaning.
const KEEP_CASE = /^\(?[A-Z]+\d+[A-Z]*[),]?$/;

function lowerGeneric(text: string): string {
  return text
    .split(/(\s+)/)
    .map((token) => (KEEP_CASE.test(token) ? token : token.toLocaleLowerCase("en-GB")))
    .join("");
}

/**
 * CUI medication naming: generic names in lower case, brand names in capitals, so a clinician
 * sees at a glance whether a patient is on a specific brand (which matters for e.g. modified-
 * release or narrow-therapeutic-index products). Strength, form and units follow the name in
 * lower case. Without a separate brand name, the brand is taken to be the words before the first
 * word containing a digit (dm+d AMP names read "Brand strength form").
 */
export function formatMedicationName(input: MedicationNameInput): string {
  const name = (input.name ?? "").trim().replace(/\s+/g, " ");
  if (name === "") return `Medication name ${NOT_RECORDED.toLowerCase()}`;
  switch (input.kind) {
    case "generic":
      return lowerGeneric(name);
    case "brand":
      return formatBrand(name, input.brandName?.trim() ?? "");
    case "unknown":
      return name;
  }
}

function formatBrand(name: string, brand: string): string {
  if (brand !== "" && name.toLocaleLowerCase("en-GB").startsWith(brand.toLocaleLowerCase("en-GB"))) {
    return brand.toLocaleUpperCase("en-GB") + lowerGeneric(name.slice(brand.length));
  }
  const words = name.split(" ");
  const firstWithDigit = words.findIndex((w) => /\d/.test(w));
  const brandWords = firstWithDigit === -1 ? words : words.slice(0, Math.max(firstWithDigit, 1));
  const rest = words.slice(brandWords.length).join(" ");
  const upper = brandWords.join(" ").toLocaleUpperCase("en-GB");
  return rest === "" ? upper : `${upper} ${lowerGeneric(rest)}`;
}
