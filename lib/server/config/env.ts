import "server-only";
// Server environment, validated once. Missing secrets in production stop the app rather than fall back.
import { z } from "zod";

const DEV_MIG_SECRET = "dev-only-mig-secret-do-not-use-in-production";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXTAUTH_URL: z.url().default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  MIG_URL: z.url().default("http://127.0.0.1:4010"),
  MIG_JWT_SECRET: z.string().min(16).optional(),
  MIG_AUDIENCE: z.string().default("mock-mig"),
  MIG_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(20),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  ACCESS_EPISODE_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  /** Unset: the embedded PGlite database in PGLITE_DIR. */
  DATABASE_URL: z.string().optional(),
  PGLITE_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** Sign-in attempts per client address per minute, and patient searches per user per minute. */
  RATE_LIMIT_SIGN_IN: z.coerce.number().int().positive().default(30),
  RATE_LIMIT_SEARCH: z.coerce.number().int().positive().default(60),
  /** Sign-in attempts per username per minute; access decisions (consent, refusal, override) per user per 10 minutes. */
  RATE_LIMIT_SIGN_IN_ACCOUNT: z.coerce.number().int().positive().default(10),
  RATE_LIMIT_ACCESS_DECISION: z.coerce.number().int().positive().default(20),
  /** This instance's audit hash chain: one per app instance on a shared database (docs/postgres.md, README "Running N instances"). */
  AUDIT_CHAIN: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, "AUDIT_CHAIN: letters, digits, dot, dash or underscore, at most 64")
    .default("main"),
  /** 1: log each API request's step timings and statement count (numbers only; BENCHMARKS.md "Per-request breakdown"). Off by default. */
  REQUEST_TIMING: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
  /** The registered launching host systems (a JSON file, see README "Opening from a host system"); unset: none. */
  LAUNCH_HOSTS_FILE: z.string().optional(),
  /** How far a host's clock may differ from ours when checking a launch token's iat and exp. */
  LAUNCH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** Set by npm when the app is started through it; shown by /api/health. */
  npm_package_version: z.string().default("0.1.0"),
  /** Set by the app server (scripts/serve.ts) for this process only: proves the client-address header is its own. */
  VIEWER_CLIENT_ADDRESS_TOKEN: z.string().optional(),
});

export type ServerEnv = z.infer<typeof schema> & { MIG_JWT_SECRET: string };

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid server environment: ${z.prettifyError(parsed.error)}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === "production";
  if (isProduction && !env.MIG_JWT_SECRET) {
    throw new Error("MIG_JWT_SECRET must be set in production (the development default is refused).");
  }
  cached = { ...env, MIG_JWT_SECRET: env.MIG_JWT_SECRET ?? DEV_MIG_SECRET };
  return cached;
}

/**
 * What the logger needs, read the same validated way but on its own: the logger is created when its module loads,
 * which must not fail for want of a secret that only the code using it needs.
 */
export function logEnv(): Pick<ServerEnv, "LOG_LEVEL" | "NODE_ENV"> {
  return schema.pick({ LOG_LEVEL: true, NODE_ENV: true }).parse(process.env);
}

export function oidcConfigured(env: ServerEnv): boolean {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}
