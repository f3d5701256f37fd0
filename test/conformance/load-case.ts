// Reads one conformance case (test/conformance/cases/<id>/{source.json,case.json}) and picks the part of a record view
// model a case's expect key names. Shared by the unit runner and any integration runner over the same folder.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { RecordViewModel } from "@/lib/domain/record-view/record-view-model";
import { isRecordSection, sectionMeta } from "@/lib/domain/record/section-registry/meta";

export const CASES_DIR = path.join(__dirname, "cases");

export const conformanceCaseSchema = z.strictObject({
  title: z.string().min(1),
  fhirVersion: z.enum(["R4", "STU3"]),
  spec: z.array(z.url()).min(1),
  nhsNumber: z.string().regex(/^\d{10}$/),
  /** Section slug ("allergies", "summary"), "patient" or "medicationSafety" → a partial view model (toMatchObject). */
  expect: z.record(z.string(), z.unknown()),
  mustNotContain: z.array(z.string()).optional(),
  /** A file as it would be imported (no Lists): read only through the importer, by conformance.int.test.ts. */
  importerOnly: z.boolean().optional(),
  // Read by the integration runner only (conformance.int.test.ts).
  expectedToFailUntilReadingLayer: z.boolean().optional(),
  expectThroughImport: z.record(z.string(), z.unknown()).optional(),
  integrationKnownGap: z.string().min(1).optional(),
});
export type ConformanceCase = z.infer<typeof conformanceCaseSchema>;

export function loadCase(id: string): { case: ConformanceCase; source: Record<string, unknown> } {
  const dir = path.join(CASES_DIR, id);
  const c = conformanceCaseSchema.parse(JSON.parse(readFileSync(path.join(dir, "case.json"), "utf8")));
  const source = JSON.parse(readFileSync(path.join(dir, "source.json"), "utf8")) as Record<string, unknown>;
  return { case: c, source };
}

/** The part of the view model an expect key names. */
export function viewOf(record: RecordViewModel, key: string): unknown {
  if (key === "patient") return record.patient;
  if (key === "medicationSafety") return record.medicationSafety;
  if (key === "summary") return record.summary;
  if (!isRecordSection(key)) throw new Error(`Unknown expect key ${key}`);
  const sectionKey = sectionMeta(key).key;
  return sectionKey ? (record.sections as Record<string, unknown>)[sectionKey] : undefined;
}
