// GET /api/alerts — emergency-override alerts for the privacy officer, open ones first.
import { listAlerts } from "@/lib/server/governance/list-alerts";
import { route } from "@/lib/server/http/route";

export const GET = route({ permission: "alerts:review" }, async ({ actor }) => {
  return Response.json(await listAlerts(actor), { headers: { "Cache-Control": "no-store" } });
});
