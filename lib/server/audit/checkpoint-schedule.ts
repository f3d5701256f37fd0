import "server-only";
// Writes a signed checkpoint of the audit chain's head at least every minute (when the chain has grown) and at
// shutdown (scripts/serve.ts calls the flush it registers). Started once per server by instrumentation.ts.
// State lives on globalThis: Next.js bundles instrumentation and route handlers as separate module instances.
import { getPrisma } from "@/lib/server/db";
import { resolveDatabaseTarget } from "@/lib/server/db/target";
import { logger } from "@/lib/server/log/logger";
import { CheckpointWriter, defaultCheckpointFile, type ChainHead } from "./checkpoints";
import { auditSigningKey } from "./signing";

export const CHECKPOINT_INTERVAL_MS = 60_000;

type State = { head?: ChainHead; writer?: CheckpointWriter; timer?: NodeJS.Timeout };
const shared = globalThis as typeof globalThis & { __auditCheckpoints?: State; __auditCheckpointFlush?: () => Promise<void> };
const state = (shared.__auditCheckpoints ??= {});

/** Called after every committed audit event: the newest head this process knows of. */
export function noteCommittedHead(head: ChainHead): void {
  if (!state.head || BigInt(head.seq) > BigInt(state.head.seq)) state.head = head;
}

async function headFromDatabase(): Promise<ChainHead | undefined> {
  const last = await getPrisma().auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  return last ? { seq: String(last.seq), hash: last.hash } : undefined;
}

/** Writes a checkpoint of the newest head: from the database, or this process's own last write if it is down. */
export async function writeCheckpoint(): Promise<void> {
  const writer = state.writer;
  if (!writer) return;
  try {
    const head = await headFromDatabase();
    if (head) noteCommittedHead(head);
  } catch {
    logger.warn("audit checkpoint: database unavailable, using this server's last known head");
  }
  try {
    if (state.head) writer.write(state.head);
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
  state.writer = new CheckpointWriter(defaultCheckpointFile(resolveDatabaseTarget()), key);
  state.timer = setInterval(() => void writeCheckpoint(), CHECKPOINT_INTERVAL_MS);
  state.timer.unref();
  shared.__auditCheckpointFlush = writeCheckpoint;
  void writeCheckpoint();
}
