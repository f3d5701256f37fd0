// The shape GET /api/patients/[nhsNumber]/sections/[section] answers with (types only: safe to import in the browser).
import type { RecordSection } from "@/lib/domain/access/sections";
import type { SectionContent } from "@/lib/domain/record/section-content";

export type RecordSectionResponse = {
  section: RecordSection;
  retrievedAt: string;
  /** retrievedAt as CUI shows it in UK time ("02-Dec-2026 14:05"), formatted here so the browser needs no time-zone code. */
  retrievedAtDisplay: string;
  /** The RECORD_VIEW audit event committed for this response (also sent as the X-Audit-Event header). */
  auditEventId: string;
  accessDecision: "CONSENT_GIVEN" | "EMERGENCY_OVERRIDE";
  /** Only what the page shows (see sectionContent). */
  record: SectionContent;
};
