// Parameters → RecordSections, following GP Connect Access Record Structured parameter names.
// Validation with zod; any problem becomes INVALID_PARAMETER / INVALID_RESOURCE / INVALID_NHS_NUMBER.

import { z } from "zod";
import { isValidNhsNumber } from "../../lib/domain/nhs-number";
import { MigError } from "./errors";
import type { Period, RecordSections } from "./sections";
import { SYSTEMS } from "./systems";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const period = z.object({ start: date.optional(), end: date.optional() }).strict();
const part = z.object({ name: z.string() }).catchall(z.unknown());
const parameter = z.object({ name: z.string(), part: z.array(part).optional() }).catchall(z.unknown());
const parametersResource = z.object({ resourceType: z.literal("Parameters"), parameter: z.array(parameter).min(1) }).passthrough();

type Part = z.infer<typeof part>;

const PART_SCHEMAS = {
  includeAllergies: { includeResolvedAllergies: ["valueBoolean", z.boolean()] },
  includeMedication: { medicationSearchFromDate: ["valueDate", date], includePrescriptionIssues: ["valueBoolean", z.boolean()] },
  includeProblems: {
    filterStatus: ["valueCode", z.enum(["active", "inactive"])],
    filterSignificance: ["valueCode", z.enum(["major", "minor"])],
  },
  includeConsultations: {
    consultationSearchPeriod: ["valuePeriod", period],
    includeNumberOfMostRecent: ["valuePositiveInt", z.number().int().positive()],
  },
  includeImmunisations: {},
  includeUncategorisedData: { uncategorisedDataSearchPeriod: ["valuePeriod", period] },
  includeInvestigations: {},
  includeReferrals: {},
  includeEndOfLife: {},
  includeRisksAndWarnings: {},
} as const satisfies Record<string, Record<string, readonly [string, z.ZodType]>>;

type ParamName = keyof typeof PART_SCHEMAS;

function readParts(name: ParamName, parts: Part[]): Record<string, unknown> {
  const allowed: Record<string, readonly [string, z.ZodType]> = PART_SCHEMAS[name];
  const out: Record<string, unknown> = {};
  for (const p of parts) {
    const spec = allowed[p.name];
    if (!spec) throw new MigError("INVALID_PARAMETER", `Unknown part ${p.name} of ${name}`);
    const [key, schema] = spec;
    const parsed = schema.safeParse(p[key]);
    if (!parsed.success) throw new MigError("INVALID_PARAMETER", `${name}.${p.name} needs a valid ${key}`);
    out[p.name] = parsed.data;
  }
  return out;
}

function checkPeriod(p: Period | undefined, label: string): Period | undefined {
  if (p?.start && p.end && p.start > p.end) throw new MigError("INVALID_PARAMETER", `${label} starts after it ends`);
  return p;
}

export function parseStructuredRecordParameters(body: unknown, referenceDate: string): { nhsNumber: string; sections: RecordSections } {
  const parsed = parametersResource.safeParse(body);
  if (!parsed.success)
    throw new MigError("INVALID_RESOURCE", "The request body must be a FHIR Parameters resource with at least one parameter");
  let nhsNumber: string | undefined;
  const sections: RecordSections = {};
  const seen = new Set<string>();
  for (const param of parsed.data.parameter) {
    if (seen.has(param.name)) throw new MigError("INVALID_PARAMETER", `Parameter ${param.name} given more than once`);
    seen.add(param.name);
    if (param.name === "patientNHSNumber") {
      const id = z.object({ system: z.string(), value: z.string() }).safeParse(param["valueIdentifier"]);
      if (!id.success) throw new MigError("INVALID_PARAMETER", "patientNHSNumber needs a valueIdentifier");
      if (id.data.system !== SYSTEMS.nhsNumber)
        throw new MigError("INVALID_IDENTIFIER_SYSTEM", `patientNHSNumber system must be ${SYSTEMS.nhsNumber}`);
      if (!isValidNhsNumber(id.data.value)) throw new MigError("INVALID_NHS_NUMBER", "patientNHSNumber is not a valid NHS number");
      nhsNumber = id.data.value;
      continue;
    }
    if (!(param.name in PART_SCHEMAS)) throw new MigError("INVALID_PARAMETER", `Unknown parameter ${param.name}`);
    const name = param.name as ParamName;
    const parts = readParts(name, param.part ?? []);
    switch (name) {
      case "includeAllergies":
        if (typeof parts["includeResolvedAllergies"] !== "boolean")
          throw new MigError("INVALID_PARAMETER", "includeAllergies needs includeResolvedAllergies");
        sections.allergies = { includeResolved: parts["includeResolvedAllergies"] };
        break;
      case "includeMedication": {
        const from = parts["medicationSearchFromDate"] as string | undefined;
        if (from && from > referenceDate) throw new MigError("INVALID_PARAMETER", "medicationSearchFromDate is in the future");
        sections.medication = {
          includeIssues: (parts["includePrescriptionIssues"] as boolean | undefined) ?? true,
          ...(from ? { fromDate: from } : {}),
        };
        break;
      }
      case "includeProblems":
        sections.problems = {
          ...(parts["filterStatus"] ? { status: parts["filterStatus"] as "active" | "inactive" } : {}),
          ...(parts["filterSignificance"] ? { significance: parts["filterSignificance"] as "major" | "minor" } : {}),
        };
        break;
      case "includeConsultations": {
        const p = checkPeriod(parts["consultationSearchPeriod"] as Period | undefined, "consultationSearchPeriod");
        const n = parts["includeNumberOfMostRecent"] as number | undefined;
        if (p && n) throw new MigError("INVALID_PARAMETER", "Use consultationSearchPeriod or includeNumberOfMostRecent, not both");
        sections.consultations = { ...(p ? { period: p } : {}), ...(n ? { mostRecent: n } : {}) };
        break;
      }
      case "includeUncategorisedData": {
        const p = checkPeriod(parts["uncategorisedDataSearchPeriod"] as Period | undefined, "uncategorisedDataSearchPeriod");
        sections.uncategorised = p ? { period: p } : {};
        break;
      }
      case "includeImmunisations":
        sections.immunisations = {};
        break;
      case "includeInvestigations":
        sections.investigations = {};
        break;
      case "includeReferrals":
        sections.referrals = {};
        break;
      case "includeEndOfLife":
        sections.endOfLife = {};
        break;
      case "includeRisksAndWarnings":
        sections.risksAndWarnings = {};
        break;
    }
  }
  if (!nhsNumber) throw new MigError("INVALID_RESOURCE", "patientNHSNumber is required");
  return { nhsNumber, sections };
}
