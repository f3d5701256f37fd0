import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkpointFileForChain, checkpointFiles, CheckpointWriter, readAllCheckpoints, readCheckpoints } from "./checkpoints";

const key = Buffer.from("unit-test-audit-signing-key-0123456789");
const h = (c: string) => c.repeat(64);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "checkpoints-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("signed checkpoints of several audit chains", () => {
  it("records the head of every chain, and reads back each as an anchor of its chain", () => {
    const file = path.join(dir, "trail.jsonl");
    const writer = new CheckpointWriter(file, key);
    expect(
      writer.write([
        { chain: "instance-a", seq: "10", hash: h("a") },
        { chain: "instance-b", seq: "12", hash: h("b") },
      ]),
    ).toBe(true);
    // Nothing moved on: no new line.
    expect(writer.write([{ chain: "instance-a", seq: "10", hash: h("a") }])).toBe(false);
    expect(writer.write([{ chain: "instance-b", seq: "15", hash: h("c") }])).toBe(true);
    const { checkpoints, problems } = readCheckpoints(file, key);
    expect(problems).toEqual([]);
    expect(checkpoints.map(({ chain, seq }) => `${chain}@${seq}`)).toEqual(["instance-a@10", "instance-b@12", "instance-b@15"]);
  });

  it("one instance on the main chain keeps writing lines of the first version", () => {
    const file = path.join(dir, "trail.jsonl");
    new CheckpointWriter(file, key).write({ seq: "3", hash: h("d") });
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ v: 1, seq: "3", hash: h("d") });
    expect(readCheckpoints(file, key).checkpoints).toEqual([expect.objectContaining({ chain: "main", seq: "3" })]);
  });

  it("refuses an edited head of any chain, and a chain whose head went backwards", () => {
    const file = path.join(dir, "trail.jsonl");
    const writer = new CheckpointWriter(file, key);
    writer.write([{ chain: "instance-a", seq: "10", hash: h("a") }]);
    const line = JSON.parse(readFileSync(file, "utf8")) as { heads: Record<string, { seq: string }> };
    line.heads["instance-a"]!.seq = "11";
    writeFileSync(file, `${JSON.stringify(line)}\n`);
    expect(readCheckpoints(file, key).problems).toEqual([{ line: 1, problem: "bad-signature" }]);

    const other = path.join(dir, "other.jsonl");
    const w2 = new CheckpointWriter(other, key);
    w2.write([{ chain: "instance-a", seq: "10", hash: h("a") }]);
    w2.write([
      { chain: "instance-a", seq: "9", hash: h("e") },
      { chain: "instance-b", seq: "1", hash: h("f") },
    ]);
    expect(readCheckpoints(other, key).problems).toEqual([{ line: 2, problem: "out-of-order" }]);
  });

  it("finds every instance's file beside the trail's, and no other", () => {
    const base = path.join(dir, "pglite-audit-checkpoints.jsonl");
    expect(checkpointFileForChain(base, "main")).toBe(base);
    expect(checkpointFileForChain(base, "instance-b")).toBe(path.join(dir, "pglite-audit-checkpoints-instance-b.jsonl"));
    new CheckpointWriter(checkpointFileForChain(base, "instance-a"), key).write([{ chain: "instance-a", seq: "1", hash: h("a") }]);
    new CheckpointWriter(checkpointFileForChain(base, "instance-b"), key).write([{ chain: "instance-b", seq: "2", hash: h("b") }]);
    writeFileSync(path.join(dir, "pglite-other.jsonl"), "");
    writeFileSync(path.join(dir, "pglite-audit-checkpoints-instance-c.txt"), "");
    expect(checkpointFiles(base).map((f) => path.basename(f))).toEqual([
      "pglite-audit-checkpoints-instance-a.jsonl",
      "pglite-audit-checkpoints-instance-b.jsonl",
    ]);
    const all = readAllCheckpoints(base, key);
    expect(all.problems).toEqual([]);
    expect(all.checkpoints.map((c) => c.chain)).toEqual(["instance-a", "instance-b"]);
  });
});
