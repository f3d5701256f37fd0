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
