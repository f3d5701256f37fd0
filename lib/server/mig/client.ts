import "server-only";
// The only way to the MIG: a signed request, a timeout, and answers checked before anyone trusts them.
import type { Bundle } from "fhir/r4";
import { withoutRestrictedPatients } from "@/lib/domain/access/restricted-patient";
import { serverEnv } from "@/lib/server/config/env";
import { AppError } from "@/lib/server/errors";
import { timed, timedSync } from "@/lib/server/http/request-timing";
import { logger } from "@/lib/server/log/logger";
import { mapMigFailure } from "./outcome";
import { signMigToken, type MigCaller } from "./token";
import { exchange, GatewayTimeout, type GatewayAnswer } from "./transport";

/**
 * Whether a gateway answer is a Bundle we can use: resourceType "Bundle", type searchset or collection, and entry
 * (when present) an array of objects whose resource is an object with a string resourceType. Written out rather
 * than a zod schema: zod copies every entry of a 100 kB answer to check three fields (the property test in
 * parse-answer.test.ts holds it to the schema it replaced, on any JSON).
 */
export function isUsableBundle(body: unknown): boolean {
  if (!isObject(body) || body.resourceType !== "Bundle" || (body.type !== "searchset" && body.type !== "collection")) return false;
  const entry = body.entry;
  if (entry === undefined) return true;
  return Array.isArray(entry) && entry.every((e) => isObject(e) && isObject(e.resource) && typeof e.resource.resourceType === "string");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What we call the request in logs: the route only, never the query string (it holds NHS numbers and names). */
function logName(path: string): string {
  return path.split("?")[0] ?? path;
}

export async function migRequest(
  caller: MigCaller,
  path: string,
  init: { method: "GET" } | { method: "POST"; body: unknown },
): Promise<Bundle> {
  const env = serverEnv();
  const token = await timed("gateway.token", () => signMigToken(caller));
  const started = performance.now();
  let answer: GatewayAnswer;
  try {
    answer = await timed("gateway.exchange", () =>
      exchange(`${env.MIG_URL}${path}`, {
        method: init.method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: "application/fhir+json",
          ...(init.method === "POST" ? { "Content-Type": "application/fhir+json" } : {}),
        },
        ...(init.method === "POST" ? { body: JSON.stringify(init.body) } : {}),
        timeoutMs: env.MIG_TIMEOUT_MS,
      }),
    );
  } catch (error) {
    const timedOut = error instanceof GatewayTimeout;
    logger.warn({ route: logName(path), timedOut, ms: Math.round(performance.now() - started) }, "MIG request failed");
    throw new AppError(timedOut ? "PRACTICE_TIMEOUT" : "MIG_UNAVAILABLE");
  }

  const bundle = timedSync("parse+validate", () => parseMigAnswer(answer.status, answer.text, logName(path)));
  logger.debug({ route: logName(path), ms: Math.round(performance.now() - started) }, "MIG answered");
  return bundle;
}

/**
 * The gateway's answer as a Bundle, or the AppError it amounts to. Never throws anything else, whatever the
 * bytes (property-tested in client.test.ts with arbitrary statuses and bodies).
 */
export function parseMigAnswer(status: number, text: string, route = "?"): Bundle {
  const ok = status >= 200 && status < 300;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    logger.warn({ route, status, bytes: text.length }, "MIG answer is not JSON");
    throw new AppError(ok ? "MIG_MALFORMED" : mapMigFailure(status, undefined));
  }
  if (!ok) {
    const code = mapMigFailure(status, body);
    logger.info({ route, status, code }, "MIG refused");
    throw new AppError(code);
  }
  if (!isUsableBundle(body)) {
    logger.warn({ route, status }, "MIG answer is not a usable Bundle");
    throw new AppError("MIG_MALFORMED");
  }
  // A restricted patient (meta.security R/V) is not found, whoever labelled them: left out of a search, and a
  // record about one is not given at all. The one rule: lib/domain/access/restricted-patient.ts.
  const visible = withoutRestrictedPatients(body as Bundle);
  if (!visible.ok) {
    logger.info({ route }, "MIG answer about a restricted patient withheld");
    throw new AppError("PATIENT_NOT_FOUND");
  }
  if (visible.withheld > 0) logger.info({ route, withheld: visible.withheld }, "restricted patients left out of a search");
  return visible.bundle;
}
