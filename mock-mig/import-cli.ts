// npm run mig:import -- FILE... [--replace] [--fhir-version R4|STU3] [--dir DIR] | --list | --remove NHS | --restore NHS
// Loads FHIR R4 or STU3 JSON (Bundles, resources, arrays) as additional patients the mock MIG serves, and says
// exactly what it did. Exit codes: mock-mig/import/run-import.ts (EXIT) and mock-mig/README.md ("Import").

import path from "node:path";
import { ImportStore, previousVersions, removeImported, restoreImported } from "./import/import-store";
import { describeReport, EXIT, importFiles, type ExitCode } from "./import/run-import";

export { importFiles } from "./import/run-import";

const USAGE = [
  "usage: npm run mig:import -- FILE... [--replace] [--fhir-version R4|STU3] [--dir DIR]",
  "       npm run mig:import -- --list | --remove NHS_NUMBER | --restore NHS_NUMBER [--dir DIR]",
].join("\n");

function take(args: string[], flag: string): { value?: string; rest: string[]; missing: boolean } {
  const i = args.indexOf(flag);
  if (i < 0) return { rest: args, missing: false };
  const value = args[i + 1];
  return { ...(value !== undefined ? { value } : {}), rest: args.filter((_, k) => k !== i && k !== i + 1), missing: value === undefined };
}

export function main(argv: string[], log = console.log, warn = console.error): ExitCode {
  const dirArg = take(argv, "--dir");
  const versionArg = take(dirArg.rest, "--fhir-version");
  const replace = versionArg.rest.includes("--replace");
  const args = versionArg.rest.filter((a) => a !== "--replace");
  if (dirArg.missing || versionArg.missing || (versionArg.value && versionArg.value !== "R4" && versionArg.value !== "STU3")) {
    warn(`${USAGE}\n(--dir needs a folder; --fhir-version is R4 or STU3)`);
    return EXIT.usage;
  }
  const dir = path.resolve(dirArg.value ?? process.env.MIG_IMPORT_DIR ?? "./.data/mig-imports");
  if (args[0] === "--list") {
    for (const p of new ImportStore(dir).all()) {
      const kept = previousVersions(dir, p.nhsNumber).length;
      log(
        `${p.nhsNumber}  FHIR ${p.fhirVersion}  ${p.bundle.entry?.length ?? 0} resources  practice ${p.practiceOds}  ${kept} previous version(s)`,
      );
    }
    return EXIT.ok;
  }
  if (args[0] === "--remove" || args[0] === "--restore") {
    const nhs = args[1];
    if (!nhs || args.length !== 2) {
      warn(USAGE);
      return EXIT.usage;
    }
    if (args[0] === "--remove") {
      const kept = removeImported(dir, nhs);
      if (!kept) warn(`${nhs} is not imported in ${dir}; nothing removed`);
      else log(`removed ${nhs}; kept as ${kept} (npm run mig:import -- --restore ${nhs} brings it back)`);
      return kept ? EXIT.ok : EXIT.nothingImported;
    }
    const restored = restoreImported(dir, nhs);
    if (!restored) warn(`${nhs} has no previous version in ${dir}; nothing restored`);
    else
      log(
        `restored ${nhs} from ${restored.restored}${restored.setAside ? `; the version it replaced is kept as ${restored.setAside}` : ""}`,
      );
    return restored ? EXIT.ok : EXIT.nothingImported;
  }
  if (args.length === 0 || args.some((a) => a.startsWith("--"))) {
    warn(USAGE);
    return EXIT.usage;
  }
  const { reports, exit } = importFiles(args, dir, {
    replace,
    ...(versionArg.value ? { fhirVersion: versionArg.value as "R4" | "STU3" } : {}),
  });
  for (const report of reports) {
    const { out, err } = describeReport(report);
    out.forEach((line) => log(line));
    err.forEach((line) => warn(line));
  }
  const meaning: Record<ExitCode, string> = {
    0: "everything imported",
    1: "nothing imported from at least one file",
    2: "usage",
    3: "imported, with entries dropped or references unresolved (listed above)",
    4: "a patient was already imported and left as it was (use --replace)",
    5: "the file says it is both R4 and STU3 (use --fhir-version)",
  };
  (exit === EXIT.ok ? log : warn)(`exit ${exit}: ${meaning[exit]}`);
  return exit;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
