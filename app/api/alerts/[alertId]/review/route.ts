// POST /api/alerts/[alertId]/review — record a review outcome (appropriate / needs follow-up) with an optional note.
import { reviewAlert } from "@/lib/server/governance/review-alert";
import { readJsonBody, route } from "@/lib/server/http/route";

export const POST = route<{ alertId: string }>({ permission: "alerts:review" }, async ({ actor, request, params }) => {
  const review = await reviewAlert(actor, params.alertId, await readJsonBody(request));
  return Response.json(review, { headers: { "Cache-Control": "no-store" } });
});
