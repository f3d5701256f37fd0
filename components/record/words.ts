// Small wording helpers shared by the record components, so counts read the same everywhere.
import type { IncompletenessReason } from "@/lib/domain/record/completeness";

export type Noun = { one: string; other: string };

export const ITEM: Noun = { one: "item", other: "items" };

/** "1 item", "12 items", "no items". */
export function countOf(n: number, noun: Noun = ITEM): string {
  if (n === 0) return `no ${noun.other}`;
  return `${n.toLocaleString("en-GB")} ${n === 1 ? noun.one : noun.other}`;
}

/** "out of hours" → "Out of hours"; domain labels are lower case for use inside sentences. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase("en-GB") + text.slice(1);
}

/** Why a list is incomplete, as a clause: "some items were withheld". */
export function incompleteWords(reason: IncompletenessReason): string {
  switch (reason) {
    case "source-unavailable":
      return "part of the record could not be fetched";
    case "items-withheld":
      return "some items were withheld";
    case "items-unreadable":
      return "some items could not be read";
    case "date-filter-applied":
      return "a date filter is applied";
  }
}

/** Say what was recorded: "No known drug allergy" covers drugs only, so it is never shown as "No known allergies". */
export function recordedNegation(text: string | null | undefined): string {
  return text && text.trim() !== "" ? `${text.trim()} (as recorded)` : "No known allergies";
}
