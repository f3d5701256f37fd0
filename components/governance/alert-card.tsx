// One emergency-override alert: who opened which record, when and why; then the review, or the form to record one.
import Link from "next/link";
import { SummaryList } from "@/components/record/summary-list";
import { Tag, type TagColour } from "@/components/record/tag";
import { auditQueryString } from "@/lib/domain/governance/audit-filters";
import { formatAuditTime } from "@/lib/domain/governance/audit-time";
import { ALERT_STATUS_LABELS, type AlertStatusName } from "@/lib/domain/governance/audit-vocabulary";
import type { AlertView } from "@/lib/domain/governance/views";
import { patientHeading } from "@/lib/domain/governance/patient-name";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { AlertReviewForm } from "./alert-review-form";
import { PatientName } from "./patient-name";
import { organisationLabel } from "@/lib/domain/cui/organisation-label";
import { formatDate } from "@/lib/domain/cui/format-date";

const STATUS_COLOURS: Record<AlertStatusName, TagColour> = { OPEN: "red", APPROPRIATE: "green", NEEDS_FOLLOW_UP: "orange" };

export function AlertCard({ alert }: { alert: AlertView }) {
  const headingId = `alert-${alert.id}`;
  const patient = patientHeading(alert.patient);
  return (
    <section
      aria-labelledby={headingId}
      className={`mb-6 border-l-8 bg-white p-4 md:p-6 ${alert.status === "OPEN" ? "border-nhs-red" : "border-nhs-border"}`}
    >
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h3 id={headingId} className="text-xl font-bold">
          {alert.user.displayName} – patient {patient}
        </h3>
        <Tag colour={STATUS_COLOURS[alert.status]}>{ALERT_STATUS_LABELS[alert.status]}</Tag>
      </div>
      <SummaryList
        className="mb-4"
        rows={[
          { key: "Who", value: `${alert.user.displayName} (${alert.user.username}), ${ROLE_LABELS[alert.user.role]}` },
          { key: "Organisation", value: organisationLabel(alert.organisation) },
          {
            key: "Patient",
            value: (
              <>
                <PatientName patient={alert.patient} />{" "}
                <Link href={`/audit?${auditQueryString({ nhsNumber: alert.patientNhsNumber })}`} prefetch={false} className="ml-2">
                  Audit entries for this patient
                </Link>
              </>
            ),
          },
          { key: "When", value: <time dateTime={alert.raisedAt}>{formatAuditTime(alert.raisedAt)}</time> },
          { key: "Override reason", value: alert.reason },
          { key: "Explanation", value: alert.explanation },
          ...(alert.review
            ? [
                { key: "Review outcome", value: ALERT_STATUS_LABELS[alert.status] },
                { key: "Reviewed by", value: alert.review.reviewedBy },
                { key: "Reviewed", value: <time dateTime={alert.review.reviewedAt}>{formatAuditTime(alert.review.reviewedAt)}</time> },
                { key: "Review note", value: alert.review.note },
              ]
            : []),
          ...(alert.followUp && alert.status === "NEEDS_FOLLOW_UP"
            ? [
                { key: "Follow-up owner", value: alert.followUp.owner },
                { key: "Follow-up due", value: <time dateTime={alert.followUp.dueOn}>{formatDate(alert.followUp.dueOn)}</time> },
              ]
            : []),
        ]}
      />
      {alert.review ? (
        <details>
          <summary className="cursor-pointer font-bold text-nhs-blue">Change the outcome</summary>
          <AlertReviewForm alertId={alert.id} legend="New outcome of your review" />
        </details>
      ) : (
        <AlertReviewForm alertId={alert.id} legend="Was this override appropriate?" />
      )}
    </section>
  );
}
