import "server-only";
// The credentials check behind next-auth: rate limits, password, lock-out, the session opened, and the audit
// event for every attempt. A sign-in that cannot be audited does not happen.
//
// Lock-out cannot be raced: every attempt is first counted by ONE atomic UPDATE (unless the account is locked),
// and the decision is taken from the number that update wrote. N concurrent wrong passwords get N distinct
// numbers; only the first `maxFailures` are even checked, and the one that reaches the limit locks the account.
// A right password resets the count only if no concurrent attempt has locked the account meanwhile.
import { z } from "zod";
import { decideAttempt, decideWrongPassword, lockedUntil } from "@/lib/domain/auth/lockout";
import { isRole } from "@/lib/domain/roles";
import { hasControlCharacters, replaceControlCharacters } from "@/lib/domain/text/control-characters";
import { recordAuditEvent, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import { getPrisma } from "@/lib/server/db";
import { AppError, isDatabaseError } from "@/lib/server/errors";
import { logger } from "@/lib/server/log/logger";
import { hit, RATE_LIMITS } from "@/lib/server/rate-limit/rate-limit";
import { decoyHash, verifyPassword } from "./password";
import { openSession } from "./user-sessions";

export const SIGN_IN_ERRORS = {
  invalid: "CredentialsSignin",
  locked: "AccountLocked",
  unavailable: "SignInUnavailable",
  rateLimited: "TooManyAttempts",
} as const;

export type SignInError = (typeof SIGN_IN_ERRORS)[keyof typeof SIGN_IN_ERRORS];

const credentialsSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export type SignedInUser = { id: string; name: string; sessionId: string };

export type SignInAttempt = { ok: true; user: SignedInUser } | { ok: false; error: SignInError };

async function audit(event: AuditEventInput): Promise<boolean> {
  try {
    await recordAuditEvent(event);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** Counts this attempt unless the account is locked; null while it is locked. */
async function countAttempt(userId: string, now: Date): Promise<number | null> {
  const rows = await getPrisma().$queryRaw<{ attempt: number }[]>`
    UPDATE "app_user" SET
      "failed_sign_in_count" = CASE WHEN "locked_until" IS NOT NULL THEN 1 ELSE "failed_sign_in_count" + 1 END,
      "locked_until" = NULL
    WHERE "id" = ${userId}::uuid AND ("locked_until" IS NULL OR "locked_until" <= ${now})
    RETURNING "failed_sign_in_count" AS "attempt"`;
  return rows[0] ? Number(rows[0].attempt) : null;
}

/** Locks the account unless it already is; true when this call took the lock. */
async function lock(userId: string, now: Date): Promise<Date | null> {
  const until = lockedUntil(now);
  const locked = await getPrisma().$executeRaw`
    UPDATE "app_user" SET "locked_until" = ${until} WHERE "id" = ${userId}::uuid AND "locked_until" IS NULL`;
  return locked > 0 ? until : null;
}

/** The right password: the count restarts, unless a concurrent attempt locked the account meanwhile. */
async function succeed(userId: string, now: Date): Promise<boolean> {
  const updated = await getPrisma().$executeRaw`
    UPDATE "app_user" SET "failed_sign_in_count" = 0, "locked_until" = NULL, "last_sign_in_at" = ${now}
    WHERE "id" = ${userId}::uuid AND "locked_until" IS NULL`;
  return updated > 0;
}

export async function checkCredentials(input: unknown, now = new Date()): Promise<SignInAttempt> {
  const raw = input !== null && typeof input === "object" ? (input as Record<string, unknown>) : {};
  if (
    typeof raw.username === "string" &&
    (hasControlCharacters(raw.username) || (typeof raw.password === "string" && raw.password.includes("\u0000")))
  ) {
    // Never passed to the database as typed: recorded with the control characters made visible.
    const shown = replaceControlCharacters(raw.username.trim().toLowerCase()).slice(0, 100);
    await audit({
      userId: null,
      username: shown,
      role: null,
      organisationOds: null,
      action: "SIGN_IN_FAILED",
      outcome: "DENIED",
      detail: { why: "invalid-characters" },
    });
    return { ok: false, error: SIGN_IN_ERRORS.invalid };
  }
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: SIGN_IN_ERRORS.invalid };
  const { username, password } = parsed.data;

  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { username }, include: { organisation: { select: { odsCode: true } } } });
  if (!user || !user.active) {
    // Spend the same time as a real check so response timing does not reveal which usernames exist.
    await verifyPassword(password, await decoyHash());
    await audit({
      userId: null,
      username,
      role: null,
      organisationOds: null,
      action: "SIGN_IN_FAILED",
      outcome: "DENIED",
      detail: { why: user ? "inactive" : "unknown-user" },
    });
    return { ok: false, error: SIGN_IN_ERRORS.invalid };
  }

  const who = {
    userId: user.id,
    username: user.username,
    role: isRole(user.role) ? user.role : null,
    organisationOds: user.organisation.odsCode,
  };
  const stillLocked = async () => {
    await audit({ ...who, action: "SIGN_IN_FAILED", outcome: "DENIED", detail: { why: "locked" } });
    return { ok: false as const, error: SIGN_IN_ERRORS.locked };
  };
  const lockNow = async () => {
    const until = await lock(user.id, now);
    if (!until) return stillLocked();
    await audit({ ...who, action: "LOCKED_OUT", outcome: "DENIED", detail: { lockedUntil: until.toISOString() } });
    return { ok: false as const, error: SIGN_IN_ERRORS.locked };
  };

  const attempt = await countAttempt(user.id, now);
  if (attempt === null) return stillLocked();
  if (decideAttempt(attempt) === "over-limit") return lockNow();

  if (await verifyPassword(password, user.passwordHash)) {
    if (!(await succeed(user.id, now))) return stillLocked();
    if (!(await audit({ ...who, action: "SIGN_IN", outcome: "SUCCESS" }))) return { ok: false, error: SIGN_IN_ERRORS.unavailable };
    return { ok: true, user: { id: user.id, name: user.displayName, sessionId: await openSession(user.id) } };
  }
  const wrong = decideWrongPassword(attempt);
  if (wrong.outcome === "locked-now") return lockNow();
  await audit({ ...who, action: "SIGN_IN_FAILED", outcome: "DENIED", detail: { why: "wrong-password", attemptsLeft: wrong.attemptsLeft } });
  return { ok: false, error: SIGN_IN_ERRORS.invalid };
}

/**
 * One sign-in through the form: the per-address and per-account rate limits (counted before any password is
 * checked), then the credentials. Always ends in one of SIGN_IN_ERRORS, never a database or driver message:
 * next-auth copies the error into the sign-in page's URL.
 */
export async function signInWithPassword(input: unknown, clientAddress: string): Promise<SignInAttempt> {
  try {
    if (!(await hit(RATE_LIMITS.signInPerAddress, clientAddress)).allowed) return { ok: false, error: SIGN_IN_ERRORS.rateLimited };
    const username = input !== null && typeof input === "object" ? (input as Record<string, unknown>).username : undefined;
    if (typeof username === "string" && username.length <= 200) {
      const account = replaceControlCharacters(username.trim().toLowerCase());
      if (!(await hit(RATE_LIMITS.signInPerAccount, account)).allowed) return { ok: false, error: SIGN_IN_ERRORS.rateLimited };
    }
    return await checkCredentials(input);
  } catch (error) {
    logger.error(
      { err: error instanceof Error ? error.constructor.name : "unknown", database: isDatabaseError(error) },
      "sign-in could not be completed",
    );
    return { ok: false, error: SIGN_IN_ERRORS.unavailable };
  }
}
