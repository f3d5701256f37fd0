// POST /api/patients/[nhsNumber]/access — record consent to view, a refusal, or an emergency override.
import { parseNhsNumber } from "@/lib/domain/nhs-number";
import { recordAccessDecision } from "@/lib/server/access/record-access-decision";
import { AppError } from "@/lib/server/errors";
import { readJsonBody, route } from "@/lib/server/http/route";

export const POST = route<{ nhsNumber: string }>({ permission: "record:view" }, async ({ actor, request, params }) => {
  const nhs = parseNhsNumber(params.nhsNumber);
  if (!nhs.ok) throw new AppError("INVALID_NHS_NUMBER", nhs.message);
  const episode = await recordAccessDecision(actor, nhs.value, await readJsonBody(request));
  return Response.json(episode, { status: 201, headers: { "Cache-Control": "no-store" } });
});
