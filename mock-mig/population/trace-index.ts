// The trace index: a fuzzy, partial-date trace without scanning 1.1M patients per request. At start-up every
// patient's family name, birth date and sex come from the cheap core stream. Patients are grouped by family-name
// part ("Smith-Jones" is in both the "smith" and "jones" groups), each group sorted by birth date, so a trace
// finds the name parts that match (exact, Double Metaphone or a near spelling, over a few hundred distinct parts)
// and binary-searches each group's birth-date range. About 19 MB of typed arrays; see BENCHMARKS.md for its cost.

import { traceCoreOfIndex, type PopulationContext, type Sex } from "./demographics";
import type { Day } from "./days";
import { allowedEdits, editDistance, nameParts, phoneticCodes } from "./name-match";
import { TOTAL_PATIENTS } from "./practices";

export interface TraceIndex {
  /** Distinct folded family-name parts. */
  parts: string[];
  /** Double Metaphone code → ids of the parts having it (primary or alternate). */
  byCode: Map<string, number[]>;
  /** Group of part id p is entries[groupStart[p] .. groupStart[p + 1]), sorted by birth day. */
  groupStart: Uint32Array;
  entries: Uint32Array;
  /** Each patient's family name, as an index into `families`. */
  familyOf: Uint32Array;
  families: string[];
  birthDays: Int32Array;
  /** 1 female, 0 male. */
  female: Uint8Array;
  /** Typed part → matching part ids, remembered (the same names are traced again and again). */
  partMatches: Map<string, number[]>;
}

const DAY_OFFSET = 100_000; // birth days before 1970 are negative; keep the sort key positive
const INDEX_SPAN = 2_097_152; // 2^21 > 1.1M, so (day + offset) · 2^21 + index is exact in a double

export function buildTraceIndex(ctx: PopulationContext): TraceIndex {
  const partIds = new Map<string, number>();
  const parts: string[] = [];
  const idOf = (part: string) => {
    let id = partIds.get(part);
    if (id === undefined) {
      id = parts.length;
      parts.push(part);
      partIds.set(part, id);
    }
    return id;
  };
  const firstPart = new Uint32Array(TOTAL_PATIENTS);
  const secondPart = new Int32Array(TOTAL_PATIENTS).fill(-1);
  const birthDays = new Int32Array(TOTAL_PATIENTS);
  const female = new Uint8Array(TOTAL_PATIENTS);
  const familyOf = new Uint32Array(TOTAL_PATIENTS);
  const families: string[] = [];
  const familyIds = new Map<string, { id: number; parts: number[] }>(); // parts computed once per distinct name
  for (let i = 0; i < TOTAL_PATIENTS; i++) {
    const core = traceCoreOfIndex(ctx, i);
    let family = familyIds.get(core.family);
    if (!family) {
      family = { id: families.length, parts: [...new Set(nameParts(core.family).map(idOf))] };
      families.push(core.family);
      familyIds.set(core.family, family);
    }
    const ids = family.parts;
    familyOf[i] = family.id;
    firstPart[i] = ids[0] ?? 0;
    if (ids[1] !== undefined) secondPart[i] = ids[1];
    birthDays[i] = core.birthDay;
    female[i] = core.sex === "female" ? 1 : 0;
  }
  const counts = new Uint32Array(parts.length + 1);
  for (let i = 0; i < TOTAL_PATIENTS; i++) {
    counts[(firstPart[i] ?? 0) + 1]!++;
    const second = secondPart[i] ?? -1;
    if (second >= 0) counts[second + 1]!++;
  }
  const groupStart = new Uint32Array(parts.length + 1);
  for (let p = 0; p < parts.length; p++) groupStart[p + 1] = (groupStart[p] ?? 0) + (counts[p + 1] ?? 0);
  const fill = groupStart.slice(0, parts.length);
  const entries = new Uint32Array(groupStart[parts.length] ?? 0);
  for (let i = 0; i < TOTAL_PATIENTS; i++) {
    entries[fill[firstPart[i] ?? 0]!++] = i;
    const second = secondPart[i] ?? -1;
    if (second >= 0) entries[fill[second]!++] = i;
  }
  const packed = new Float64Array(entries.length);
  for (let k = 0; k < entries.length; k++) {
    const i = entries[k] ?? 0;
    packed[k] = ((birthDays[i] ?? 0) + DAY_OFFSET) * INDEX_SPAN + i;
  }
  for (let p = 0; p < parts.length; p++) packed.subarray(groupStart[p], groupStart[p + 1]).sort();
  for (let k = 0; k < entries.length; k++) entries[k] = (packed[k] ?? 0) % INDEX_SPAN;

  const byCode = new Map<string, number[]>();
  parts.forEach((part, id) => {
    for (const code of new Set(phoneticCodes(part))) {
      if (!code) continue;
      const list = byCode.get(code) ?? [];
      list.push(id);
      byCode.set(code, list);
    }
  });
  return { parts, byCode, groupStart, entries, familyOf, families, birthDays, female, partMatches: new Map() };
}

/** Ids of the indexed name parts that one typed part could mean: the same, sounding the same, or spelt nearly so. */
export function matchingPartIds(index: TraceIndex, typedPart: string): number[] {
  const cached = index.partMatches.get(typedPart);
  if (cached) return cached;
  const ids = new Set<number>();
  for (const code of phoneticCodes(typedPart)) for (const id of code ? (index.byCode.get(code) ?? []) : []) ids.add(id);
  const edits = allowedEdits(typedPart.length);
  index.parts.forEach((part, id) => {
    if (part === typedPart || (edits > 0 && editDistance(typedPart, part, edits) <= edits)) ids.add(id);
  });
  const found = [...ids];
  if (index.partMatches.size < 20_000) index.partMatches.set(typedPart, found); // bounded: typed text is anything
  return found;
}

export interface CandidateFilter {
  /** Inclusive birth-day ranges; empty means any date of birth. */
  birthRanges: readonly { from: Day; to: Day }[];
  sex?: Sex;
}

/**
 * Population indices whose family name could match `family` (every typed part is looked up, and a candidate must
 * be in the group of the first part at least) within the birth ranges and sex. A superset: the caller scores each.
 */
export function traceCandidates(index: TraceIndex, family: string, filter: CandidateFilter): number[] {
  const first = nameParts(family)[0];
  if (!first) return [];
  const out = new Set<number>();
  const wantFemale = filter.sex === undefined ? -1 : filter.sex === "female" ? 1 : 0;
  for (const partId of matchingPartIds(index, first)) {
    const start = index.groupStart[partId] ?? 0;
    const end = index.groupStart[partId + 1] ?? 0;
    const ranges = filter.birthRanges.length > 0 ? filter.birthRanges : [{ from: -Infinity, to: Infinity }];
    for (const range of ranges) {
      let lo = start;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((index.birthDays[index.entries[mid] ?? 0] ?? 0) < range.from) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < end; k++) {
        const i = index.entries[k] ?? 0;
        if ((index.birthDays[i] ?? 0) > range.to) break;
        if (wantFemale >= 0 && index.female[i] !== wantFemale) continue;
        out.add(i);
      }
    }
  }
  return [...out];
}
