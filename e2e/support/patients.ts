// Non-demo patients of the mock population (alive, not sensitive, practice online), one per journey: access
// episodes last 12 hours per user and patient, so a journey that shared a patient would find it already open.
// Derived with mock-mig/population/nhs-index.ts (nhsNumberOfIndex); the route matrix uses indexes 424242–424243.
export const JOURNEY_PATIENTS = {
  consent: "9661309388", // population index 424244
  refusal: "9673717044", // 424245
  override: "9664124702", // 424246
  socialCare: "9676532363", // 424247
  axeOverride: "9666940027", // 424248
} as const;

/** "9664124702" → "966 412 4702", as the pages show it. */
export function spaced(nhsNumber: string): string {
  return `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`;
}
