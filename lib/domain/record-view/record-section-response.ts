// The shape GET /api/patients/[nhsNumber]/sections/[section] answers with, and what a section page is first rendered
// from (types only: safe in the browser).
import type { AppErrorView } from "../errors";
import type { RecordSection } from "../record/section-registry/meta";
import type { SectionContent } from "./section-content";

export type RecordSectionResponse = {
  section: RecordSection;
  retrievedAt: string;
  /** retrievedAt as CUI shows it in UK time ("02-Dec-2026 14:05"), formatted on the server so the browser needs no time-zone code. */
  retrievedAtDisplay: string;
  /** The RECORD_VIEW audit event committed for this response (also sent as the X-Audit-Event header). */
  auditEventId: string;
  accessDecision: "CONSENT_GIVEN" | "EMERGENCY_OVERRIDE";
  /** Only what the page shows (see sectionContent). */
  record: SectionContent;
};

/** A section page's first render: the section fetched (and audited) with the page, or why it could not be. */
export type InitialSection = { kind: "data"; data: RecordSectionResponse } | { kind: "error"; error: AppErrorView };
