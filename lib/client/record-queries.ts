// Addresses for the record pages and their API: the patient, section and date range are all in the path, so a
// fetch is never answered for another patient or another range.
import type { RecordSection } from "@/lib/domain/record/section-registry/meta";
import type { DateFilter } from "@/lib/domain/record/completeness";

/** The query string of a record page and of its API request: date range, and every issue when asked for. */
export function sectionQueryString(filter: DateFilter | null, allIssues: boolean): string {
  const query = new URLSearchParams();
  if (filter?.from) query.set("from", filter.from);
  if (filter?.to) query.set("to", filter.to);
  if (allIssues) query.set("issues", "all");
  return query.size ? `?${query}` : "";
}

/** The API path of one record section, for a retry from the browser. */
export function sectionApiPath(nhsNumber: string, section: RecordSection, filter: DateFilter | null, allIssues = false): string {
  return `/api/patients/${nhsNumber}/sections/${section}${sectionQueryString(filter, allIssues)}`;
}
