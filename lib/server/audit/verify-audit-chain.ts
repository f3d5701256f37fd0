// Walks the whole audit trail in sequence order, in pages, and names the first missing or changed event:
//  - each event's hash must match its fields and follow the previous event's hash (a changed or removed event);
//  - with AUDIT_SIGNING_KEY, each event's MAC must match its hash: whoever rewrote the table cannot compute it,
//    so re-chaining (removing an event and recomputing every later hash) is named at the first re-chained event.
//    Events from before signing began may be unsigned, but never one after a signed event;
//  - every signed checkpoint must find its event with the hash it recorded: an event removed from the end
//    (tail truncation) or a rewritten chain is caught even without the key's MACs.
// No server-only: the `npm run audit:verify` command uses it with its own Prisma client.
import type { PrismaClient } from "../../../generated/prisma/client";
import { eventHash, GENESIS_HASH } from "./chain";
import type { Checkpoint } from "./checkpoints";
import { eventMac, macMatches, type SigningKey } from "./signing";

export type ChainProblem =
  | "prev-hash-mismatch"
  | "hash-mismatch"
  | "mac-mismatch"
  | "unsigned"
  | "checkpoint-mismatch"
  | "checkpointed-event-missing"
  | "tail-truncated";

export type ChainBreak = {
  /** The first missing or changed event's seq (for a missing event, the seq the checkpoint recorded). */
  seq: string;
  /** Its id, when the event is still there. */
  id: string | null;
  problem: ChainProblem;
  /** The last event before it that is intact, when there is one. */
  intactUpTo?: string;
  /** The checkpoint that proved it, when one did. */
  checkpointAt?: string;
};

export type ChainReport = { checked: number; firstBreak: ChainBreak | null; signed: boolean; checkpoints: number };

type StoredEvent = Parameters<typeof eventHash>[0] & { seq: bigint; hash: string; mac: string | null };

const PAGE = 5_000;

export async function verifyAuditChain(
  prisma: PrismaClient,
  options: { key?: SigningKey | null; checkpoints?: readonly Checkpoint[] } = {},
): Promise<ChainReport> {
  const key = options.key ?? null;
  const checkpoints = [...(options.checkpoints ?? [])].sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
  let nextCheckpoint = 0;
  let checked = 0;
  let prev = GENESIS_HASH;
  let lastSeq: bigint | null = null;
  let seenSigned = false;
  const report = (firstBreak: ChainBreak | null): ChainReport => ({
    checked,
    firstBreak,
    signed: key !== null,
    checkpoints: checkpoints.length,
  });
  const intact = () => (lastSeq === null ? {} : { intactUpTo: String(lastSeq) });

  for (;;) {
    const page: StoredEvent[] = await prisma.auditEvent.findMany({
      where: lastSeq === null ? {} : { seq: { gt: lastSeq } },
      orderBy: { seq: "asc" },
      take: PAGE,
    });
    for (const event of page) {
      // A checkpointed seq this walk has passed without meeting: that event is gone.
      const due = checkpoints[nextCheckpoint];
      if (due && BigInt(due.seq) < event.seq) {
        return report({ seq: due.seq, id: null, problem: "checkpointed-event-missing", checkpointAt: due.at, ...intact() });
      }
      const at = { seq: String(event.seq), id: event.id, ...intact() };
      if (event.prevHash !== prev) return report({ ...at, problem: "prev-hash-mismatch" });
      if (eventHash(event) !== event.hash) return report({ ...at, problem: "hash-mismatch" });
      if (key) {
        if (event.mac === null) {
          if (seenSigned) return report({ ...at, problem: "unsigned" });
        } else {
          seenSigned = true;
          if (!macMatches(eventMac(key, event.hash), event.mac)) return report({ ...at, problem: "mac-mismatch" });
        }
      }
      while (checkpoints[nextCheckpoint] && BigInt(checkpoints[nextCheckpoint]!.seq) === event.seq) {
        const checkpoint = checkpoints[nextCheckpoint]!;
        if (checkpoint.hash !== event.hash) return report({ ...at, problem: "checkpoint-mismatch", checkpointAt: checkpoint.at });
        nextCheckpoint++;
      }
      prev = event.hash;
      lastSeq = event.seq;
      checked++;
    }
    if (page.length < PAGE) break;
  }
  const beyond = checkpoints[nextCheckpoint];
  if (beyond) {
    // The newest checkpoint recorded events the table no longer has: removed from the end.
    const newest = checkpoints.at(-1)!;
    return report({ seq: newest.seq, id: null, problem: "tail-truncated", checkpointAt: newest.at, ...intact() });
  }
  return report(null);
}

/** One sentence for people: what is wrong, and where. */
export function describeBreak(b: ChainBreak): string {
  const where = `event seq ${b.seq}${b.id ? ` (id ${b.id})` : ""}`;
  const after = b.intactUpTo ? ` Every event up to seq ${b.intactUpTo} is intact.` : "";
  const proof = b.checkpointAt ? ` (signed checkpoint of ${b.checkpointAt})` : "";
  switch (b.problem) {
    case "hash-mismatch":
      return `${where} was changed after writing: its contents no longer match its hash.${after}`;
    case "prev-hash-mismatch":
      return `${where} does not follow the event before it: an event before it was removed, inserted or reordered.${after}`;
    case "mac-mismatch":
      return `${where} was rewritten: its signature does not match (an earlier event was removed or changed and the chain recomputed).${after}`;
    case "unsigned":
      return `${where} carries no signature although earlier events do: it was rewritten or inserted.${after}`;
    case "checkpoint-mismatch":
      return `${where} is not the event the checkpoint recorded${proof}: the chain was rewritten up to it.${after}`;
    case "checkpointed-event-missing":
      return `${where} is missing: it was recorded in a checkpoint${proof} and removed since.${after}`;
    case "tail-truncated":
      return `the end of the trail is missing: every event after seq ${b.intactUpTo ?? "0"} was removed, and the trail reached at least seq ${b.seq}${proof}.`;
  }
}
