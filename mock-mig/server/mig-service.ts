// What the routes call: population (synthetic + imported), the trace index and the fault table,
// created once at start-up. Knows nothing about HTTP.

import type { Bundle } from "fhir/r4";
import { isRestrictedPatient } from "../../lib/domain/access/restricted-patient";
import { generateRecord } from "../clinical/generate-record";
import { recordBundle } from "../fhir/build-record";
import {
  findByNhsNumber,
  isRestricted,
  matchTrace,
  patientResource,
  searchsetBundle,
  trace,
  MAX_TRACE_RESULTS,
  type TraceQuery,
} from "../fhir/build-search";
import { buildPracticeOrganization } from "../fhir/build-people";
import { MigError } from "../fhir/errors";
import type { RecordSections } from "../fhir/sections";
import { FaultStore } from "../faults/fault-store";
import type { FaultConfig } from "../faults/fault-config";
import { ImportStore } from "../import/import-store";
import { importedRecordBundle } from "../import/imported-record";
import { importedPractice } from "../import/imported-practice";
import { populationContext, type ResolvedContext } from "../population/context";
import { demographicsByNhsNumber } from "../population/demographics";
import { dayFromIso, isoDate } from "../population/days";
import { hashString } from "../population/prng";
import { FHIR_BASE, SYSTEMS } from "../fhir/systems";
import { buildTraceIndex, type TraceIndex } from "../population/trace-index";

export interface MigServiceOptions {
  seed: string;
  referenceDate: string;
  importDir: string;
  faults: FaultConfig;
  onWarning?: (message: string) => void;
}

export class MigService {
  readonly ctx: ResolvedContext;
  readonly traceIndex: TraceIndex;
  readonly faults: FaultStore;
  readonly imports: ImportStore;

  constructor(options: MigServiceOptions) {
    this.ctx = populationContext({ seed: options.seed, referenceDate: options.referenceDate });
    this.traceIndex = buildTraceIndex(this.ctx);
    this.faults = new FaultStore(options.faults);
    this.imports = new ImportStore(options.importDir, options.onWarning);
  }

  searchByNhsNumber(nhsNumber: string, includePractice = false): Bundle {
    const imported = this.imports.get(nhsNumber);
    if (imported) {
      if (isRestrictedPatient(imported.patient)) return searchsetBundle([], 0);
      // The practice as the file or the gateway's directory names it; a code neither knows stays a code.
      const practice = includePractice ? importedPractice(imported.bundle, imported.patient)?.organization : undefined;
      return searchsetBundle([{ patient: imported.patient }], 1, practice ? [practice] : []);
    }
    const found = findByNhsNumber(this.ctx, nhsNumber);
    return searchsetBundle(
      found.map((d) => ({ patient: patientResource(d) })),
      found.length,
      includePractice ? found.map((d) => buildPracticeOrganization(d.practice)) : [],
    );
  }

  trace(q: TraceQuery, includePractice = false, count = MAX_TRACE_RESULTS): Bundle {
    const synthetic = trace(this.ctx, this.traceIndex, q).filter(({ demographics }) => !this.imports.get(demographics.nhsNumber));
    const imported = this.imports.all().flatMap((p) => {
      if (isRestrictedPatient(p.patient)) return [];
      const name = p.patient.name?.[0];
      const birth = p.patient.birthDate;
      if (!name?.family || !birth) return [];
      const gender = p.patient.gender === "male" || p.patient.gender === "female" ? p.patient.gender : undefined;
      const match = matchTrace(
        {
          family: name.family,
          given: name.given ?? [],
          birthDay: dayFromIso(birth),
          sex: gender,
          postcode: p.patient.address?.[0]?.postalCode ?? "",
        },
        q,
      );
      return match
        ? [{ patient: () => p.patient, score: match.score, practice: () => importedPractice(p.bundle, p.patient)?.organization }]
        : [];
    });
    const all = [
      ...imported,
      ...synthetic.map(({ demographics, match }) => ({
        patient: () => patientResource(demographics),
        score: match.score,
        practice: () => buildPracticeOrganization(demographics.practice),
      })),
    ].sort((a, b) => b.score - a.score);
    // Resources only for those sent: a broad trace can match thousands.
    const sent = all.slice(0, Math.min(count, MAX_TRACE_RESULTS));
    const practices = includePractice ? sent.flatMap(({ practice }) => practice() ?? []) : [];
    return searchsetBundle(
      sent.map(({ patient, score }) => ({ patient: patient(), score })),
      all.length,
      practices,
    );
  }

