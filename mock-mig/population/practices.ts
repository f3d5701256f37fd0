// The practice list: 143 practices in 6 CCGs, uneven sizes summing to exactly 1,100,000 patients.
// Fixed (not seed-dependent) so ODS codes and demo patients stay the same for every MIG_SEED.

import { ageBandsFor, type ListProfile } from "./age-mix";
import { CCGS, PRACTICE_NAME_PATTERNS, STREET_STEMS } from "./places";
import { Rng, WeightedTable } from "./prng";

export const TOTAL_PATIENTS = 1_100_000;
export const PRACTICE_COUNT = 143;

export interface Practice {
  index: number;
  odsCode: string;
  name: string;
  ccgCode: string;
  ccgName: string;
  town: string;
  /** Postcode districts patients live in, e.g. "LS6". */
  districts: readonly string[];
  profile: ListProfile;
  /** Age-band weights (lower age of the band) for this list's profile. */
  ageBands: WeightedTable<number>;
  size: number;
  /** First population index of this practice; its patients are [start, start + size). */
  start: number;
  phone: string;
}

function buildPractices(): Practice[] {
  const rng = new Rng(0x5eed1437);
  const drafts: Omit<Practice, "size" | "start" | "ageBands">[] = [];
  const weights: number[] = [];
  for (const ccg of CCGS) {
    for (let i = 0; i < ccg.practiceCount; i++) {
      const [town, area, numbers] = rng.pick(ccg.towns);
      const districts = [...new Set([0, 1, 2].map(() => `${area}${rng.pick(numbers)}`))];
      const place = rng.chance(0.5) ? town : `${rng.pick(STREET_STEMS)} ${rng.pick(["Road", "Lane", "House", "Street"])}`;
      const index = drafts.length;
      drafts.push({
        index,
        odsCode: `Y9${String(index + 1).padStart(4, "0")}`,
        name: rng.pick(PRACTICE_NAME_PATTERNS)(place),
        ccgCode: ccg.code,
        ccgName: ccg.name,
        town,
        districts,
        profile: rng.pick(ccg.profiles),
        phone: `01632 960${String(index).padStart(3, "0")}`,
      });
      // Log-normal list sizes: most 4k-12k, a few super-practices, a few single-handed lists.
      const normal = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
      weights.push(Math.exp(0.6 * normal));
    }
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1200, Math.round((w / sum) * TOTAL_PATIENTS)));
  // Correct rounding so the total is exact: adjust the largest practice.
  const drift = TOTAL_PATIENTS - sizes.reduce((a, b) => a + b, 0);
  const largest = sizes.indexOf(Math.max(...sizes));
  sizes[largest] = (sizes[largest] ?? 0) + drift;
  let start = 0;
  return drafts.map((d, i) => {
    const size = sizes[i] ?? 0;
    const practice: Practice = { ...d, ageBands: new WeightedTable(ageBandsFor(d.profile)), size, start };
    start += size;
    return practice;
  });
}

export const PRACTICES: readonly Practice[] = buildPractices();

const BY_ODS = new Map(PRACTICES.map((p) => [p.odsCode, p]));

export function practiceByOds(odsCode: string): Practice | undefined {
  return BY_ODS.get(odsCode);
}

/** The practice holding population index `index` (binary search over start offsets). */
export function practiceOfIndex(index: number): Practice {
  let lo = 0;
  let hi = PRACTICES.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((PRACTICES[mid]?.start ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  const practice = PRACTICES[lo];
  if (!practice || index < 0 || index >= TOTAL_PATIENTS) throw new RangeError(`no patient at index ${index}`);
  return practice;
}
