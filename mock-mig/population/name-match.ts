// How a trace compares a typed name with a recorded one, in the style of a PDS trace: exact (case and accents
// ignored), sounds the same (Double Metaphone, primary or alternate code), or spelt nearly the same (one edit for
// short names, two for long ones, a swap of neighbouring letters counting as one). Pure; no I/O.

import { doubleMetaphone } from "double-metaphone";

export type NameMatch = "exact" | "sounds-like" | "similar-spelling";

/** Lower case, accents and punctuation removed, so "O'Neill" and "oneill" compare equal. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z\- ]/g, "")
    .trim();
}

/** The parts of a family name ("Smith-Jones" → ["smith", "jones"]), folded. */
export function nameParts(name: string): string[] {
  return foldName(name)
    .split(/[\s-]+/)
    .filter((p) => p.length > 0);
}

// Names come from small tables, so the codes of the names seen are kept (bounded, in case of hostile input).
const CODE_CACHE = new Map<string, readonly [string, string]>();

/** Both Double Metaphone codes of a folded name part. */
export function phoneticCodes(part: string): readonly [string, string] {
  let codes = CODE_CACHE.get(part);
  if (!codes) {
    const [primary, secondary] = doubleMetaphone(part);
    codes = [primary, secondary];
    if (CODE_CACHE.size < 50_000) CODE_CACHE.set(part, codes);
  }
  return codes;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let before = new Int32Array(width); // row i - 2
  let prev = Int32Array.from({ length: width }, (_, j) => j); // row i - 1
  let row = new Int32Array(width);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length]!;
}

/** Edits allowed for a "similar spelling": none below four letters, one up to seven, two from eight. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

function sharesCode(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a.some((code) => code !== "" && b.includes(code));
}

/** How one folded part matches another, or null. */
export function matchPart(typed: string, recorded: string): NameMatch | null {
  if (typed === recorded) return "exact";
  if (sharesCode(phoneticCodes(typed), phoneticCodes(recorded))) return "sounds-like";
  if (editDistance(typed, recorded, allowedEdits(typed.length)) <= allowedEdits(typed.length)) return "similar-spelling";
  return null;
}

const RANK: Record<NameMatch, number> = { exact: 3, "sounds-like": 2, "similar-spelling": 1 };

/** The better of two matches (null is worst). */
export function better(a: NameMatch | null, b: NameMatch | null): NameMatch | null {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

export function matchRank(m: NameMatch | null): number {
  return m ? RANK[m] : 0;
}

/**
 * A typed family name against a recorded one. The whole name exactly is "exact"; otherwise every typed part must
 * match some recorded part, and the weakest of those part matches is the answer ("Smith" finds "Smith-Jones" as
 * sounds-like at best, never exact, so the difference is shown).
 */
export function matchFamily(typed: string, recorded: string): NameMatch | null {
  if (foldName(typed) === foldName(recorded)) return "exact";
  const recordedParts = nameParts(recorded);
  const typedParts = nameParts(typed);
  if (typedParts.length === 0) return null;
  let weakest: NameMatch | null = "sounds-like";
  for (const t of typedParts) {
    const best = recordedParts.reduce<NameMatch | null>((acc, r) => better(acc, matchPart(t, r)), null);
    if (!best) return null;
    if (matchRank(best) < matchRank(weakest)) weakest = best;
  }
  return weakest;
}

/** A typed given name against the recorded given names: any of them may match. */
export function matchGiven(typed: string, recorded: readonly string[]): NameMatch | null {
  const t = foldName(typed);
  if (!t) return null;
  return recorded.reduce<NameMatch | null>((acc, r) => better(acc, matchPart(t, foldName(r))), null);
}
