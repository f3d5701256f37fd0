// GET /api/patients/[nhsNumber]/sections/[section]?from=YYYY-MM-DD&to=YYYY-MM-DD — one page of the GP record.
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
  const result = await getRecordSection(actor, nhs.value, params.section, filter.filter);
  return Response.json(result, { headers: { "Cache-Control": "no-store", "X-Audit-Event": result.auditEventId } });
});
