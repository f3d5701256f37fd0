// Environment, validated once at start. The development secret is allowed everywhere except a
// production start, which must set MIG_JWT_SECRET (or opt in with MIG_ALLOW_DEV_SECRET=1 for demos).

import path from "node:path";
import { z } from "zod";
import { DEFAULT_REFERENCE_DATE, DEFAULT_SEED } from "../population/context";

export const DEV_SECRET = "dev-only-mig-secret-do-not-use-in-production";

const schema = z.object({
  MIG_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  MIG_HOST: z.string().default("127.0.0.1"),
  MIG_SEED: z.string().min(1).default(DEFAULT_SEED),
  MIG_REFERENCE_DATE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .default(DEFAULT_REFERENCE_DATE),
  MIG_JWT_SECRET: z.string().min(16).optional(),
  MIG_AUDIENCE: z.string().default("mock-mig"),
  MIG_ALLOW_DEV_SECRET: z.string().optional(),
  MIG_ADMIN: z.string().optional(),
  MIG_FAULTS_FILE: z.string().optional(),
  MIG_FAULTS: z.string().optional(),
  MIG_IMPORT_DIR: z.string().default("./.data/mig-imports"),
  MIG_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().optional(),
});

export interface MigConfig {
  port: number;
  host: string;
  seed: string;
  referenceDate: string;
  jwtSecret: string;
  audience: string;
  admin: boolean;
  faultsFile: string;
  faultsInline?: string;
  importDir: string;
  logLevel: z.infer<typeof schema>["MIG_LOG_LEVEL"];
}

export const DEFAULT_FAULTS_FILE = path.join(__dirname, "..", "config", "faults.json");

export function loadConfig(env: Record<string, string | undefined> = process.env): MigConfig {
  const e = schema.parse(env);
  const production = e.NODE_ENV === "production";
  if (production && !e.MIG_JWT_SECRET && e.MIG_ALLOW_DEV_SECRET !== "1") {
    throw new Error("MIG_JWT_SECRET must be set when NODE_ENV=production (or set MIG_ALLOW_DEV_SECRET=1 for a local demo)");
  }
  return {
    port: e.MIG_PORT,
    host: e.MIG_HOST,
    seed: e.MIG_SEED,
    referenceDate: e.MIG_REFERENCE_DATE,
    jwtSecret: e.MIG_JWT_SECRET ?? DEV_SECRET,
    audience: e.MIG_AUDIENCE,
    admin: e.MIG_ADMIN === "1",
    faultsFile: e.MIG_FAULTS_FILE ?? DEFAULT_FAULTS_FILE,
    ...(e.MIG_FAULTS ? { faultsInline: e.MIG_FAULTS } : {}),
    importDir: path.resolve(e.MIG_IMPORT_DIR),
    logLevel: e.MIG_LOG_LEVEL,
  };
}
