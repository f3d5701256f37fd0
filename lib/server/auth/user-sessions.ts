import "server-only";
// Server-side sessions. The session cookie (a next-auth JWT) carries the id of a user_session row; every request
// reads that row (lib/server/auth/session.ts), so ending it takes effect on the very next request, on every
// app instance. Sign-out ends one session; a password change and an administrator's "end all sessions" end
// every session of the user.
import { getPrisma, type TransactionClient } from "@/lib/server/db";

export type SessionEndReason = "signed-out" | "ended-by-administrator" | "password-changed" | "replaced-by-launch";

export async function openSession(userId: string, db: TransactionClient | ReturnType<typeof getPrisma> = getPrisma()): Promise<string> {
  const session = await db.userSession.create({ data: { userId }, select: { id: true } });
  return session.id;
}

/** Ends one session (sign-out). Safe to repeat. */
export async function endSession(sessionId: string, reason: SessionEndReason = "signed-out"): Promise<void> {
  await getPrisma().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date(), endReason: reason } });
}

/** Ends every open session of a user; returns how many were open. */
export async function endAllSessions(
  userId: string,
  reason: SessionEndReason,
  db: TransactionClient | ReturnType<typeof getPrisma> = getPrisma(),
): Promise<number> {
  const { count } = await db.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date(), endReason: reason } });
  return count;
}
