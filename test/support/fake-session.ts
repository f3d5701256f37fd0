// Stands in for lib/server/auth/session in integration tests of pages and routes: the signed-in actor is whatever
// the test puts in fakeSession.actor. Use with
//   vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));
import type { Actor } from "../../lib/domain/auth/actor";

export const fakeSession: { actor: Actor | null } = { actor: null };

export async function getActor(): Promise<Actor | null> {
  return fakeSession.actor;
}

/** As getActor: the fake reads no access episode with the session (the record code then reads it on its own). */
export async function getActorForPatient(_nhsNumber: string): Promise<Actor | null> {
  return fakeSession.actor;
}

export async function requireActor(): Promise<Actor> {
  if (!fakeSession.actor) throw new Error("signed out");
  return fakeSession.actor;
}

type UserStore = {
  user: {
    create(args: {
      data: { username: string; displayName: string; passwordHash: string; role: Actor["role"]; organisationId: string };
    }): Promise<{ id: string }>;
  };
};

/** A user in the test database, as the actor a signed-in session would give (the password is never checked). */
export async function createActor(
  prisma: UserStore,
  organisation: { id: string; odsCode: string; name: string },
  username: string,
  role: Actor["role"],
): Promise<Actor> {
  const user = await prisma.user.create({
    data: { username, displayName: username, passwordHash: "not-used", role, organisationId: organisation.id },
  });
  return {
    userId: user.id,
    username,
    displayName: username,
    professionalCode: null,
    role,
    organisation: { odsCode: organisation.odsCode, name: organisation.name },
  };
}
