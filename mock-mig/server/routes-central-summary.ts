// POST /Patient/$central-summary — the central summary, in the style of the Summary Care Record: current
// medication, allergies and adverse reactions, and when it was last updated. It is held centrally, so practice
// faults never apply: it stays available when the practice is offline. Same token, role and consent rules as the
// structured record; a social care worker gets allergies only.

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { MigError } from "../fhir/errors";
import { parseStructuredRecordParameters } from "../fhir/parameters";
import { sendFhir } from "./app";
import type { MigService } from "./mig-service";
import { clinicalDataClaims } from "./clinical-claims";

async function handle(service: MigService, request: FastifyRequest, reply: FastifyReply) {
  const claims = clinicalDataClaims(request, "the central summary");
  const { nhsNumber, sections } = parseStructuredRecordParameters(request.body, service.ctx.referenceDate);
  if (Object.keys(sections).length > 0) throw new MigError("INVALID_PARAMETER", "The central summary takes patientNHSNumber only");
  service.practiceOf(nhsNumber); // unknown or sensitive → PATIENT_NOT_FOUND first
  service.assertConsentFits(nhsNumber, claims.consent_to_view);
  return sendFhir(reply, 200, service.centralSummary(nhsNumber, claims.requesting_practitioner_role === "SOCIAL_CARE"));
}

export function registerCentralSummaryRoutes(
  app: FastifyInstance,
  service: MigService,
  authenticate: (r: FastifyRequest) => Promise<void>,
): void {
  const handler = (request: FastifyRequest, reply: FastifyReply) => handle(service, request, reply);
  app.post("/Patient/$central-summary", { preHandler: authenticate }, handler);
  app.post("/Patient/%24central-summary", { preHandler: authenticate }, handler);
}
