// One reported safety concern: who reported it, from which page (and patient), what they saw; then the review, or
// the form to record one.
import { SummaryList } from "@/components/record/summary-list";
import { Tag, type TagColour } from "@/components/record/tag";
import { formatAuditTime } from "@/lib/domain/governance/audit-time";
import { SAFETY_CONCERN_STATUS_LABELS, type SafetyConcernStatusName, type SafetyConcernView } from "@/lib/domain/governance/safety-concern";
import { patientHeading } from "@/lib/domain/governance/patient-name";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { PatientName } from "./patient-name";
import { SafetyConcernReviewForm } from "./safety-concern-review-form";

const STATUS_COLOURS: Record<SafetyConcernStatusName, TagColour> = { OPEN: "red", NO_ACTION_NEEDED: "green", HAZARD_LOG_UPDATED: "orange" };

export function SafetyConcernCard({ concern }: { concern: SafetyConcernView }) {
  const headingId = `concern-${concern.id}`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid="safety-concern"
      className={`mb-6 border-l-8 bg-white p-4 md:p-6 ${concern.status === "OPEN" ? "border-nhs-red" : "border-nhs-border"}`}
    >
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h3 id={headingId} className="text-xl font-bold">
          {concern.reporter.displayName} – {concern.patient ? `patient ${patientHeading(concern.patient)}` : "no patient"}
        </h3>
        <Tag colour={STATUS_COLOURS[concern.status]}>{SAFETY_CONCERN_STATUS_LABELS[concern.status]}</Tag>
      </div>
      <SummaryList
        className="mb-4"
        rows={[
          { key: "Who", value: `${concern.reporter.displayName} (${concern.reporter.username}), ${ROLE_LABELS[concern.reporter.role]}` },
          { key: "Organisation", value: concern.reporter.organisation },
          { key: "Patient", value: concern.patient ? <PatientName patient={concern.patient} /> : null },
          { key: "Page", value: concern.page },
          { key: "When", value: <time dateTime={concern.reportedAt}>{formatAuditTime(concern.reportedAt)}</time> },
          { key: "What they saw", value: <span className="whitespace-pre-line">{concern.concern}</span> },
          ...(concern.review
            ? [
                { key: "Review outcome", value: SAFETY_CONCERN_STATUS_LABELS[concern.status] },
                { key: "Reviewed by", value: concern.review.reviewedBy },
                { key: "Reviewed", value: <time dateTime={concern.review.reviewedAt}>{formatAuditTime(concern.review.reviewedAt)}</time> },
                { key: "Review note", value: concern.review.note },
              ]
            : []),
        ]}
      />
      {!concern.review && <SafetyConcernReviewForm concernId={concern.id} />}
    </section>
  );
}
