import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildStructuredRecord } from "../fhir/build-record";
import { ALL_SECTIONS } from "../fhir/sections";
import { nhsNumberOfIndex } from "./nhs-index";
import { populationContext } from "./context";
import { buildTraceIndex } from "./trace-index";
import { sampleDigest } from "../tools/sample-digest";

describe("determinism", () => {
  it("gives byte-identical records for the same seed, different ones for another seed", () => {
    const nhs = nhsNumberOfIndex(424_242);
    const a = JSON.stringify(buildStructuredRecord(nhs, ALL_SECTIONS, { seed: "alpha" }));
    const b = JSON.stringify(buildStructuredRecord(nhs, ALL_SECTIONS, { seed: "alpha" }));
    const c = JSON.stringify(buildStructuredRecord(nhs, ALL_SECTIONS, { seed: "beta" }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("gives the same output in a separate process (two runs, same seed)", () => {
    const here = sampleDigest("run-twice", 150);
    const root = path.resolve(__dirname, "../..");
    const out = execFileSync(process.execPath, ["--import", "tsx", "mock-mig/tools/sample-digest.ts", "run-twice", "150"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(out.trim()).toBe(here);
  });

  it("builds the same trace index twice", () => {
    const ctx = populationContext({ seed: "alpha" });
    const h = (x: Uint32Array) => createHash("sha256").update(x).digest("hex");
    const one = buildTraceIndex(ctx);
    const two = buildTraceIndex(ctx);
    expect(h(one.entries)).toBe(h(two.entries));
    expect(h(new Uint32Array(one.birthDays.buffer))).toBe(h(new Uint32Array(two.birthDays.buffer)));
  }, 30_000);
});
