// How findings are ordered, apart from the zod schemas in ./types so that the browser can sort findings
// without shipping zod (about 30 kB gzipped) to the record page.
import type { FindingKind, SafetyFinding, Severity } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { severe: 0, moderate: 1, mild: 2 };
const KIND_RANK: Record<FindingKind, number> = {
  "allergy-conflict": 0,
  interaction: 1,
  "duplicate-drug": 2,
  "controlled-drug-pattern": 3,
  "duplicate-class": 4,
};

/** Most severe first; within a severity, allergy conflicts before interactions before duplicates. */
export function compareFindings(a: SafetyFinding, b: SafetyFinding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.title.localeCompare(b.title, "en-GB")
  );
}

export function moreSevere(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}
