// One import run: files → per-patient Bundles written to the import folder, and a report a person can act on:
// what was imported, each entry dropped or not linked (by position and why), each reference that does not
// resolve, each patient refused because it is already imported. The exit code says the worst thing that happened.

import { readFileSync } from "node:fs";
import type { FhirVersion } from "./fhir-version";
import { groupByPatient, type ImportProblem } from "./group-resources";
import { writeImported } from "./import-store";

/** Exit codes of `npm run mig:import` (documented in mock-mig/README.md, "Import"). */
export const EXIT = {
  /** Everything in every file was imported. */
  ok: 0,
  /** Nothing was imported from a file: not readable, not JSON, no Patient, or no patient with a valid NHS number. */
  nothingImported: 1,
  /** The command line is wrong. */
  usage: 2,
  /** Imported, but entries were dropped or not linked to a patient, or references do not resolve: read the report. */
  partial: 3,
  /** A patient is already imported and --replace was not given: that patient was left as it was. */
  refused: 4,
  /** The file says it is both R4 and STU3: nothing imported; say which with --fhir-version. */
  versionConflict: 5,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Which exit code wins when a run has several outcomes (first in this list). */
const PRECEDENCE: ExitCode[] = [EXIT.versionConflict, EXIT.nothingImported, EXIT.refused, EXIT.partial, EXIT.ok];

export interface ImportedPatientReport {
  nhsNumber: string;
  file: string;
  resources: number;
  fhirVersion: FhirVersion;
  /** Where the version it replaced was kept (with --replace). */
  previous?: string;
}

export interface FileReport {
  file: string;
  fhirVersion?: FhirVersion;
  versionHow?: string;
  entries: number;
  imported: ImportedPatientReport[];
  refused: { nhsNumber: string; message: string }[];
  problems: ImportProblem[];
  exit: ExitCode;
}

export interface ImportOptions {
  replace?: boolean;
  fhirVersion?: FhirVersion;
}

function worst(codes: ExitCode[]): ExitCode {
  return PRECEDENCE.find((c) => codes.includes(c)) ?? EXIT.ok;
}

export function importFile(file: string, dir: string, options: ImportOptions = {}): FileReport {
  const report: FileReport = { file, entries: 0, imported: [], refused: [], problems: [], exit: EXIT.ok };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    report.problems.push({ kind: "dropped", position: "file", message: `not readable JSON (${why})` });
    return { ...report, exit: EXIT.nothingImported };
  }
  const grouped = groupByPatient(json, options.fhirVersion ? { fhirVersion: options.fhirVersion } : {});
  report.problems.push(...grouped.problems);
  if (!grouped.ok) {
    if (grouped.reason === "version-conflict") {
      const r4 = grouped.signals.filter((s) => s.version === "R4").slice(0, 3);
      const stu3 = grouped.signals.filter((s) => s.version === "STU3").slice(0, 3);
      report.problems.push({
        kind: "note",
        position: "file",
        message: `the file says it is both R4 (${r4.map((s) => `${s.position}: ${s.why}`).join("; ")}) and STU3 (${stu3
          .map((s) => `${s.position}: ${s.why}`)
          .join("; ")}); nothing imported. Fix the file, or say which it is with --fhir-version R4|STU3`,
      });
      return { ...report, exit: EXIT.versionConflict };
    }
    return { ...report, entries: grouped.entries, exit: EXIT.nothingImported };
  }
  report.fhirVersion = grouped.version;
  report.versionHow = grouped.versionHow;
  report.entries = grouped.entries;
  for (const p of grouped.patients) {
    const outcome = writeImported(dir, p.nhsNumber, p.bundle, { replace: options.replace ?? false });
    if (!outcome.written) {
      report.refused.push({
        nhsNumber: p.nhsNumber,
        message: `${p.nhsNumber} is already imported (${outcome.file}); left as it was. Re-run with --replace to replace it (the current version is kept and --restore ${p.nhsNumber} brings it back)`,
      });
      continue;
    }
    report.imported.push({
      nhsNumber: p.nhsNumber,
      file: outcome.file,
      resources: p.kept,
      fhirVersion: grouped.version,
      ...(outcome.previous ? { previous: outcome.previous } : {}),
    });
  }
  const codes: ExitCode[] = [];
  if (report.imported.length === 0 && report.refused.length === 0) codes.push(EXIT.nothingImported);
  if (report.refused.length > 0) codes.push(EXIT.refused);
  if (report.problems.some((p) => p.kind !== "note")) codes.push(EXIT.partial);
  return { ...report, exit: worst(codes) };
}

export function importFiles(files: string[], dir: string, options: ImportOptions = {}): { reports: FileReport[]; exit: ExitCode } {
  const reports = files.map((f) => importFile(f, dir, options));
  return { reports, exit: worst(reports.map((r) => r.exit)) };
}

/** The report as lines for a person: stdout for what was done, stderr for what was not. */
export function describeReport(report: FileReport): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  if (report.fhirVersion) out.push(`${report.file}: FHIR ${report.fhirVersion} (${report.versionHow ?? ""}), ${report.entries} entries`);
  for (const i of report.imported)
    out.push(
      `imported ${i.nhsNumber}: ${i.resources} resources as FHIR ${i.fhirVersion} → ${i.file}${i.previous ? ` (replaced; previous version kept as ${i.previous})` : ""}`,
    );
  for (const r of report.refused) err.push(`refused: ${r.message}`);
  for (const p of report.problems) {
    const what = { dropped: "dropped", "unresolved-reference": "unresolved reference", "not-linked": "not imported", note: "note" }[p.kind];
    // Notes go with what was done; when nothing was, everything goes to stderr (what a failed run prints).
    (p.kind === "note" && report.imported.length > 0 ? out : err).push(`${what} ${p.position}: ${p.message}`);
  }
  return { out, err };
}
