import { describe, expect, it } from "vitest";
import { canonicalJson, eventHash, findFirstBreak, GENESIS_HASH, type ChainedFields } from "./chain";

function chain(count: number) {
  const events: (ChainedFields & { seq: bigint; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const fields: ChainedFields = {
      id: `00000000-0000-4000-8000-00000000000${i}`,
      occurredAt: new Date(Date.UTC(2026, 10, 25, 10, i)),
      action: "RECORD_VIEW",
      outcome: "SUCCESS",
      userId: "u1",
      username: "ae.doctor",
      role: "AE_DOCTOR",
      organisationOds: "R9A",
      patientNhsNumber: "9000000009",
      accessEpisodeId: null,
      detail: { section: "medications", count: i },
      prevHash: prev,
    };
    const hash = eventHash(fields);
    events.push({ ...fields, seq: BigInt(i), hash });
    prev = hash;
  }
  return events;
}

describe("audit hash chain", () => {
  it("canonical JSON ignores key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });

  it("an untouched chain holds", () => {
    expect(findFirstBreak(chain(5))).toBeNull();
  });

  it("names the first event whose content was changed", () => {
    const events = chain(5);
    events[2] = { ...events[2]!, patientNhsNumber: "9912003888" };
    expect(findFirstBreak(events)).toEqual({ seq: "3", id: events[2]!.id, problem: "hash-mismatch" });
  });

  it("detects a deleted event at the link after it", () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(findFirstBreak(events)).toMatchObject({ seq: "3", problem: "prev-hash-mismatch" });
  });

  it("detects a rewritten event even when its own hash was recomputed", () => {
    const events = chain(4);
    const forged = { ...events[1]!, detail: { section: "allergies" } };
    events[1] = { ...forged, hash: eventHash(forged) };
    expect(findFirstBreak(events)).toMatchObject({ seq: "3", problem: "prev-hash-mismatch" });
  });

  it("covers the chain name of an instance's own chain, and hashes main-chain events as before there were chains", () => {
    const [event] = chain(1);
    const { seq: _seq, hash, ...fields } = event!;
    expect(eventHash({ ...fields, chain: "main" })).toBe(hash);
    const onB = eventHash({ ...fields, chain: "instance-b" });
    expect(onB).not.toBe(hash);
    // Moving the event to another chain changes its hash.
    expect(eventHash({ ...fields, chain: "instance-c" })).not.toBe(onB);
  });
});
