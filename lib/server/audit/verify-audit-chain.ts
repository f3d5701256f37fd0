// Walks the whole audit trail in sequence order, in pages, and names the first missing or changed event. The trail
// is one hash chain per app instance (AUDIT_CHAIN); each chain is followed on its own, interleaved as stored:
//  - each event's hash must match its fields and follow the previous event's hash (a changed or removed event);
//  - with AUDIT_SIGNING_KEY, each event's MAC must match its hash: whoever rewrote the table cannot compute it,
//    so re-chaining (removing an event and recomputing every later hash) is named at the first re-chained event.
//    Events from before signing began may be unsigned, but never one after a signed event;
//  - every signed checkpoint must find its event with the hash it recorded: an event removed from the end
//    (tail truncation) or a rewritten chain is caught even without the key's MACs.
// No server-only: the `npm run audit:verify` command uses it with its own Prisma client.
import type { PrismaClient } from "../../../generated/prisma/client";
import { eventHash, GENESIS_HASH, MAIN_CHAIN } from "./chain";
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
  /** The chain it is on, when not the main one (one chain per app instance). */
  chain?: string;
};

export type ChainReport = { checked: number; firstBreak: ChainBreak | null; signed: boolean; checkpoints: number; chains: number };

type StoredEvent = Parameters<typeof eventHash>[0] & { seq: bigint; hash: string; mac: string | null; chain: string };

const PAGE = 5_000;

export async function verifyAuditChain(
  prisma: PrismaClient,
  options: { key?: SigningKey | null; checkpoints?: readonly Checkpoint[] } = {},
): Promise<ChainReport> {
  const key = options.key ?? null;
  const all = options.checkpoints ?? [];
  // Per chain: its checkpoints in seq order, the next one due, the previous hash and the last intact seq.
  type ChainState = { checkpoints: Checkpoint[]; next: number; prev: string; lastSeq: bigint | null };
  const chains = new Map<string, ChainState>();
  const stateOf = (chain: string): ChainState => {
    let state = chains.get(chain);
    if (!state) chains.set(chain, (state = { checkpoints: [], next: 0, prev: GENESIS_HASH, lastSeq: null }));
    return state;
  };
  for (const c of all) stateOf(c.chain ?? MAIN_CHAIN).checkpoints.push(c);
  for (const state of chains.values()) state.checkpoints.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
  let checked = 0;
  let lastSeq: bigint | null = null;
  let seenSigned = false;
  const report = (firstBreak: ChainBreak | null): ChainReport => ({
    checked,
    firstBreak,
    signed: key !== null,
    checkpoints: all.length,
    chains: chains.size,
  });
  const intact = (state: ChainState) => (state.lastSeq === null ? {} : { intactUpTo: String(state.lastSeq) });
  const onChain = (chain: string) => (chain === MAIN_CHAIN ? {} : { chain });

  for (;;) {
    const page: StoredEvent[] = await prisma.auditEvent.findMany({
      where: lastSeq === null ? {} : { seq: { gt: lastSeq } },
      orderBy: { seq: "asc" },
      take: PAGE,
    });
    for (const event of page) {
      const chain = event.chain ?? MAIN_CHAIN;
      const state = stateOf(chain);
      // A checkpointed seq of this chain that the walk has passed without meeting: that event is gone.
      const due = state.checkpoints[state.next];
      if (due && BigInt(due.seq) < event.seq) {
        return report({
          seq: due.seq,
          id: null,
          problem: "checkpointed-event-missing",
          checkpointAt: due.at,
          ...intact(state),
          ...onChain(chain),
        });
      }
      const at = { seq: String(event.seq), id: event.id, ...intact(state), ...onChain(chain) };
      if (event.prevHash !== state.prev) return report({ ...at, problem: "prev-hash-mismatch" });
      if (eventHash(event) !== event.hash) return report({ ...at, problem: "hash-mismatch" });
      if (key) {
        if (event.mac === null) {
          if (seenSigned) return report({ ...at, problem: "unsigned" });
        } else {
          seenSigned = true;
          if (!macMatches(eventMac(key, event.hash), event.mac)) return report({ ...at, problem: "mac-mismatch" });
        }
      }
      while (state.checkpoints[state.next] && BigInt(state.checkpoints[state.next]!.seq) === event.seq) {
        const checkpoint = state.checkpoints[state.next]!;
        if (checkpoint.hash !== event.hash) return report({ ...at, problem: "checkpoint-mismatch", checkpointAt: checkpoint.at });
        state.next++;
      }
      state.prev = event.hash;
      state.lastSeq = event.seq;
      lastSeq = event.seq;
      checked++;
    }
    if (page.length < PAGE) break;
  }
  for (const [chain, state] of chains) {
    if (!state.checkpoints[state.next]) continue;
    // The newest checkpoint recorded events of this chain that the table no longer has: removed from its end
    // (or the whole chain, when none of its events is left).
    const newest = state.checkpoints.at(-1)!;
    return report({ seq: newest.seq, id: null, problem: "tail-truncated", checkpointAt: newest.at, ...intact(state), ...onChain(chain) });
  }
  return report(null);
}

/** One sentence for people: what is wrong, and where. */
export function describeBreak(b: ChainBreak): string {
  const where = `event seq ${b.seq}${b.id ? ` (id ${b.id})` : ""}${b.chain ? ` on chain ${b.chain}` : ""}`;
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
      return `the end of the ${b.chain ? `chain ${b.chain}` : "trail"} is missing: every event after seq ${b.intactUpTo ?? "0"} was removed, and the trail reached at least seq ${b.seq}${proof}.`;
  }
}
