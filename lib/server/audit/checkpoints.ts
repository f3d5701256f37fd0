// Signed checkpoints of the audit chain's head, appended to a file the app's database role cannot reach (one
// JSON line each, never rewritten; the file can be made append-only with `chattr +a`, or shipped elsewhere).
// Each line records the newest event's seq and hash of every chain (one per app instance), when, and the previous
// line's MAC, signed with AUDIT_SIGNING_KEY: so the chains are anchored together, and a whole chain removed is named. The verifier compares the chain with them: a checkpointed event that is gone (tail
// truncation) or no longer has the recorded hash (re-chaining) is named. No "server-only": the CLI uses it.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { canonicalJson, GENESIS_HASH, MAIN_CHAIN } from "./chain";
import { checkpointMac, macMatches, type SigningKey } from "./signing";
import type { DatabaseTarget } from "../db/target";

export type ChainHead = { seq: string; hash: string; /** absent: MAIN_CHAIN */ chain?: string };
/** One chain's head as a checkpoint recorded it: what the verifier holds the chain to. */
export type Checkpoint = { chain: string; seq: string; hash: string; at: string };
export type CheckpointProblem = { line: number; problem: "unreadable" | "bad-signature" | "out-of-order"; file?: string };

// A line of version 1 records the one chain there was; version 2 the head of every chain the writer saw.
type LineV1 = { v: 1; seq: string; hash: string; at: string; prev: string; mac: string };
type LineV2 = { v: 2; heads: Record<string, { seq: string; hash: string }>; at: string; prev: string; mac: string };
type Line = LineV1 | LineV2;

function payload(c: Omit<LineV1, "mac"> | Omit<LineV2, "mac">): string {
  return c.v === 1
    ? canonicalJson({ v: c.v, seq: c.seq, hash: c.hash, at: c.at, prev: c.prev })
    : canonicalJson({ v: c.v, heads: c.heads, at: c.at, prev: c.prev });
}

function headsOf(line: Line): Checkpoint[] {
  if (line.v === 1) return [{ chain: MAIN_CHAIN, seq: line.seq, hash: line.hash, at: line.at }];
  return Object.entries(line.heads).map(([chain, h]) => ({ chain, seq: h.seq, hash: h.hash, at: line.at }));
}

function wellFormed(line: Line): boolean {
  const head = (h: { seq?: unknown; hash?: unknown }) => typeof h.seq === "string" && /^\d+$/.test(h.seq) && typeof h.hash === "string";
  if (typeof line.mac !== "string" || typeof line.at !== "string") return false;
  if (line.v === 1) return head(line);
  return line.v === 2 && typeof line.heads === "object" && line.heads !== null && Object.values(line.heads).every(head);
}

/**
 * The checkpoint files of one trail: the default (or configured) file and, beside it, one per instance that was
 * given its own chain (`<name>-<chain>.jsonl`), each written by that instance alone.
 */
export function checkpointFiles(baseFile: string): string[] {
  const dir = path.dirname(baseFile);
  const stem = path.basename(baseFile).replace(/\.jsonl$/, "");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name === `${stem}.jsonl` || (name.startsWith(`${stem}-`) && name.endsWith(".jsonl")))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The file this instance writes: the trail's file, or its own beside it when it has a chain of its own. */
export function checkpointFileForChain(baseFile: string, chain: string): string {
  return chain === MAIN_CHAIN ? baseFile : baseFile.replace(/(\.jsonl)?$/, `-${chain}.jsonl`);
}

/** Where checkpoints go by default: beside the embedded database's folder, or named after the PostgreSQL database. */
export function defaultCheckpointFile(target: DatabaseTarget, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.AUDIT_CHECKPOINT_FILE?.trim();
  if (configured) return path.resolve(configured);
  if (target.kind === "pglite") return `${target.dataDir.replace(/[\\/]+$/, "")}-audit-checkpoints.jsonl`;
  let name = "postgres";
  try {
    const url = new URL(target.url);
    name = `${url.hostname}-${url.port || "5432"}${url.pathname.replace(/\//g, "-")}`.replace(/[^A-Za-z0-9._-]/g, "_");
  } catch {
    // keep the generic name
  }
  return path.resolve(".data", `audit-checkpoints-${name}.jsonl`);
}

