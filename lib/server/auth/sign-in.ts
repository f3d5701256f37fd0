import "server-only";
// The credentials check behind next-auth: password, lock-out, and the identity placed in the session.
import { z } from "zod";
import { decideSignIn } from "@/lib/domain/auth/lockout";
import { getPrisma } from "@/lib/server/db";
import { decoyHash, verifyPassword } from "./password";

export const SIGN_IN_ERRORS = {
  invalid: "CredentialsSignin",
  locked: "AccountLocked",
  unavailable: "SignInUnavailable",
} as const;

const credentialsSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export type SignedInUser = { id: string; name: string };

export type SignInAttempt =
  | { ok: true; user: SignedInUser }
  | { ok: false; error: (typeof SIGN_IN_ERRORS)[keyof typeof SIGN_IN_ERRORS]; userId?: string };

export async function checkCredentials(input: unknown, now = new Date()): Promise<SignInAttempt> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: SIGN_IN_ERRORS.invalid };
  const { username, password } = parsed.data;

  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { username } });
  if (!user || !user.active) {
    // Spend the same time as a real check so response timing does not reveal which usernames exist.
    await verifyPassword(password, await decoyHash());
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

  switch (decision.outcome) {
    case "success":
      return { ok: true, user: { id: user.id, name: user.displayName } };
    case "wrong-password":
      return { ok: false, error: SIGN_IN_ERRORS.invalid, userId: user.id };
    case "locked-now":
    case "still-locked":
      return { ok: false, error: SIGN_IN_ERRORS.locked, userId: user.id };
  }
}
