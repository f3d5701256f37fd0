// GET /api/audit/export — the audit events matching the same filters as the search, as a CSV download.
import { queryValues } from "@/lib/domain/governance/audit-filters";
import { exportAuditCsv } from "@/lib/server/governance/export-audit-csv";
import { route } from "@/lib/server/http/route";

export const GET = route({ permission: "audit:export" }, async ({ actor, request }) => {
  const { filename, csv } = await exportAuditCsv(actor, queryValues(new URL(request.url).searchParams));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      // Audit data holds patient identifiers: never kept by the browser or a shared cache.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
