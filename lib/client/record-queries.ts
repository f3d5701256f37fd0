// Query keys and fetchers for the record pages. Keys include the patient, section and date range, so
// nothing is ever shown from another patient's or another range's cache entry.
import { queryOptions } from "@tanstack/react-query";
import type { RecordSection } from "@/lib/domain/record/section-registry/meta";
import type { DateFilter } from "@/lib/domain/record/completeness";
import type { RecordSectionResponse } from "@/lib/domain/record-view/record-section-response";
import { apiFetch } from "./api";

/** The query string of a record page and of its API request: date range, and every issue when asked for. */
export function sectionQueryString(filter: DateFilter | null, allIssues: boolean): string {
  const query = new URLSearchParams();
  if (filter?.from) query.set("from", filter.from);
  if (filter?.to) query.set("to", filter.to);
  if (allIssues) query.set("issues", "all");
  return query.size ? `?${query}` : "";
}

export function recordSectionQuery(nhsNumber: string, section: RecordSection, filter: DateFilter | null, allIssues = false) {
  const suffix = sectionQueryString(filter, allIssues);
  return queryOptions({
    queryKey: ["record", nhsNumber, section, filter?.from ?? null, filter?.to ?? null, allIssues],
    queryFn: ({ signal }) => apiFetch<RecordSectionResponse>(`/api/patients/${nhsNumber}/sections/${section}${suffix}`, { signal }),
  });
}
