import "server-only";
// The actor every use-case takes: a user row (with its organisation) as the rest of the server sees it.
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/domain/auth/actor";
import { isRole } from "@/lib/domain/roles";

export type { Actor };

type UserWithOrganisation = Prisma.UserGetPayload<{ include: { organisation: true } }>;

/** Null for an inactive account or a role this build does not know: such a user may do nothing. */
export function actorFromUser(user: UserWithOrganisation): Actor | null {
  if (!user.active || !isRole(user.role)) return null;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    professionalCode: user.professionalCode,
    role: user.role,
    organisation: { odsCode: user.organisation.odsCode, name: user.organisation.name },
  };
}
