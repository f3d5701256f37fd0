// An audit event's detail (a small JSON object) as one line a person can read, for the table and the CSV.

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** { reason: "Safeguarding concern", matches: 1 } → "reason: Safeguarding concern; matches: 1". Key order kept. */
export function describeAuditDetail(detail: unknown): string {
  if (detail === null || typeof detail !== "object" || Array.isArray(detail))
    return detail === null || detail === undefined ? "" : valueText(detail);
  return Object.entries(detail as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${valueText(value)}`)
    .join("; ");
}
