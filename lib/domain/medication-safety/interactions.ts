import { describeSource } from "../record/organisation-kind";
import { joinWords } from "./describe";
import type { CurrentMedication } from "./current-medication";
import { drugLabel, type ResolvedDrug } from "./drug-identity";
import type { InteractionEntry, KnowledgeBase } from "./knowledge-base";
import type { SafetyFinding } from "./types";

/** The ingredient of `drug` that a reference like "class:nsaid" matches, or null. */
function matchReference(reference: string, drug: ResolvedDrug, kb: KnowledgeBase): string | null {
  const [kind, code = ""] = reference.split(":", 2);
  if (kind === "ingredient") return drug.ingredients.has(code) ? code : null;
  if (!drug.classes.has(code)) return null;
  const member = [...drug.ingredients].find((i) => kb.classesOf(i).includes(code));
  return member ?? [...drug.ingredients][0] ?? kb.classLabel(code);
}

interface Match {
  first: CurrentMedication;
  firstDrug: string;
  second: CurrentMedication;
  secondDrug: string;
}

/** Matches in either orientation; the result follows the entry's order so titles read consistently. */
function matchPair(entry: InteractionEntry, a: CurrentMedication, b: CurrentMedication, kb: KnowledgeBase): Match | null {
  const [left, right] = entry.between;
  for (const [first, second] of [[a, b], [b, a]] as const) {
    const firstDrug = matchReference(left, first.drug, kb);
    const secondDrug = matchReference(right, second.drug, kb);
    if (firstDrug !== null && secondDrug !== null) return { first, firstDrug, second, secondDrug };
  }
  return null;
}

/**
 * Every pair of current medicines against every knowledge-base entry. The list is small (tens of
 * medicines, a few dozen entries), so the plain double loop is clearer than an index. Several
 * courses of the same two drugs make one finding listing them all, not one per course.
 */
export function findInteractions(meds: readonly CurrentMedication[], kb: KnowledgeBase): SafetyFinding[] {
  const groups = new Map<string, { entry: InteractionEntry; firstDrug: string; secondDrug: string; first: CurrentMedication[]; second: CurrentMedication[] }>();
  for (const [i, a] of meds.entries()) {
    for (const b of meds.slice(i + 1)) {
      for (const entry of kb.interactions.entries) {
        const m = matchPair(entry, a, b, kb);
        if (m === null) continue;
        const key = `${entry.id}:${m.firstDrug}:${m.secondDrug}`;
        const group = groups.get(key) ?? { entry, firstDrug: m.firstDrug, secondDrug: m.secondDrug, first: [], second: [] };
        if (!group.first.includes(m.first)) group.first.push(m.first);
        if (!group.second.includes(m.second)) group.second.push(m.second);
        groups.set(key, group);
      }
    }
  }
  return [...groups.entries()].map(([key, g]) => {
    // Repeated courses of one product from one source read once.
    const describe = (list: CurrentMedication[]) => joinWords([...new Set(list.map((m) => `${m.item.name} (from ${describeSource(m.item.source)})`))]);
    const ids = [...g.first, ...g.second].map((m) => m.item.id);
    return {
      id: `interaction:${key}`,
      kind: "interaction",
      severity: g.entry.severity,
      title: `${drugLabel(g.firstDrug)} with ${g.secondDrug}`,
      explanation: `${describe(g.first)} and ${describe(g.second)} are current together. ${g.entry.consequence}`,
      medicationIds: [...new Set(ids)],
      issueIds: [],
      allergyIds: [],
    } satisfies SafetyFinding;
  });
}
