// Name + date-of-birth trace without scanning 1.1M patients per request: at start-up every patient's
// (family name, birth date) key is computed from the cheap core stream and sorted once, as two typed
// arrays (~9 MB). A trace binary-searches the key and checks the few candidates in full.

import { dayFromIso } from "./days";
import { traceKey, traceKeyOfIndex, type PopulationContext } from "./demographics";
import { TOTAL_PATIENTS } from "./practices";

export interface TraceIndex {
  keys: Uint32Array;
  indices: Uint32Array;
}

export function buildTraceIndex(ctx: PopulationContext): TraceIndex {
  // key * 2^21 + index fits in a double exactly (32 + 21 bits), so one numeric sort orders both.
  const packed = new Float64Array(TOTAL_PATIENTS);
  for (let i = 0; i < TOTAL_PATIENTS; i++) packed[i] = traceKeyOfIndex(ctx, i) * 2_097_152 + i;
  packed.sort();
  const keys = new Uint32Array(TOTAL_PATIENTS);
  const indices = new Uint32Array(TOTAL_PATIENTS);
  for (let i = 0; i < TOTAL_PATIENTS; i++) {
    const v = packed[i] ?? 0;
    const key = Math.floor(v / 2_097_152);
    keys[i] = key;
    indices[i] = v - key * 2_097_152;
  }
  return { keys, indices };
}

/** Population indices whose family name and birth date hash to the same key (a superset of matches). */
export function traceCandidates(index: TraceIndex, family: string, birthDate: string): number[] {
  const key = traceKey(family, dayFromIso(birthDate));
  let lo = 0;
  let hi = index.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.keys[mid] ?? 0) < key) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < index.keys.length && index.keys[i] === key; i++) out.push(index.indices[i] ?? 0);
  return out;
}
