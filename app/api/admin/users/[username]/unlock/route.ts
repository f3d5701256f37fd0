// POST /api/admin/users/[username]/unlock — clear an account's lock-out (failed attempts, lock, per-account sign-in limit); audited.
import { clearLockout } from "@/lib/server/admin/accounts";
import { route } from "@/lib/server/http/route";

export const POST = route<{ username: string }>({ permission: "accounts:manage" }, async ({ actor, params }) => {
  const cleared = await clearLockout(actor, params.username);
  return Response.json(cleared, { headers: { "Cache-Control": "no-store" } });
});
