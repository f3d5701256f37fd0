import type { MedicationItem } from "../record/medications/types";
import { describeSource } from "../record/organisation-kind";

/** "a, b and c" — explanations are read aloud by screen readers, so write them as sentences. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** One medication in a sentence: name, where from, who prescribed, when last issued. */
export function describeMedication(item: MedicationItem): string {
  const when = item.lastIssued.iso !== null ? `last issued ${item.lastIssued.display}` : `started ${item.started.display}`;
  const by = item.prescriber ? `, prescribed by ${item.prescriber}` : "";
  return `${item.name} from ${describeSource(item.source)}${by}, ${when}`;
}
