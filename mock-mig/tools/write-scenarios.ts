// Writes mock-mig/scenarios.json from population/scenarios.ts and rewrites the demo patient table in
// mock-mig/README.md and the project README.md between their markers. A unit test fails if either is out of date.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nhsNumberOfIndex } from "../population/nhs-index";
import { SCENARIOS } from "../population/scenarios";
import { formatNhsNumber } from "../../lib/domain/nhs-number";

export interface ScenarioEntry {
  nhsNumber: string;
  name: string;
  demonstrates: string[];
}

export function scenarioEntries(): ScenarioEntry[] {
  return SCENARIOS.map((s) => ({
    nhsNumber: nhsNumberOfIndex(s.index),
    name: `${s.family.toUpperCase()}, ${s.given.join(" ")} (${s.prefix})`,
    demonstrates: s.demonstrates,
  }));
}

export function scenariosJson(): string {
  return `${JSON.stringify(scenarioEntries(), null, 2)}\n`;
}

export function readmeTable(): string {
  const rows = scenarioEntries().map(
    (e) => `| ${formatNhsNumber(e.nhsNumber)} (\`${e.nhsNumber}\`) | ${e.name} | ${e.demonstrates.join("; ")} |`,
  );
  return ["| NHS number | name | demonstrates |", "| --- | --- | --- |", ...rows].join("\n");
}

export function withTable(readme: string): string {
  return readme.replace(
    /<!-- scenarios:start -->[\s\S]*<!-- scenarios:end -->/,
    `<!-- scenarios:start -->\n${readmeTable()}\n<!-- scenarios:end -->`,
  );
}

if (require.main === module) {
  const dir = path.join(__dirname, "..");
  writeFileSync(path.join(dir, "scenarios.json"), scenariosJson());
  // The mock MIG's README and the project README carry the same table.
  for (const readmePath of [path.join(dir, "README.md"), path.join(dir, "..", "README.md")]) {
    writeFileSync(readmePath, withTable(readFileSync(readmePath, "utf8")));
  }
  console.log("wrote scenarios.json and both README tables");
}
