// Population index <-> NHS number without a table. An affine permutation scatters practices across
// the number range; each index owns two consecutive nine-digit prefixes, and because two consecutive
// prefixes never both lack a valid check digit, nhsNumberFromPrefix never spills into a neighbour's pair.

import { nhsNumberFromPrefix } from "../../lib/domain/nhs-number";
import { TOTAL_PATIENTS } from "./practices";

const BASE_PREFIX = 966_000_000;
const MULTIPLIER = 620_383; // coprime with 1,100,000 = 2^5 · 5^5 · 11
const OFFSET = 17;

function modInverse(a: number, m: number): number {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1) throw new Error("multiplier is not invertible");
  return ((oldS % m) + m) % m;
}

const INVERSE = modInverse(MULTIPLIER, TOTAL_PATIENTS);

function mulMod(a: number, b: number, m: number): number {
  // a, b < 2^21, so the product stays below 2^53.
  return (a * b) % m;
}

export function nhsNumberOfIndex(index: number): string {
  const slot = (mulMod(MULTIPLIER, index, TOTAL_PATIENTS) + OFFSET) % TOTAL_PATIENTS;
  return nhsNumberFromPrefix(BASE_PREFIX + 2 * slot);
}

/** The population index for an NHS number, or null when it is not one of ours. */
export function indexOfNhsNumber(nhsNumber: string): number | null {
  if (!/^\d{10}$/.test(nhsNumber)) return null;
  const offset = Number(nhsNumber.slice(0, 9)) - BASE_PREFIX;
  if (offset < 0 || offset >= 2 * TOTAL_PATIENTS) return null;
  const slot = Math.floor(offset / 2);
  const index = mulMod(INVERSE, (slot - OFFSET + TOTAL_PATIENTS) % TOTAL_PATIENTS, TOTAL_PATIENTS);
  return nhsNumberOfIndex(index) === nhsNumber ? index : null;
}