export function readCheckpoints(file: string, key: SigningKey | null): { checkpoints: Checkpoint[]; problems: CheckpointProblem[] } {
  if (!existsSync(file)) return { checkpoints: [], problems: [] };
  const checkpoints: Checkpoint[] = [];
  const problems: CheckpointProblem[] = [];
  const newest = new Map<string, bigint>();
  let prev = GENESIS_HASH;
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((text, index) => {
      if (!text.trim()) return;
      const line = index + 1;
      let parsed: Line;
      try {
        parsed = JSON.parse(text) as Line;
        if (!wellFormed(parsed)) throw new Error("shape");
      } catch {
        problems.push({ line, problem: "unreadable" });
        return;
      }
      if (key && (!macMatches(checkpointMac(key, payload(parsed)), parsed.mac) || parsed.prev !== prev)) {
        problems.push({ line, problem: "bad-signature" });
        return;
      }
      const heads = headsOf(parsed);
      if (heads.some((h) => BigInt(h.seq) < (newest.get(h.chain) ?? -1n))) problems.push({ line, problem: "out-of-order" });
      for (const h of heads) newest.set(h.chain, BigInt(h.seq));
      prev = parsed.mac;
      checkpoints.push(...heads);
    });
  return { checkpoints, problems };
}

/** Every checkpoint of a trail, from all its files (checkpointFiles); a problem names its file. */
export function readAllCheckpoints(
  baseFile: string,
  key: SigningKey | null,
): { checkpoints: Checkpoint[]; problems: CheckpointProblem[]; files: string[] } {
  const files = checkpointFiles(baseFile);
  const checkpoints: Checkpoint[] = [];
  const problems: CheckpointProblem[] = [];
  for (const file of files) {
    const read = readCheckpoints(file, key);
    checkpoints.push(...read.checkpoints);
    problems.push(...read.problems.map((p) => ({ ...p, file })));
  }
  return { checkpoints, problems, files };
}

/** Appends checkpoints to one file; remembers the last one so each line chains to the one before. */
export class CheckpointWriter {
  private last: { heads: Map<string, bigint>; mac: string } | null | undefined;

  constructor(
    readonly file: string,
    private readonly key: SigningKey,
  ) {}

  private lastWritten(): { heads: Map<string, bigint>; mac: string } | null {
    if (this.last === undefined) {
      const { checkpoints } = readCheckpoints(this.file, this.key);
      const lastMac = this.lastMac();
      const heads = new Map<string, bigint>();
      for (const c of checkpoints) heads.set(c.chain, BigInt(c.seq));
      this.last = lastMac ? { heads, mac: lastMac } : null;
    }
    return this.last;
  }

  private lastMac(): string | null {
    if (!existsSync(this.file)) return null;
    const lines = readFileSync(this.file, "utf8")
      .split("\n")
      .filter((l) => l.trim());
    for (let i = lines.length - 1; i >= 0; i--) {
      try {
        const mac = (JSON.parse(lines[i]!) as { mac?: unknown }).mac;
        if (typeof mac === "string") return mac;
      } catch {
        // an unreadable line: the one before it
      }
    }
    return null;
  }

  /**
   * Writes a checkpoint of the heads (one chain's, or every chain's) unless none has moved on since the last one.
   * Synchronous, so it can run at exit.
   */
  write(heads: ChainHead | readonly ChainHead[], at = new Date()): boolean {
    const list = (Array.isArray(heads) ? heads : [heads]) as readonly ChainHead[];
    const last = this.lastWritten();
    const moved = list.some((h) => BigInt(h.seq) > (last?.heads.get(h.chain ?? MAIN_CHAIN) ?? -1n));
    if (!moved) return false;
    const at_ = at.toISOString();
    const prev = last?.mac ?? GENESIS_HASH;
    // One instance on the main chain writes lines of version 1, as before there were chains.
    const only = list.length === 1 && (list[0]!.chain ?? MAIN_CHAIN) === MAIN_CHAIN ? list[0]! : null;
    const unsigned: Omit<LineV1, "mac"> | Omit<LineV2, "mac"> = only
      ? { v: 1, seq: only.seq, hash: only.hash, at: at_, prev }
      : { v: 2, heads: Object.fromEntries(list.map((h) => [h.chain ?? MAIN_CHAIN, { seq: h.seq, hash: h.hash }])), at: at_, prev };
    const line = { ...unsigned, mac: checkpointMac(this.key, payload(unsigned)) };
    mkdirSync(path.dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
    const known = new Map(last?.heads ?? []);
    for (const h of list) known.set(h.chain ?? MAIN_CHAIN, BigInt(h.seq));
    this.last = { heads: known, mac: line.mac };
    return true;
  }
}
