import "server-only";
// The credentials check behind next-auth: password, lock-out, the identity placed in the session, and the
// audit event for every attempt. A sign-in that cannot be audited does not happen.
import { z } from "zod";
import { decideSignIn } from "@/lib/domain/auth/lockout";
import { isRole } from "@/lib/domain/roles";
import { recordAuditEvent, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { decoyHash, verifyPassword } from "./password";

export const SIGN_IN_ERRORS = {
  invalid: "CredentialsSignin",
  locked: "AccountLocked",
  unavailable: "SignInUnavailable",
  rateLimited: "TooManyAttempts",
} as const;

const credentialsSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export type SignedInUser = { id: string; name: string };

export type SignInAttempt =
  | { ok: true; user: SignedInUser }
  | { ok: false; error: (typeof SIGN_IN_ERRORS)[keyof typeof SIGN_IN_ERRORS] };

async function audit(event: AuditEventInput): Promise<boolean> {
  try {
    await recordAuditEvent(event);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

export async function checkCredentials(input: unknown, now = new Date()): Promise<SignInAttempt> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: SIGN_IN_ERRORS.invalid };
  const { username, password } = parsed.data;

  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { username }, include: { organisation: { select: { odsCode: true } } } });
  if (!user || !user.active) {
    // Spend the same time as a real check so response timing does not reveal which usernames exist.
    await verifyPassword(password, await decoyHash());
    await audit({ userId: null, username, role: null, organisationOds: null, action: "SIGN_IN_FAILED", outcome: "DENIED", detail: { why: user ? "inactive" : "unknown-user" } });
    return { ok: false, error: SIGN_IN_ERRORS.invalid };
  }

  const matches = await verifyPassword(password, user.passwordHash);
  const decision = decideSignIn({ failedSignInCount: user.failedSignInCount, lockedUntil: user.lockedUntil }, matches, now);
  if (decision.outcome !== "still-locked") {
    await prisma.user.update({
      where: { id: user.id },
      data: {
        failedSignInCount: decision.next.failedSignInCount,
        lockedUntil: decision.next.lockedUntil,
        ...(decision.outcome === "success" ? { lastSignInAt: now } : {}),
      },
    });
  }

  const who = { userId: user.id, username: user.username, role: isRole(user.role) ? user.role : null, organisationOds: user.organisation.odsCode };
  switch (decision.outcome) {
    case "success":
      if (!(await audit({ ...who, action: "SIGN_IN", outcome: "SUCCESS" }))) return { ok: false, error: SIGN_IN_ERRORS.unavailable };
      return { ok: true, user: { id: user.id, name: user.displayName } };
    case "wrong-password":
      await audit({ ...who, action: "SIGN_IN_FAILED", outcome: "DENIED", detail: { why: "wrong-password", attemptsLeft: decision.attemptsLeft } });
      return { ok: false, error: SIGN_IN_ERRORS.invalid };
    case "locked-now":
      await audit({ ...who, action: "LOCKED_OUT", outcome: "DENIED", detail: { lockedUntil: decision.next.lockedUntil?.toISOString() } });
      return { ok: false, error: SIGN_IN_ERRORS.locked };
    case "still-locked":
      await audit({ ...who, action: "SIGN_IN_FAILED", outcome: "DENIED", detail: { why: "locked" } });
      return { ok: false, error: SIGN_IN_ERRORS.locked };
  }
}
