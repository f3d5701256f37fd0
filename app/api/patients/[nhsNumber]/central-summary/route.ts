// GET /api/patients/[nhsNumber]/central-summary — the central summary (allergies, current medication, last updated),
// shown when the practice cannot answer. Guarded and audited like a record view.
import { parseNhsNumber } from "@/lib/domain/nhs-number";
import { AppError } from "@/lib/server/errors";
import { route } from "@/lib/server/http/route";
import { getCentralSummary } from "@/lib/server/record/get-central-summary";

export const GET = route<{ nhsNumber: string }>({ permission: "record:view" }, async ({ actor, params }) => {
  const nhs = parseNhsNumber(params.nhsNumber);
  if (!nhs.ok) throw new AppError("INVALID_NHS_NUMBER", nhs.message);
  const result = await getCentralSummary(actor, nhs.value, "api");
  return Response.json(result, { headers: { "Cache-Control": "no-store", "X-Audit-Event": result.auditEventId } });
});
