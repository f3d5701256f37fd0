// An audit event's detail (a small JSON object) as one line a person can read, for the table and the CSV.

function valueText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) return value.join(", ");
  return JSON.stringify(value);
}

/**
 * { reason: "Safeguarding concern", matches: 1 } → "reason: Safeguarding concern; matches: 1". Key order kept. A key
 * with no value (or an empty list) is left out rather than shown as "none", "null" or "undefined", which would read as a value.
 */
export function describeAuditDetail(detail: unknown): string {
  if (detail === null || detail === undefined) return "";
  if (typeof detail !== "object" || Array.isArray(detail)) return valueText(detail);
  return Object.entries(detail as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `${key}: ${valueText(value)}`)
    .join("; ");
}
