// POST /api/safety-concerns/[concernId]/review — the privacy officer's outcome on a reported safety concern; audited.
import { reviewSafetyConcern } from "@/lib/server/governance/safety-concerns";
import { readJsonBody, route } from "@/lib/server/http/route";

export const POST = route<{ concernId: string }>({ permission: "safety-concern:review" }, async ({ actor, request, params }) => {
  const review = await reviewSafetyConcern(actor, params.concernId, await readJsonBody(request));
  return Response.json(review, { headers: { "Cache-Control": "no-store" } });
});
