import "server-only";
// Account actions that end sessions: an administrator's "end all sessions" and a password change. Each is
// audited in the same transaction as the change.
import type { AuditActorFields } from "@/lib/server/audit/record-audit-event";
import { auditedTransaction } from "@/lib/server/audit/record-audit-event";
import { isRole } from "@/lib/domain/roles";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "./password";
import { endAllSessions } from "./user-sessions";

const SYSTEM: AuditActorFields = { userId: null, username: "system", role: null, organisationOds: null };

async function subject(userId: string) {
  const user = await getPrisma().user.findUnique({ where: { id: userId }, include: { organisation: { select: { odsCode: true } } } });
  if (!user) throw new AppError("INVALID_INPUT", "No such user");
  return user;
}

/** Ends every open session of the user; `by` is the administrator (or the command line, "system"). */
export async function endAllSessionsOf(userId: string, by: AuditActorFields = SYSTEM): Promise<number> {
  const user = await subject(userId);
  return auditedTransaction(
    (tx) => endAllSessions(user.id, "ended-by-administrator", tx),
    (ended) => ({ ...by, action: "SESSIONS_ENDED", outcome: "SUCCESS", detail: { subjectUsername: user.username, ended } }),
  );
}

/** Sets a new password, which also ends every open session of the user and lifts any lock. */
export async function changePassword(userId: string, newPassword: string, by?: AuditActorFields): Promise<void> {
  if (newPassword.length < 12 || newPassword.length > 200) throw new AppError("INVALID_INPUT", "A password has 12 to 200 characters");
  const user = await subject(userId);
  const passwordHash = await hashPassword(newPassword);
  const actor = by ?? {
    userId: user.id,
    username: user.username,
    role: isRole(user.role) ? user.role : null,
    organisationOds: user.organisation.odsCode,
  };
  await auditedTransaction(
    async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash, failedSignInCount: 0, lockedUntil: null } });
      return endAllSessions(user.id, "password-changed", tx);
    },
    (ended) => ({
      ...actor,
      action: "PASSWORD_CHANGED",
      outcome: "SUCCESS",
      detail: { subjectUsername: user.username, sessionsEnded: ended },
    }),
  );
}
