// npm run mig:import -- FILE... [--dir DIR] | --list | --remove NHS
// Loads FHIR R4 JSON (Bundles, resources, arrays) as additional patients the mock MIG serves.

import { readFileSync } from "node:fs";
import path from "node:path";
import { groupByPatient, nhsNumberOf } from "./import/group-resources";
import { ImportStore, removeImported, writeImported } from "./import/import-store";
import type { Patient } from "fhir/r4";

export interface ImportResult {
  imported: { nhsNumber: string; file: string; resources: number }[];
  problems: string[];
}

export function importFiles(files: string[], dir: string): ImportResult {
  const result: ImportResult = { imported: [], problems: [] };
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      result.problems.push(`${file}: not readable JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const { bundles, problems } = groupByPatient(json);
    result.problems.push(...problems.map((p) => `${file}: ${p.message}`));
    for (const bundle of bundles) {
      const patient = bundle.entry?.[0]?.resource as Patient;
      const nhsNumber = nhsNumberOf(patient) ?? "";
      result.imported.push({ nhsNumber, file: writeImported(dir, nhsNumber, bundle), resources: bundle.entry?.length ?? 0 });
    }
  }
  return result;
}

function main(argv: string[]): number {
  const dirFlag = argv.indexOf("--dir");
  const dir = path.resolve(dirFlag >= 0 ? (argv[dirFlag + 1] ?? "") : (process.env.MIG_IMPORT_DIR ?? "./.data/mig-imports"));
  const args = dirFlag >= 0 ? argv.filter((_, i) => i !== dirFlag && i !== dirFlag + 1) : argv;
  if (args[0] === "--list") {
    for (const p of new ImportStore(dir).all())
      console.log(`${p.nhsNumber}  ${p.bundle.entry?.length ?? 0} resources  practice ${p.practiceOds}`);
    return 0;
  }
  if (args[0] === "--remove") {
    const ok = removeImported(dir, args[1] ?? "");
    console.log(ok ? "removed" : "not found");
    return ok ? 0 : 1;
  }
  if (args.length === 0) {
    console.error("usage: npm run mig:import -- FILE... [--dir DIR] | --list | --remove NHS_NUMBER");
    return 2;
  }
  const result = importFiles(args, dir);
  for (const i of result.imported) console.log(`imported ${i.nhsNumber}: ${i.resources} resources → ${i.file}`);
  for (const p of result.problems) console.error(`problem: ${p}`);
  return result.imported.length > 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
