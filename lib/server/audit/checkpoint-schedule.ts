import "server-only";
// Writes a signed checkpoint of the heads of every audit chain at least every minute (when the chain has grown) and at
// shutdown (scripts/serve.ts calls the flush it registers). Started once per server by instrumentation.ts.
// State lives on globalThis: Next.js bundles instrumentation and route handlers as separate module instances.
import { getPrisma } from "@/lib/server/db";
import { resolveDatabaseTarget } from "@/lib/server/db/target";
import { logger } from "@/lib/server/log/logger";
import { serverEnv } from "@/lib/server/config/env";
import { MAIN_CHAIN } from "./chain";
import { checkpointFileForChain, CheckpointWriter, defaultCheckpointFile, type ChainHead } from "./checkpoints";
import { auditSigningKey } from "./signing";

export const CHECKPOINT_INTERVAL_MS = 60_000;

type State = { heads?: Map<string, ChainHead>; writer?: CheckpointWriter; timer?: NodeJS.Timeout };
const shared = globalThis as typeof globalThis & { __auditCheckpoints?: State; __auditCheckpointFlush?: () => Promise<void> };
const state = (shared.__auditCheckpoints ??= {});

/** Called after every committed audit event: the newest head of its chain this process knows of. */
export function noteCommittedHead(head: ChainHead): void {
  const heads = (state.heads ??= new Map());
  const chain = head.chain ?? MAIN_CHAIN;
  const known = heads.get(chain);
  if (!known || BigInt(head.seq) > BigInt(known.seq)) heads.set(chain, { ...head, chain });
}

/**
 * The newest event of every chain: a loose index scan on (chain, seq), one index probe per chain, however long
 * the trail.
 */
async function headsFromDatabase(): Promise<ChainHead[]> {
  const rows = await getPrisma().$queryRaw<{ chain: string; seq: bigint; hash: string }[]>`
    WITH RECURSIVE chains AS (
      (SELECT "chain" FROM "audit_event" ORDER BY "chain" LIMIT 1)
      UNION ALL
      SELECT (SELECT "chain" FROM "audit_event" WHERE "chain" > chains."chain" ORDER BY "chain" LIMIT 1)
      FROM chains WHERE chains."chain" IS NOT NULL
    )
    SELECT chains."chain", head."seq", head."hash" FROM chains
    CROSS JOIN LATERAL (
      SELECT "seq", "hash" FROM "audit_event" WHERE "audit_event"."chain" = chains."chain" ORDER BY "seq" DESC LIMIT 1
    ) head
    WHERE chains."chain" IS NOT NULL`;
  return rows.map((r) => ({ chain: r.chain, seq: String(r.seq), hash: r.hash }));
}

/** Writes a checkpoint of every chain's newest head: from the database, or this process's own last writes if it is down. */
export async function writeCheckpoint(): Promise<void> {
  const writer = state.writer;
  if (!writer) return;
  try {
    for (const head of await headsFromDatabase()) noteCommittedHead(head);
  } catch {
    logger.warn("audit checkpoint: database unavailable, using this server's last known heads");
  }
  try {
    if (state.heads?.size) writer.write([...state.heads.values()]);
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.name : "unknown" }, "audit checkpoint could not be written");
  }
}

export function startCheckpoints(): void {
  if (state.timer) return;
  const key = auditSigningKey();
  if (!key) {
    logger.warn("AUDIT_SIGNING_KEY is not set: audit events are not signed and no checkpoints are written");
    return;
  }
  // Each instance signs its own file (lines are chained to the one before, so one writer per file).
  state.writer = new CheckpointWriter(checkpointFileForChain(defaultCheckpointFile(resolveDatabaseTarget()), serverEnv().AUDIT_CHAIN), key);
  state.timer = setInterval(() => void writeCheckpoint(), CHECKPOINT_INTERVAL_MS);
  state.timer.unref();
  shared.__auditCheckpointFlush = writeCheckpoint;
  void writeCheckpoint();
}
