// The load benchmark's quick mode (issue 16): `npm run bench -- load` with LOAD_BENCH_QUICK=1 starts its own system on
// the production build (its own ports and embedded database), drives every target for about a second with
// autocannon, runs audit:verify, and writes one well-formed table. Checks that the script works and what it
// writes; it asserts no timings (figures from a quick run on a busy machine mean nothing).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../support/fixtures";

const ROOT = path.resolve(__dirname, "../..");
const OUTPUT = path.join(ROOT, ".data", "bench-load-quick.md");

test("the load benchmark's quick mode runs and writes one well-formed table", async () => {
  test.setTimeout(300_000);
  rmSync(OUTPUT, { force: true });
  // Ports of its own, next to the suite's (E2E_PORT / E2E_MIG_PORT), so it never meets the suite's servers.
  const port = Number(process.env.E2E_PORT ?? 3100) + 7;
  const migPort = Number(process.env.E2E_MIG_PORT ?? 4110) + 7;
  const run = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["bench/run.ts", "load"], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOAD_BENCH_QUICK: "1",
      BENCH_OUTPUT: OUTPUT,
      LOAD_BENCH_PORT: String(port),
      LOAD_BENCH_MIG_PORT: String(migPort),
    },
    encoding: "utf8",
    timeout: 280_000,
  });
  expect(run.status, `${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`).toBe(0);
  expect(existsSync(OUTPUT)).toBe(true);

  const doc = readFileSync(OUTPUT, "utf8");
  const sections = doc.split(/^(?=## )/m).slice(1);
  expect(sections).toHaveLength(1);
  expect(sections[0]).toMatch(/^## Load \(quick mode\)\n/);
  const table = doc.split("\n").filter((line) => line.startsWith("|"));
  expect(table[0]).toBe("| measure | result | target | met |");
  expect(table[1]).toBe("| --- | --- | --- | --- |");
  const rows = table.slice(2).map((line) => line.slice(1, -1).split(" | "));
  for (const row of rows) expect(row, `four cells: ${row.join(" | ")}`).toHaveLength(4);
  const metrics = rows.map((r) => r[0]!.trim());
  for (const c of [1, 2])
    for (const what of [
      "Summary API",
      "Medications API",
      "gateway direct, Summary's sections",
      "gateway direct, Medications' sections",
      "trivial app route",
    ])
      expect(
        metrics.some((m) => m.startsWith(`PGlite, c=${c}: ${what}`)),
        `${what} at c=${c}`,
      ).toBe(true);
  // Every measured row says how many requests it made and how many failed; the quick run had no failures.
  const measured = rows.filter((r) => / errors \(\d+\)$/.test(r[1]!.trim()));
  expect(measured.length).toBeGreaterThanOrEqual(13);
  for (const r of measured) expect(r[1], r[0]).toMatch(/ 0 errors \([1-9]\d*\)$/);
  expect(metrics.some((m) => m.includes("300 ms at the practice: opening the record page"))).toBe(true);
  const verify = rows.find((r) => r[0]!.includes("audit:verify"));
  expect(verify?.[1]).toMatch(/intact/);
  expect(verify?.[3]?.trim()).toBe("yes");
});
