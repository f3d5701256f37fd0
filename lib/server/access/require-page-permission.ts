import "server-only";
// For pages: the signed-in actor, or the 403 page. A refusal is audited before it is shown, so the forbidden
// page's "this attempt has been recorded" is true.
import { forbidden } from "next/navigation";
import { can, type Permission } from "@/lib/domain/access/policy";
import { auditPageRefusal } from "@/lib/server/access/page-refusal";
import { requireActor, type Actor } from "@/lib/server/auth/session";

export async function requirePagePermission(permission: Permission, page: string): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) {
    await auditPageRefusal(actor, { page, permission });
    forbidden();
  }
  return actor;
}
