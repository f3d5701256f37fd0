import "server-only";
// Structured logs (JSON lines). Patient-identifiable fields are redacted wherever they appear; callers
// should log ids and outcomes, never names, NHS numbers or record content.
import pino from "pino";
import { onSafetyFailure } from "@/lib/domain/medication-safety/safety-status";
import { logEnv } from "@/lib/server/config/env";

const REDACT = [
  "nhsNumber",
  "*.nhsNumber",
  "patient",
  "*.patient",
  "name",
  "*.name",
  "family",
  "given",
  "birthDate",
  "*.birthDate",
  "postcode",
  "*.postcode",
  "password",
  "*.password",
  "authorization",
  "*.authorization",
  "headers.cookie",
  "req.headers.cookie",
];

const env = logEnv();

export const logger = pino({
  level: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "warn" : "info"),
  base: { service: "viewer" },
  redact: { paths: REDACT, censor: "[redacted]" },
  timestamp: pino.stdTimeFunctions.isoTime,
});

// Medication safety checks fail soft (the record is still shown); every failure is logged here with the
// check that failed and the error class only, never record content.
const SUBSCRIBED = Symbol.for("gateway-viewer.medication-safety-logger");
const g = globalThis as typeof globalThis & { [SUBSCRIBED]?: boolean };
if (!g[SUBSCRIBED]) {
  g[SUBSCRIBED] = true;
  onSafetyFailure((failure) =>
    logger.error(
      { event: "medication-safety-could-not-run", check: failure.check, errorName: failure.errorName },
      "medication safety checks could not run",
    ),
  );
}
