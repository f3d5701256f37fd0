// What the routes call: population (synthetic + imported), the trace index and the fault table,
// created once at start-up. Knows nothing about HTTP.

import type { Bundle } from "fhir/r4";
import { isRestrictedPatient } from "../../lib/domain/access/restricted-patient";
import { generateRecord } from "../clinical/generate-record";
import { recordBundle } from "../fhir/build-record";
import {
  findByNhsNumber,
  isRestricted,
  matchesTrace,
  patientResource,
  searchsetBundle,
  trace,
  MAX_TRACE_RESULTS,
  type TraceQuery,
} from "../fhir/build-search";
import { MigError } from "../fhir/errors";
import type { RecordSections } from "../fhir/sections";
import { FaultStore } from "../faults/fault-store";
import type { FaultConfig } from "../faults/fault-config";
import { ImportStore } from "../import/import-store";
import { importedRecordBundle } from "../import/imported-record";
import { populationContext, type ResolvedContext } from "../population/context";
import { demographicsByNhsNumber } from "../population/demographics";
import { dayFromIso } from "../population/days";
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

  searchByNhsNumber(nhsNumber: string): Bundle {
    const imported = this.imports.get(nhsNumber);
    if (imported) return searchsetBundle(isRestrictedPatient(imported.patient) ? [] : [imported.patient]);
    return searchsetBundle(findByNhsNumber(this.ctx, nhsNumber).map(patientResource));
  }

  trace(q: TraceQuery): Bundle {
    const synthetic = trace(this.ctx, this.traceIndex, q)
      .filter((d) => !this.imports.get(d.nhsNumber))
      .map(patientResource);
    const imported = this.imports
      .all()
      .filter((p) => {
        if (isRestrictedPatient(p.patient)) return false;
        const name = p.patient.name?.[0];
        const birth = p.patient.birthDate;
        if (!name?.family || !birth) return false;
        const postcode = p.patient.address?.[0]?.postalCode ?? "";
        return matchesTrace(
          { family: name.family, given: name.given ?? [], birthDay: dayFromIso(birth), address: { line: [], town: "", postcode } },
          q,
        );
      })
      .map((p) => p.patient);
    const all = [...imported, ...synthetic];
    return searchsetBundle(all.slice(0, MAX_TRACE_RESULTS), all.length);
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

  structuredRecord(nhsNumber: string, sections: RecordSections): Bundle {
    const imported = this.imports.get(nhsNumber);
    if (imported) {
      if (isRestrictedPatient(imported.patient)) throw new MigError("PATIENT_NOT_FOUND");
      return importedRecordBundle(imported, sections, dayFromIso(this.ctx.referenceDate));
    }
    const d = demographicsByNhsNumber(this.ctx, nhsNumber);
    if (!d || isRestricted(d)) throw new MigError("PATIENT_NOT_FOUND");
    return recordBundle(d, generateRecord(this.ctx, d), sections, this.ctx.referenceDay);
  }
}
