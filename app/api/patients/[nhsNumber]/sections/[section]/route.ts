// GET /api/patients/[nhsNumber]/sections/[section]?from=YYYY-MM-DD&to=YYYY-MM-DD[&issues=all] — one page of the GP
// record; issues=all sends every medication issue, not only the most recent.
import { isRecordSection } from "@/lib/domain/access/sections";
import { parseNhsNumber } from "@/lib/domain/nhs-number";
import { parseDateFilter } from "@/lib/domain/record/date-filter";
import { AppError } from "@/lib/server/errors";
import { route } from "@/lib/server/http/route";
import { getRecordSection } from "@/lib/server/record/get-record-section";

export const GET = route<{ nhsNumber: string; section: string }>({ permission: "record:view" }, async ({ actor, request, params }) => {
  const nhs = parseNhsNumber(params.nhsNumber);
  if (!nhs.ok) throw new AppError("INVALID_NHS_NUMBER", nhs.message);
  if (!isRecordSection(params.section)) throw new AppError("INVALID_INPUT", "There is no such record section.");
  const url = new URL(request.url);
  const filter = parseDateFilter(url.searchParams.get("from"), url.searchParams.get("to"));
  if (!filter.ok) throw new AppError("INVALID_INPUT", filter.message, { from: filter.message });
  const issues = url.searchParams.get("issues");
  if (issues !== null && issues !== "all") throw new AppError("INVALID_INPUT", "issues can only be \"all\".");
  const result = await getRecordSection(actor, nhs.value, params.section, filter.filter, { allIssues: issues === "all" });
  return Response.json(result, { headers: { "Cache-Control": "no-store", "X-Audit-Event": result.auditEventId } });
});
