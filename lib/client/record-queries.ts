// Query keys and fetchers for the record pages. Keys include the patient, section and date range, so
// nothing is ever shown from another patient's or another range's cache entry.
import { queryOptions } from "@tanstack/react-query";
import type { RecordSection } from "@/lib/domain/access/sections";
import type { DateFilter } from "@/lib/domain/record/completeness";
import type { RecordSectionResponse } from "@/lib/server/record/record-section-response";
import { apiFetch } from "./api";

export function recordSectionQuery(nhsNumber: string, section: RecordSection, filter: DateFilter | null) {
  const query = new URLSearchParams();
  if (filter?.from) query.set("from", filter.from);
  if (filter?.to) query.set("to", filter.to);
  const suffix = query.size ? `?${query}` : "";
  return queryOptions({
    queryKey: ["record", nhsNumber, section, filter?.from ?? null, filter?.to ?? null],
    queryFn: ({ signal }) => apiFetch<RecordSectionResponse>(`/api/patients/${nhsNumber}/sections/${section}${suffix}`, { signal }),
  });
}
