// npm run safety:report — writes docs/clinical-safety/safety-case-report.md from the hazard log and the JSON results
// of the latest test run (written by `npm test`: Vitest's json reporter and Playwright's json reporter, see
// scripts/test-all.sh and playwright.config.ts). A missing result file is said, and its tests are "not run".
import fs from "node:fs";
import path from "node:path";
import { findEvidenceTags, readHazardLog } from "../lib/clinical-safety/evidence";
import { buildSafetyReport, readPlaywrightJson, readVitestJson, type RunResults } from "../lib/clinical-safety/report";

const ROOT = path.resolve(__dirname, "..");
export const RESULT_FILES = {
  vitestUnit: ".data/test-results/vitest-unit.json",
  vitestIntegration: ".data/test-results/vitest-integration.json",
  playwright: ".data/test-results/playwright.json",
};

const runs: RunResults[] = [];
const missing: string[] = [];
for (const [kind, file] of Object.entries(RESULT_FILES)) {
  const full = path.join(ROOT, file);
  if (!fs.existsSync(full)) {
    missing.push(file);
    continue;
  }
  const json: unknown = JSON.parse(fs.readFileSync(full, "utf8"));
  runs.push(kind === "playwright" ? readPlaywrightJson(file, json) : readVitestJson(file, json));
}

const out = path.join(ROOT, "docs/clinical-safety/safety-case-report.md");
fs.writeFileSync(out, buildSafetyReport(readHazardLog(ROOT), findEvidenceTags(ROOT), runs, missing, new Date()));
console.log(
  `Wrote ${path.relative(ROOT, out)} from ${runs.length} result file(s)${missing.length ? `; not found: ${missing.join(", ")}` : ""}.`,
);
