// How each search result differs from what was typed. A trace matches last names by sound and near spelling and
// accepts a partial date of birth, so a result can be somebody else with a similar name: every difference is
// said in words beside the result, before the clinician opens a record.
import type { PatientBanner } from "../record/patient/types";
import type { SearchInput } from "./search-input";

export type MatchNotes = {
  /** True when every detail typed matches the patient's record exactly (a whole date of birth included). */
  exact: boolean;
  /** Differences and gaps, in words, e.g. "Last name is ARKWRIGHT: you typed Arkwrite". */
  notes: string[];
};
export type SearchCandidate = PatientBanner & { match: MatchNotes };

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/** "ARKWRIGHT, David John (Mr)" → family "ARKWRIGHT", given ["David", "John"]. */
export function namesOf(display: string): { family: string; given: string[] } {
  const [family = "", rest = ""] = display.split(",", 2);
  const given = rest
    .replace(/\([^)]*\)/g, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return { family: family.trim(), given };
}

/** The postcode district (outward code) of a full postcode: "LS6 3AB" → "LS6". */
export function postcodeDistrict(postcode: string | null): string | null {
  if (!postcode) return null;
  const compact = postcode.replace(/\s+/g, "").toUpperCase();
  return compact.length > 3 ? compact.slice(0, -3) : compact;
}

export function matchNotes(input: SearchInput, patient: PatientBanner): MatchNotes {
  if (input.mode === "nhs-number") return { exact: true, notes: [] };
  const notes: string[] = [];
  const { family, given } = namesOf(patient.name);
  if (fold(family) !== fold(input.family)) notes.push(`Last name is ${family}: you typed ${input.family}`);
  if (!given.some((g) => fold(g) === fold(input.given)))
    notes.push(`First name is ${given.join(" ") || "not recorded"}: you typed ${input.given}`);
  const born = patient.birthDate.iso?.slice(0, 10) ?? null;
  if (!input.birthDate) notes.push(`No date of birth was typed: check it is ${patient.birthDate.display}`);
  else if (!born || !born.startsWith(input.birthDate)) {
    const [y, m, d] = input.birthDate.split("-");
    const swapped = born && d && m && born === `${y}-${d}-${m}`;
    notes.push(
      swapped
        ? `Born ${patient.birthDate.display}: the day and month are the other way round from what you typed`
        : `Born ${patient.birthDate.display}: not the date you typed`,
    );
  } else if (input.birthDate.length < 10) notes.push(`Only part of the date of birth was typed: check it is ${patient.birthDate.display}`);
  const district = postcodeDistrict(patient.address.postcode);
  if (input.postcode && input.postcode.replace(/\s/g, "").length <= 4 && district !== input.postcode.replace(/\s/g, ""))
    notes.push(`Postcode district is ${district ?? "not recorded"}: you typed ${input.postcode}`);
  return { exact: notes.length === 0, notes };
}
