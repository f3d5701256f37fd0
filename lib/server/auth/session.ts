import "server-only";
// Who is asking: the signed-in user as the server sees them now (role and organisation re-read from the
// database on every request, so a deactivated or changed account takes effect at once).
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { isRole, type Role } from "@/lib/domain/roles";
import { serverEnv } from "@/lib/server/config/env";
import { getPrisma } from "@/lib/server/db";
import { buildAuthOptions } from "./options";

export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  professionalCode: string | null;
  role: Role;
  organisation: { odsCode: string; name: string };
};

export const getActor = cache(async (): Promise<Actor | null> => {
  await connection(); // per-request: never prerendered at build time
  const session = await getServerSession(buildAuthOptions());
  if (!session?.userId) return null;
  const maxAgeMs = serverEnv().SESSION_MAX_HOURS * 3_600_000;
  if (!session.signedInAt || Date.now() - session.signedInAt > maxAgeMs) return null;

  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { id: session.userId }, include: { organisation: true } });
  if (!user?.active || !isRole(user.role)) return null;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    professionalCode: user.professionalCode,
    role: user.role,
    organisation: { odsCode: user.organisation.odsCode, name: user.organisation.name },
  };
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
