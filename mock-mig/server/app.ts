// The HTTP layer: content types, authentication, error mapping and routes. Built by buildApp so
// tests can start it on an ephemeral port in-process.

import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { MigError, operationOutcome } from "../fhir/errors";
import { capabilityStatement } from "../fhir/capability";
import { bearerVerifier } from "./auth";
import type { MigConfig } from "./config";
import { loggerOptions } from "./logger";
import { MigService } from "./mig-service";
import { registerAdminRoutes } from "./routes-admin";
import { registerPatientRoutes } from "./routes-patient";
import { registerCentralSummaryRoutes } from "./routes-central-summary";
import { registerRecordRoutes } from "./routes-record";
import type { TokenClaims } from "./token-claims";
import { loadFaults } from "../faults/fault-config";

export const FHIR_JSON = "application/fhir+json; charset=utf-8";

declare module "fastify" {
  interface FastifyRequest {
    claims?: TokenClaims;
  }
}

export function sendFhir(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply
    .code(status)
    .type(FHIR_JSON)
    .send(typeof body === "string" ? body : JSON.stringify(body));
}

export function sendError(reply: FastifyReply, error: MigError): FastifyReply {
  return sendFhir(reply, error.status, operationOutcome(error.code, error.diagnostics));
}

export interface BuiltApp {
  app: FastifyInstance;
  service: MigService;
}

export async function buildApp(config: MigConfig): Promise<BuiltApp> {
  const app = Fastify({ logger: loggerOptions(config.logLevel), bodyLimit: 1_048_576 });
  const service = new MigService({
    seed: config.seed,
    referenceDate: config.referenceDate,
    importDir: config.importDir,
    faults: loadFaults(config.faultsFile, config.faultsInline),
    onWarning: (m) => app.log.warn(m),
  });
  const verify = bearerVerifier(new TextEncoder().encode(config.jwtSecret), config.audience);

  app.addContentTypeParser(["application/fhir+json", "application/json"], { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, body === "" ? undefined : (JSON.parse(body as string) as unknown));
    } catch {
      done(new MigError("BAD_REQUEST", "The request body is not valid JSON"), undefined);
    }
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof MigError) return sendError(reply, error);
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500)
      return sendError(reply, new MigError("BAD_REQUEST", "The request could not be understood"));
    app.log.error({ err: { message: (error as Error).message } }, "unhandled error");
    return sendError(reply, new MigError("INTERNAL_SERVER_ERROR"));
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, new MigError("NOT_FOUND", "No such endpoint")));

  const authenticate = async (request: FastifyRequest) => {
    request.claims = await verify(request.headers.authorization);
  };

  app.get("/metadata", async (_request, reply) => sendFhir(reply, 200, capabilityStatement(config.referenceDate)));
  registerPatientRoutes(app, service, authenticate);
  registerRecordRoutes(app, service, authenticate);
  registerCentralSummaryRoutes(app, service, authenticate);
  if (config.admin) registerAdminRoutes(app, service);
  return { app, service };
}
