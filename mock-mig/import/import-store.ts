// Imported patients: one Bundle per file in MIG_IMPORT_DIR, read at start and re-read when the
// directory changes (checked at most once a second), so an import shows up without a restart.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Bundle, FhirResource, Patient } from "fhir/r4";
import type { FhirVersion } from "./fhir-version";
import { IMPORT_VERSION_TAG, nhsNumberOf } from "./group-resources";

export interface ImportedPatient {
  nhsNumber: string;
  patient: Patient;
  bundle: Bundle;
  /** ODS code of the registered practice, for faults; "IMPORTED" when the file does not say. */
  practiceOds: string;
  /** The FHIR version the resources were imported in (and are stored in, unchanged). */
  fhirVersion: FhirVersion;
}

/** The version an imported Bundle was stored in: its import tag, or R4 for files imported before tags existed. */
export function storedFhirVersion(bundle: Bundle): FhirVersion {
  return bundle.meta?.tag?.some((t) => t.system === IMPORT_VERSION_TAG && t.code === "STU3") ? "STU3" : "R4";
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
  return { nhsNumber, patient, bundle, practiceOds: practiceOdsOf(bundle, patient), fhirVersion: storedFhirVersion(bundle) };
}

export const currentFile = (dir: string, nhsNumber: string) => path.join(dir, `${nhsNumber}.json`);
/** Earlier versions of a patient: replaced, removed or restored-over imports, oldest first by name (a timestamp). */
export const previousDir = (dir: string, nhsNumber: string) => path.join(dir, "previous", nhsNumber);

export function isImported(dir: string, nhsNumber: string): boolean {
  return existsSync(currentFile(dir, nhsNumber));
}

export function previousVersions(dir: string, nhsNumber: string): string[] {
  try {
    return readdirSync(previousDir(dir, nhsNumber))
      .filter((n) => n.endsWith(".json"))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Moves the patient's current file into previous/<nhs>/ (never deleted), named `<sequence>-<time>.json` so that
 * names sort in the order versions were set aside, even within one millisecond.
 */
function setAside(dir: string, nhsNumber: string): string | undefined {
  const file = currentFile(dir, nhsNumber);
  if (!existsSync(file)) return undefined;
  const keep = previousDir(dir, nhsNumber);
  mkdirSync(keep, { recursive: true });
  const last = previousVersions(dir, nhsNumber).reduce((max, name) => Math.max(max, Number.parseInt(name, 10) || 0), 0);
  const target = path.join(keep, `${String(last + 1).padStart(6, "0")}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  renameSync(file, target);
  return target;
}

export type WriteOutcome =
  { written: true; file: string; previous?: string } | { written: false; reason: "already-imported"; file: string };

/** Writes a patient's Bundle. An existing import is replaced only with `replace`, and is then kept in previous/. */
export function writeImported(dir: string, nhsNumber: string, bundle: Bundle, options: { replace?: boolean } = {}): WriteOutcome {
  mkdirSync(dir, { recursive: true });
  const file = currentFile(dir, nhsNumber);
  if (existsSync(file) && !options.replace) return { written: false, reason: "already-imported", file };
  const temp = path.join(dir, `.${nhsNumber}.${process.pid}.tmp`);
  writeFileSync(temp, `${JSON.stringify(bundle, null, 2)}\n`);
  const previous = setAside(dir, nhsNumber);
  renameSync(temp, file);
  return { written: true, file, ...(previous ? { previous } : {}) };
}

/** Takes the patient out of the served imports; the file is kept in previous/ so --restore can bring it back. */
export function removeImported(dir: string, nhsNumber: string): string | undefined {
  return setAside(dir, nhsNumber);
}

/**
 * Brings back the most recent previous version. The version it replaces (if any) is set aside first, so a
 * restore can itself be undone by restoring again.
 */
export function restoreImported(dir: string, nhsNumber: string): { restored: string; setAside?: string } | undefined {
  const versions = previousVersions(dir, nhsNumber);
  const latest = versions[versions.length - 1];
  if (!latest) return undefined;
  const source = path.join(previousDir(dir, nhsNumber), latest);
  const aside = setAside(dir, nhsNumber);
  renameSync(source, currentFile(dir, nhsNumber));
  return { restored: latest, ...(aside ? { setAside: aside } : {}) };
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
