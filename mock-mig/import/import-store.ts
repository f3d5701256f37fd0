// Imported patients: one Bundle per file in MIG_IMPORT_DIR, read at start and re-read when the
// directory changes (checked at most once a second), so an import shows up without a restart.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Bundle, FhirResource, Patient } from "fhir/r4";
import { nhsNumberOf } from "./group-resources";

export interface ImportedPatient {
  nhsNumber: string;
  patient: Patient;
  bundle: Bundle;
  /** ODS code of the registered practice, for faults; "IMPORTED" when the file does not say. */
  practiceOds: string;
}

function practiceOdsOf(bundle: Bundle, patient: Patient): string {
  const gp = patient.generalPractitioner?.[0];
  const direct = gp?.identifier?.value;
  if (direct) return direct;
  const target = bundle.entry?.find(
    (e) => gp?.reference && (e.fullUrl === gp.reference || `${e.resource?.resourceType}/${e.resource?.id}` === gp.reference),
  )?.resource as FhirResource | undefined;
  if (target?.resourceType === "Organization")
    return target.identifier?.find((i) => i.system?.endsWith("ods-organization-code"))?.value ?? "IMPORTED";
  return "IMPORTED";
}

export function readImported(file: string): ImportedPatient | null {
  const bundle = JSON.parse(readFileSync(file, "utf8")) as Bundle;
  const patient = bundle.entry?.find((e) => e.resource?.resourceType === "Patient")?.resource as Patient | undefined;
  const nhsNumber = patient ? nhsNumberOf(patient) : undefined;
  if (!patient || !nhsNumber) return null;
  return { nhsNumber, patient, bundle, practiceOds: practiceOdsOf(bundle, patient) };
}

export function writeImported(dir: string, nhsNumber: string, bundle: Bundle): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${nhsNumber}.json`);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(bundle, null, 2)}\n`);
  renameSync(temp, file);
  return file;
}

export function removeImported(dir: string, nhsNumber: string): boolean {
  const file = path.join(dir, `${nhsNumber}.json`);
  try {
    rmSync(file);
    return true;
  } catch {
    return false;
  }
}

export class ImportStore {
  private patients = new Map<string, ImportedPatient>();
  private lastCheck = 0;
  private lastMtime = -1;
  constructor(
    private readonly dir: string,
    private readonly onError: (message: string) => void = () => {},
  ) {
    this.reload();
  }

  private reload(): void {
    const next = new Map<string, ImportedPatient>();
    let names: string[] = [];
    try {
      this.lastMtime = statSync(this.dir).mtimeMs;
      names = readdirSync(this.dir).filter((n) => n.endsWith(".json"));
    } catch {
      this.lastMtime = 0;
    }
    for (const name of names) {
      try {
        const p = readImported(path.join(this.dir, name));
        if (p) next.set(p.nhsNumber, p);
      } catch {
        this.onError(`could not read import file ${name}`);
      }
    }
    this.patients = next;
  }

  private refresh(): void {
    const now = Date.now();
    if (now - this.lastCheck < 1000) return;
    this.lastCheck = now;
    let mtime = 0;
    try {
      mtime = statSync(this.dir).mtimeMs;
    } catch {
      mtime = 0;
    }
    if (mtime !== this.lastMtime) this.reload();
  }

  get(nhsNumber: string): ImportedPatient | undefined {
    this.refresh();
    return this.patients.get(nhsNumber);
  }

  all(): ImportedPatient[] {
    this.refresh();
    return [...this.patients.values()];
  }
}
