// Stands in for lib/server/auth/session in integration tests of pages and routes: the signed-in actor is whatever
// the test puts in fakeSession.actor. Use with
//   vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));
import type { Actor } from "../../lib/domain/auth/actor";

export const fakeSession: { actor: Actor | null } = { actor: null };

export async function getActor(): Promise<Actor | null> {
  return fakeSession.actor;
}

export async function requireActor(): Promise<Actor> {
  if (!fakeSession.actor) throw new Error("signed out");
  return fakeSession.actor;
}
