import type { Coding, Condition } from "fhir/r4";
import type { BundleIndex } from "../fhir/bundle-index";
import { arr, codingView, conceptText, dateView, extension, str } from "../fhir/fhir-values";
import { clinicianName, sourceFor } from "../fhir/source";
import { EXT } from "../fhir/systems";
import { mapListSection } from "./map-list";
import type { ProblemItem, ProblemsSection } from "./types";
import type { SectionInput } from "../section-registry/define-section";

type ClinicalStatus = NonNullable<ProblemItem["clinicalStatus"]>;
const CLINICAL_STATUSES: readonly ClinicalStatus[] = ["active", "recurrence", "relapse", "inactive", "remission", "resolved"];

export function mapCondition(c: Condition, index: BundleIndex): ProblemItem {
  const clinical = arr<Coding>(c.clinicalStatus?.coding)[0]?.code;
  // Without a clinical status, an abatement date is the only evidence the problem has ended.
  const past =
    clinical === "inactive" || clinical === "resolved" || clinical === "remission" || (clinical === undefined && !!c.abatementDateTime);
  const significance =
    extension(c, EXT.problemSignificance)?.valueCode ??
    extension(c, EXT.careConnectProblemSignificance)?.valueCode ??
    // An early GP Connect draft carried significance in Condition.severity.
    str(arr<Coding>(c.severity?.coding)[0]?.code)?.toLowerCase();
  const episode = extension(c, EXT.conditionEpisode);
  const episodicity = str(episode?.valueCode) ?? (episode?.valueCodeableConcept ? conceptText(episode.valueCodeableConcept, "") : null);
  const recorder = clinicianName(c.recorder, index);
  const asserter = clinicianName(c.asserter, index);
  return {
    id: c.id ?? `problem-${conceptText(c.code)}`,
    source: sourceFor(c, index),
    recorded: dateView(c.recordedDate),
    name: conceptText(c.code, "Problem not named"),
    code: codingView(c.code),
    status: past ? "past" : "active",
    significance: significance === "major" || significance === "minor" ? significance : "unknown",
    onset: dateView(c.onsetDateTime),
    ended: dateView(c.abatementDateTime),
    ...(CLINICAL_STATUSES.includes(clinical as ClinicalStatus) ? { clinicalStatus: clinical as ClinicalStatus } : {}),
    ...(episodicity ? { episodicity } : {}),
    ...(recorder ? { recorder } : {}),
    ...(asserter ? { asserter } : {}),
  };
}

export function mapProblems({ index, lists, filter: dateFilter }: SectionInput<"problems">): ProblemsSection {
  const { completeness, items } = mapListSection(
    lists.problems,
    (r) => (r.resourceType === "Condition" ? mapCondition(r, index) : null),
    (p) => p.onset.sortKey,
    dateFilter,
  );
  // Major problems first within each list, as GP Connect presents them.
  const rank = (p: ProblemItem) => (p.significance === "major" ? 0 : 1);
  const ordered = [...items].sort((a, b) => rank(a) - rank(b));
  return { completeness, active: ordered.filter((p) => p.status === "active"), past: ordered.filter((p) => p.status === "past") };
}
