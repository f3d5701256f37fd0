import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDecision, builtAt, newestSource } from "./build-staleness";

describe("npm start: build or serve the last build", () => {
  const src = (mtimeMs: number) => ({ file: "lib/x.ts", mtimeMs });

  it("builds when asked, when there is no build, or when a source is newer than the build", () => {
    expect(buildDecision({ rebuild: true, builtAt: 2000, newestSource: src(1000) })).toEqual({ build: true, reason: "REBUILD=1" });
    expect(buildDecision({ rebuild: false, builtAt: null, newestSource: src(1000) }).build).toBe(true);
    expect(buildDecision({ rebuild: false, builtAt: 2000, newestSource: src(3000) })).toEqual({
      build: true,
      reason: "lib/x.ts is newer than the build",
    });
  });

  it("serves the last build when every source is older than it", () => {
    expect(buildDecision({ rebuild: false, builtAt: 2000, newestSource: src(1000) })).toEqual({
      build: false,
      reason: "the build is up to date",
    });
    expect(buildDecision({ rebuild: false, builtAt: 2000, newestSource: null }).build).toBe(false);
  });

  it("finds the newest source file, ignoring tests, generated registries and node_modules; reads the build's time", () => {
    const root = mkdtempSync(path.join(tmpdir(), "staleness-"));
    const at = (rel: string, seconds: number) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), "x");
      utimesSync(path.join(root, rel), seconds, seconds);
    };
    at("lib/a.ts", 1000);
    at("app/page.tsx", 2000);
    at("lib/a.test.ts", 9000);
    at("lib/record/sections.generated.ts", 9000);
    at("lib/node_modules/x.js", 9000);
    at("package.json", 1500);
    expect(newestSource(root)).toEqual({ file: path.join("app", "page.tsx"), mtimeMs: 2_000_000 });
    expect(builtAt(root)).toBeNull();
    at(".next/BUILD_ID", 3000);
    expect(builtAt(root)).toBe(3_000_000);
    expect(buildDecision({ rebuild: false, builtAt: builtAt(root), newestSource: newestSource(root) }).build).toBe(false);
    at("components/new.tsx", 4000);
    expect(buildDecision({ rebuild: false, builtAt: builtAt(root), newestSource: newestSource(root) })).toMatchObject({ build: true });
  });
});
