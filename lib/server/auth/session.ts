import "server-only";
// Who is asking: the signed-in user as the server sees them now (role and organisation re-read from the
// database on every request, so a deactivated or changed account takes effect at once).
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { serverEnv } from "@/lib/server/config/env";
import { getPrisma } from "@/lib/server/db";
import { actorFromUser, type Actor } from "./actor";
import { buildAuthOptions } from "./options";

export type { Actor };

export const getActor = cache(async (): Promise<Actor | null> => {
  await connection(); // per-request: never prerendered at build time
  const session = await getServerSession(buildAuthOptions());
  if (!session?.userId) return null;
  const maxAgeMs = serverEnv().SESSION_MAX_HOURS * 3_600_000;
  if (!session.signedInAt || Date.now() - session.signedInAt > maxAgeMs) return null;

  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { id: session.userId }, include: { organisation: true } });
  return user ? actorFromUser(user) : null;
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
