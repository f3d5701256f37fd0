// Actors for integration tests: a demo user from the seeded database as the signed-in actor, or a new user made for
// the test (createActor, from test/support/fake-session.ts); and the refusal a use-case throws. Synthetic users only.
import type { PrismaClient } from "../../generated/prisma/client";
import { actorFromUser, type Actor } from "../../lib/server/auth/actor";
import { AppError } from "../../lib/server/errors";

export { createActor } from "../support/fake-session";

/** The actor a seeded demo user (prisma/demo-users.ts) signs in as. */
export async function demoActor(prisma: PrismaClient, username: string): Promise<Actor> {
  const actor = actorFromUser(await prisma.user.findUniqueOrThrow({ where: { username }, include: { organisation: true } }));
  if (!actor) throw new Error(`${username} cannot act`);
  return actor;
}

/** Every demo actor named, by the key given: demoActors(prisma, { officer: "privacy.officer" }). */
export async function demoActors<K extends string>(prisma: PrismaClient, usernames: Record<K, string>): Promise<Record<K, Actor>> {
  const entries = await Promise.all(
    Object.entries<string>(usernames).map(async ([key, username]) => [key, await demoActor(prisma, username)]),
  );
  return Object.fromEntries(entries) as Record<K, Actor>;
}

/** The AppError a use-case refuses with; fails the test if it resolves or throws anything else. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}
