// Per-practice faults: from a JSON file, an inline JSON variable merged over it, and (tests only)
// the admin endpoint. Keyed by ODS code; "*" covers practices without their own entry.

import { readFileSync } from "node:fs";
import { z } from "zod";

const rate = z.number().min(0).max(1);

export const practiceFault = z
  .object({
    offline: z.boolean().optional(),
    latencyMs: z
      .union([
        z.number().int().min(0),
        z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }).refine((l) => l.min <= l.max, "min must not exceed max"),
      ])
      .optional(),
    errorRate: rate.optional(),
    timeoutRate: rate.optional(),
    timeoutMs: z.number().int().min(0).max(600_000).optional(),
    malformedRate: rate.optional(),
    truncatedRate: rate.optional(),
    /** The FHIR version this practice answers the structured record in (see fhir/stu3/answer-version.ts). */
    fhirVersion: z.enum(["R4", "STU3"]).optional(),
  })
  .strict();

export const faultFile = z.object({ practices: z.record(z.string(), practiceFault) }).strict();

export type PracticeFault = z.infer<typeof practiceFault>;
export type FaultConfig = z.infer<typeof faultFile>;

export function parseFaults(json: string, source: string): FaultConfig {
  const parsed = faultFile.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`Invalid fault configuration in ${source}: ${parsed.error.message}`);
  return parsed.data;
}

export function loadFaults(file: string, inline?: string): FaultConfig {
  const base = parseFaults(readFileSync(file, "utf8"), file);
  if (!inline) return base;
  const extra = parseFaults(inline, "MIG_FAULTS");
  return { practices: { ...base.practices, ...extra.practices } };
}
