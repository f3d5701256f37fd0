// POST /api/safety-concerns — report a safety concern (the page it was seen on and what was seen); audited.
import { reportSafetyConcern } from "@/lib/server/governance/report-safety-concern";
import { readJsonBody, route } from "@/lib/server/http/route";

export const POST = route({ permission: "safety-concern:report" }, async ({ actor, request }) => {
  const receipt = await reportSafetyConcern(actor, await readJsonBody(request));
  return Response.json(receipt, { status: 201, headers: { "Cache-Control": "no-store" } });
});
