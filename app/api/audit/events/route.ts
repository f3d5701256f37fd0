// GET /api/audit/events — search the audit trail (filters in the query string), newest first, 50 a page.
import { queryValues } from "@/lib/domain/governance/audit-filters";
import { searchAuditEvents } from "@/lib/server/governance/search-audit-events";
import { route } from "@/lib/server/http/route";

export const GET = route({ permission: "audit:read" }, async ({ actor, request }) => {
  const result = await searchAuditEvents(actor, queryValues(new URL(request.url).searchParams));
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
