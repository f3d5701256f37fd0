// Age mix of a registered list in England, by five-year band (approximate ONS mid-year shares, %).
// The last band is 95-104 so a few centenarians appear.

export const AGE_BANDS: readonly (readonly [number, number])[] = [
  [0, 5.4],
  [5, 5.9],
  [10, 6.0],
  [15, 5.7],
  [20, 5.9],
  [25, 6.5],
  [30, 6.9],
  [35, 6.8],
  [40, 6.5],
  [45, 6.3],
  [50, 6.9],
  [55, 6.8],
  [60, 6.0],
  [65, 5.2],
  [70, 5.1],
  [75, 3.9],
  [80, 2.6],
  [85, 1.6],
  [90, 0.7],
  [95, 0.25],
];

/** Practices differ: a "young" list (city centre, students) or an "old" one (coast, rural). */
export type ListProfile = "young" | "typical" | "old";

const SKEW: Record<ListProfile, (lowerAge: number) => number> = {
  young: (a) => (a >= 18 && a < 35 ? 1.8 : a >= 65 ? 0.6 : 1),
  typical: () => 1,
  old: (a) => (a >= 65 ? 1.6 : a < 35 ? 0.75 : 1),
};

export function ageBandsFor(profile: ListProfile): (readonly [number, number])[] {
  const skew = SKEW[profile];
  return AGE_BANDS.map(([lower, share]) => [lower, share * skew(lower)] as const);
}
