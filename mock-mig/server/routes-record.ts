// POST /Patient/$gpc.getstructuredrecord — token → role → consent → Parameters → practice faults → Bundle.

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Bundle, OperationOutcome } from "fhir/r4";
import { MigError } from "../fhir/errors";
import { parseStructuredRecordParameters } from "../fhir/parameters";
import { SOCIAL_CARE_SECTIONS, type RecordSections, type SectionKey } from "../fhir/sections";
import { SYSTEMS } from "../fhir/systems";
import { decideFault } from "../faults/decide-fault";
import { answerVersion, CONTENT_TYPE } from "../fhir/stu3/answer-version";
import { toStu3Bundle } from "../fhir/stu3/to-stu3";
import { sendFhir } from "./app";
import type { MigService } from "./mig-service";
import { clinicalDataClaims } from "./clinical-claims";
import type { TokenClaims } from "./token-claims";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function restrictForRole(claims: TokenClaims, sections: RecordSections): { sections: RecordSections; removed: SectionKey[] } {
  if (claims.requesting_practitioner_role !== "SOCIAL_CARE") return { sections, removed: [] };
  const kept: RecordSections = {};
  const removed: SectionKey[] = [];
  for (const key of Object.keys(sections) as SectionKey[]) {
    if (SOCIAL_CARE_SECTIONS.includes(key)) Object.assign(kept, { [key]: sections[key] });
    else removed.push(key);
  }
  return { sections: kept, removed };
}

function suppressedOutcome(removed: SectionKey[]): OperationOutcome {
  return {
    resourceType: "OperationOutcome",
    id: "sections-not-permitted",
    issue: [
      {
        severity: "warning",
        code: "suppressed",
        details: {
          coding: [{ system: SYSTEMS.migError, code: "SECTIONS_NOT_PERMITTED", display: "Sections not permitted for the requesting role" }],
        },
        diagnostics: `Not returned for role SOCIAL_CARE: ${removed.join(", ")}`,
      },
    ],
  };
}

async function handle(service: MigService, request: FastifyRequest, reply: FastifyReply) {
  const claims = clinicalDataClaims(request, "the record");
  const { nhsNumber, sections: asked } = parseStructuredRecordParameters(request.body, service.ctx.referenceDate);
  const { sections, removed } = restrictForRole(claims, asked);
  const practice = service.practiceOf(nhsNumber);
  service.assertConsentFits(nhsNumber, claims.consent_to_view);
  const fault = decideFault(service.faults.forPractice(practice));
  if (fault.delayMs > 0) await sleep(fault.delayMs);
  switch (fault.kind) {
    case "offline":
      throw new MigError("PRACTICE_UNAVAILABLE", `Practice ${practice} is not responding`);
    case "error":
      throw new MigError("INTERNAL_SERVER_ERROR", `Practice ${practice} system returned an error`);
    case "timeout":
      throw new MigError("PRACTICE_TIMEOUT", `Practice ${practice} did not respond in time`);
    case "malformed":
      return sendFhir(reply, 200, '<html><body>Service temporarily unavailable</body></html>{"resourceType":');
    case "truncated": {
      const text = JSON.stringify(service.structuredRecord(nhsNumber, sections));
      return sendFhir(reply, 200, text.slice(0, Math.max(1, Math.floor(text.length / 2))));
    }
    case "none":
      break;
  }
  const bundle: Bundle = service.structuredRecord(nhsNumber, sections);
  if (removed.length > 0)
    bundle.entry = [
      ...(bundle.entry ?? []),
      { fullUrl: "https://mock-mig.example/fhir/OperationOutcome/sections-not-permitted", resource: suppressedOutcome(removed) },
    ];
  const version = answerVersion(request.headers.accept, service.faults.forPractice(practice)?.fhirVersion, practice);
  // The version is said in the content type, as FHIR's mime-type parameter does.
  return reply
    .code(200)
    .type(CONTENT_TYPE[version])
    .send(JSON.stringify(version === "STU3" ? toStu3Bundle(bundle) : bundle));
}

export function registerRecordRoutes(app: FastifyInstance, service: MigService, authenticate: (r: FastifyRequest) => Promise<void>): void {
  const handler = (request: FastifyRequest, reply: FastifyReply) => handle(service, request, reply);
  app.post("/Patient/$gpc.getstructuredrecord", { preHandler: authenticate }, handler);
  app.post("/Patient/%24gpc.getstructuredrecord", { preHandler: authenticate }, handler);
}
