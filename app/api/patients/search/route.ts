// POST /api/patients/search — find a patient by NHS number or by name + date of birth (+ postcode).
// POST, so identifiers never appear in URLs, browser history or access logs.
import { readJsonBody, route } from "@/lib/server/http/route";
import { searchPatients } from "@/lib/server/patients/search-patients";

export const POST = route({ permission: "patient:search" }, async ({ actor, request }) => {
  const body: unknown = await readJsonBody(request);
  const result = await searchPatients(actor, body);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
