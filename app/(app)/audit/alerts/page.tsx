// Emergency-override alerts for privacy officers: open ones first, each with who, which patient (named from the
// gateway), when and why, and a form to record the review outcome. Reading the list is audited.
import { AlertCard } from "@/components/governance/alert-card";
import { GovernanceNav } from "@/components/governance/governance-nav";
import { ReviewQueueSections } from "@/components/governance/review-queue";
import { requirePagePermission } from "@/lib/server/access/require-page-permission";
import { listAlerts } from "@/lib/server/governance/list-alerts";

export const metadata = { title: "Emergency override alerts" };

export default async function AlertsPage() {
  const actor = await requirePagePermission("alerts:review", "/audit/alerts");
  const { alerts, total, openCount, limit } = await listAlerts(actor);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">Emergency override alerts</h1>
      <GovernanceNav current="alerts" />
      <p className="mb-6 max-w-3xl">
        A clinician who opens a record without the patient&apos;s permission raises an alert. Check each reason and explanation, then record
        whether the override was appropriate or needs follow-up. Times are UK time.
      </p>
      <ReviewQueueSections
        noun="alerts"
        items={alerts}
        total={total}
        openCount={openCount}
        limit={limit}
        restAreIn="Older reviewed alerts are in the audit trail."
        emptyOpen="There are no open alerts to review."
        emptyReviewed="No alerts have been reviewed yet."
        render={(a) => <AlertCard key={a.id} alert={a} />}
      />
    </div>
  );
}
