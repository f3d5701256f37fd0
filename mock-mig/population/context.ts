// Seed and reference date → a PopulationContext. Defaults match the server's environment defaults.

import { dayFromIso } from "./days";
import type { PopulationContext } from "./demographics";
import { hashString } from "./prng";

export const DEFAULT_SEED = "gateway-record-viewer";
export const DEFAULT_REFERENCE_DATE = "2026-11-01";

export interface PopulationOptions {
  seed?: string;
  referenceDate?: string;
}

export interface ResolvedContext extends PopulationContext {
  seedText: string;
  referenceDate: string;
}

export function populationContext(options: PopulationOptions = {}): ResolvedContext {
  const seedText = options.seed ?? DEFAULT_SEED;
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  return { seedText, referenceDate, seed: hashString(seedText), referenceDay: dayFromIso(referenceDate) };
}
