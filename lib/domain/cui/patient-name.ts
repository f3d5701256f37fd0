import { NOT_RECORDED } from "./uk-time";

/** The parts of a name CUI needs; a FHIR HumanName fits this shape as it is. */
export interface NameParts {
  family?: string | null;
  given?: readonly string[] | null;
  prefix?: readonly string[] | null;
}

const clean = (parts: readonly string[] | null | undefined): string =>
  (parts ?? [])
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join(" ");

/**
 * CUI name display "SMITH, Richard (Mr)": family name in capitals so it cannot be mistaken for a
 * given name, given names as recorded, title in brackets. Missing parts are left out rather than
 * shown as blanks; a wholly missing name says so.
 */
export function formatPatientName(name: NameParts | null | undefined): string {
  const family = (name?.family ?? "").trim().toLocaleUpperCase("en-GB");
  const given = clean(name?.given);
  const title = clean(name?.prefix);
  const core = family !== "" && given !== "" ? `${family}, ${given}` : family || given;
  if (core === "") return `Name ${NOT_RECORDED.toLowerCase()}`;
  return title === "" ? core : `${core} (${title})`;
}