  /**
   * A record asked for with consent_to_view "deceased-patient" is refused unless the patient has died (synthetic
   * or imported), like a record asked for without consent.
   */
  assertConsentFits(nhsNumber: string, consent: string): void {
    if (consent !== "deceased-patient") return;
    const imported = this.imports.get(nhsNumber);
    const deceased = imported
      ? Boolean(imported.patient.deceasedDateTime) || imported.patient.deceasedBoolean === true
      : demographicsByNhsNumber(this.ctx, nhsNumber)?.deathDay !== undefined;
    if (!deceased) throw new MigError("NO_PATIENT_CONSENT", "consent_to_view deceased-patient is for a patient who has died");
  }

  /** The patient's practice ODS code (for faults), or a not-found error. */
  practiceOf(nhsNumber: string): string {
    const imported = this.imports.get(nhsNumber);
    if (imported) {
      if (isRestrictedPatient(imported.patient)) throw new MigError("PATIENT_NOT_FOUND");
      return imported.practiceOds;
    }
    const d = demographicsByNhsNumber(this.ctx, nhsNumber);
    if (!d || isRestricted(d)) throw new MigError("PATIENT_NOT_FOUND");
    return d.practice.odsCode;
  }

  /**
   * The central summary: allergies (active) and medication without issues, from the same synthetic record, with the
   * date it was last updated (one to four weeks before the reference date, fixed per patient) on Bundle.meta and a
   * tag saying what it is. Never subject to practice faults.
   */
  centralSummary(nhsNumber: string, allergiesOnly = false): Bundle {
    const sections: RecordSections = allergiesOnly
      ? { allergies: { includeResolved: false } }
      : { allergies: { includeResolved: false }, medication: { includeIssues: false } };
    const bundle = this.structuredRecord(nhsNumber, sections);
    const lastUpdated = isoDate(this.ctx.referenceDay - 7 - (hashString(nhsNumber) % 22));
    return {
      ...bundle,
      meta: {
        lastUpdated: `${lastUpdated}T09:00:00+00:00`,
        tag: [{ system: SYSTEMS.recordSource, code: "central-summary", display: "Central summary (not the live GP record)" }],
      },
    };
  }

  structuredRecord(nhsNumber: string, sections: RecordSections): Bundle {
    const imported = this.imports.get(nhsNumber);
    if (imported) {
      if (isRestrictedPatient(imported.patient)) throw new MigError("PATIENT_NOT_FOUND");
      const bundle = importedRecordBundle(imported, sections, dayFromIso(this.ctx.referenceDate));
      // A practice the file gives only by ODS code, and the gateway's directory knows: its Organization comes too.
      const practice = importedPractice(imported.bundle, imported.patient);
      if (practice?.from === "directory")
        bundle.entry = [
          ...(bundle.entry ?? []),
          { fullUrl: `${FHIR_BASE}/Organization/${practice.organization.id ?? ""}`, resource: practice.organization },
        ];
      return bundle;
    }
    const d = demographicsByNhsNumber(this.ctx, nhsNumber);
    if (!d || isRestricted(d)) throw new MigError("PATIENT_NOT_FOUND");
    return recordBundle(d, generateRecord(this.ctx, d), sections, this.ctx.referenceDay);
  }
}
