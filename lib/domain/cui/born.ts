import { ageAt } from "./age";
import { toPartialDate, type DateInput } from "./fhir-date";
import { formatDate } from "./format-date";

/**
 * The banner's "Born 14-Jul-1945 (81y)". For a deceased patient the age shown is the age reached
 * at death, labelled so nobody reads it as a living patient's age. A death date known only to the
 * month or year uses its earliest instant, which can only understate the age.
 */
export function formatBorn(birth: DateInput, now: Date, deceasedAt?: DateInput): string {
  const date = formatDate(birth, "");
  if (date === "") return "Born not recorded";
  const death = toPartialDate(deceasedAt);
  const age = ageAt(birth, death === null ? now : death.start);
  if (age === null) return `Born ${date}`;
  return death === null ? `Born ${date} (${age.display})` : `Born ${date} (died aged ${age.display})`;
}
