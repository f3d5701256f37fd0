// NHS number: 10 digits, the last a modulus-11 check digit. Shown as 3-3-4 ("943 476 5919").

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

export type NhsNumberProblem = "empty" | "not-digits" | "wrong-length" | "bad-check-digit";

export type NhsNumberParse = { ok: true; value: string } | { ok: false; problem: NhsNumberProblem; message: string };

const MESSAGES: Record<NhsNumberProblem, string> = {
  empty: "Enter an NHS number",
  "not-digits": "NHS number must contain only numbers and spaces",
  "wrong-length": "NHS number must be 10 digits",
  "bad-check-digit": "This is not a valid NHS number: the check digit does not match. Check it has been typed correctly",
};

/** The check digit for the first nine digits, or null when no valid check digit exists (remainder 10). */
export function checkDigit(firstNine: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * WEIGHTS[i]!;
  const result = 11 - (sum % 11);
  if (result === 11) return 0;
  if (result === 10) return null;
  return result;
}

export function isValidNhsNumber(value: string): boolean {
  return /^\d{10}$/.test(value) && checkDigit(value.slice(0, 9)) === Number(value[9]);
}

/** Accepts what a person types: spaces and hyphens between digit groups are ignored. */
export function parseNhsNumber(input: string): NhsNumberParse {
  const compact = input.replace(/[\s-]/g, "");
  const fail = (problem: NhsNumberProblem): NhsNumberParse => ({ ok: false, problem, message: MESSAGES[problem] });
  if (compact.length === 0) return fail("empty");
  if (!/^\d+$/.test(compact)) return fail("not-digits");
  if (compact.length !== 10) return fail("wrong-length");
  if (!isValidNhsNumber(compact)) return fail("bad-check-digit");
  return { ok: true, value: compact };
}

/** "9434765919" → "943 476 5919". Anything that is not 10 digits is returned unchanged. */
export function formatNhsNumber(value: string): string {
  return /^\d{10}$/.test(value) ? `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}` : value;
}

/**
 * A valid NHS number from nine leading digits, moving on to the next candidate when the
 * check digit would be 10. Used by the synthetic population; deterministic for a given prefix.
 */
export function nhsNumberFromPrefix(prefix: number): string {
  for (let p = prefix; ; p++) {
    const firstNine = String(p % 1_000_000_000).padStart(9, "0");
    const check = checkDigit(firstNine);
    if (check !== null) return firstNine + String(check);
  }
}
