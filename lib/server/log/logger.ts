import "server-only";
// Structured logs (JSON lines). Patient-identifiable fields are redacted wherever they appear; callers
// should log ids and outcomes, never names, NHS numbers or record content.
import pino from "pino";
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
