import "server-only";
// The administrator's account use-cases: list the accounts (no password data ever leaves), and clear a lock-out —
// the failed-attempt count, the lock, and the per-account sign-in rate limit — audited in the same transaction.
import { can } from "@/lib/domain/access/policy";
import type { AccountView } from "@/lib/domain/admin/accounts";
import { isRole } from "@/lib/domain/roles";
import { hasControlCharacters } from "@/lib/domain/text/control-characters";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, auditedTransaction } from "@/lib/server/audit/record-audit-event";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { RATE_LIMITS } from "@/lib/server/rate-limit/rate-limit";

export async function listAccounts(actor: Actor, now = new Date()): Promise<AccountView[]> {
  if (!can(actor.role, "accounts:manage")) throw new AppError("FORBIDDEN");
  const users = await getPrisma().user.findMany({
    orderBy: { username: "asc" },
    select: {
      username: true,
      displayName: true,
      role: true,
      active: true,
      failedSignInCount: true,
      lockedUntil: true,
      lastSignInAt: true,
      organisation: { select: { name: true, odsCode: true } },
    },
  });
  return users.flatMap((u): AccountView[] =>
    isRole(u.role)
      ? [
          {
            username: u.username,
            displayName: u.displayName,
            role: u.role,
            organisation: `${u.organisation.name} (${u.organisation.odsCode})`,
            active: u.active,
            failedSignIns: u.failedSignInCount,
            lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil.toISOString() : null,
            lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
          },
        ]
      : [],
  );
}

export async function clearLockout(actor: Actor, username: string): Promise<{ username: string; wasLockedUntil: string | null }> {
  if (!can(actor.role, "accounts:manage")) throw new AppError("FORBIDDEN");
  const name = typeof username === "string" ? username.trim().toLowerCase() : "";
  // Control characters (a NUL above all) are never in a username, and the database would refuse the query itself.
  if (name === "" || name.length > 200 || hasControlCharacters(name)) throw new AppError("INVALID_INPUT", "No user has that username");
  return auditedTransaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { username: name }, select: { id: true, username: true, lockedUntil: true } });
      if (!user) throw new AppError("INVALID_INPUT", "No user has that username");
      await tx.user.update({ where: { id: user.id }, data: { failedSignInCount: 0, lockedUntil: null } });
      await tx.rateLimit.deleteMany({ where: { key: `${RATE_LIMITS.signInPerAccount.name}:${user.username}` } });
      return { username: user.username, wasLockedUntil: user.lockedUntil?.toISOString() ?? null };
    },
    (cleared) => ({ ...auditActor(actor), action: "LOCKOUT_CLEARED", outcome: "SUCCESS", detail: { subjectUsername: cleared.username } }),
  );
}
