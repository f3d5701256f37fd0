import "server-only";
// For governance pages: the signed-in actor, or the 403 page. A refusal is audited before it is shown,
// so the forbidden page's "this attempt has been recorded" is true.
import { forbidden } from "next/navigation";
import { can, type Permission } from "@/lib/domain/access/policy";
import { requireActor, type Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export async function requirePagePermission(permission: Permission, page: string): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) {
    await recordAuditEvent({ ...auditActor(actor), action: "ACCESS_DENIED", outcome: "DENIED", detail: { page, permission } });
    forbidden();
  }
  return actor;
}
