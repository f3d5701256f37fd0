// GET /api/patients/[nhsNumber]/sections/[section]?from=YYYY-MM-DD&to=YYYY-MM-DD[&issues=all] — one page of the GP
// record. The request is parsed by the same parser as the record page (parseSectionRequest), so both doors accept
// and refuse the same things; issues=all sends every medication issue, not only the most recent.
import { ukCalendarDate } from "@/lib/domain/cui/calendar-date";
import { parseSectionRequest } from "@/lib/domain/record/section-registry/section-request";
import { AppError } from "@/lib/server/errors";
import { route } from "@/lib/server/http/route";
import { timedSync } from "@/lib/server/http/request-timing";
import { getRecordSection } from "@/lib/server/record/get-record-section";

export const GET = route<{ nhsNumber: string; section: string }>(
  { permission: "record:view", patient: (p) => p.nhsNumber },
  async ({ actor, request, params }) => {
    const parsed = timedSync("request-parse", () =>
      parseSectionRequest({ ...params, query: new URL(request.url).searchParams }, ukCalendarDate()),
    );
    if (!parsed.ok) throw new AppError(parsed.refusal.code, parsed.refusal.message, parsed.refusal.fields);
    const result = await getRecordSection(actor, parsed.request, "api");
    return timedSync("serialise", () =>
      Response.json(result, { headers: { "Cache-Control": "no-store", "X-Audit-Event": result.auditEventId } }),
    );
  },
);
