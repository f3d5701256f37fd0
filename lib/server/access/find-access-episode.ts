import "server-only";
// The user's current decision for this patient: the newest episode that has not expired. Read on every record
// request, so on the client's own connections rather than through Prisma's query planning (lib/server/db/direct-sql.ts).
import type { Actor } from "@/lib/server/auth/session";
import { getDirectSql } from "@/lib/server/db";
import type { AccessEpisodeView } from "./record-access-decision";

const EPISODE_SQL = `
  SELECT "id"::text AS "id", "decision"::text AS "decision", "expires_at" AS "expiresAt"
  FROM "access_episode"
  WHERE "user_id" = $1::uuid AND "patient_nhs_number" = $2 AND "expires_at" > $3::timestamptz
  ORDER BY "created_at" DESC
  LIMIT 1`;

type EpisodeRow = { id: string; decision: AccessEpisodeView["decision"]; expiresAt: Date };

export async function findAccessEpisode(actor: Actor, nhsNumber: string, now = new Date()): Promise<AccessEpisodeView | null> {
  const [episode] = await getDirectSql().query<EpisodeRow>(EPISODE_SQL, [actor.userId, nhsNumber, now.toISOString()]);
  return episode ? { id: episode.id, decision: episode.decision, expiresAt: new Date(episode.expiresAt).toISOString() } : null;
}

// The episode a record request's session check read in the same statement (lib/server/auth/session.ts), for that
// request's actor object only: getActor makes a new actor per request, so this never outlives the request.
// On globalThis: Next.js bundles each route handler with its own copy of this module.
type Remembered = { nhsNumber: string; episode: AccessEpisodeView | null };
const shared = globalThis as typeof globalThis & { __rememberedEpisodes?: WeakMap<Actor, Remembered> };
const remembered = (shared.__rememberedEpisodes ??= new WeakMap());

export function rememberEpisode(actor: Actor, nhsNumber: string, episode: AccessEpisodeView | null): void {
  remembered.set(actor, { nhsNumber, episode });
}

/** The episode read with this actor's session check for this patient; undefined when none was read. */
export function rememberedEpisode(actor: Actor, nhsNumber: string): AccessEpisodeView | null | undefined {
  const hint = remembered.get(actor);
  return hint && hint.nhsNumber === nhsNumber ? hint.episode : undefined;
}
