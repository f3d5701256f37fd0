// Emergency-override alerts for privacy officers: open ones first, each with who, which patient, when and why,
// and a form to record the review outcome. Reading the list is audited.
import { AlertCard } from "@/components/governance/alert-card";
import { GovernanceNav } from "@/components/governance/governance-nav";
import { requirePagePermission } from "@/lib/server/access/require-page-permission";
import { listAlerts } from "@/lib/server/governance/list-alerts";
import { Callout } from "@/components/ui/callout";

export const metadata = { title: "Emergency override alerts" };

export default async function AlertsPage() {
  const actor = await requirePagePermission("alerts:review", "/audit/alerts");
  const { alerts, total, openCount, limit } = await listAlerts(actor);
  const open = alerts.filter((a) => a.status === "OPEN");
  const reviewed = alerts.filter((a) => a.status !== "OPEN");
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">Emergency override alerts</h1>
      <GovernanceNav current="alerts" />
      <p className="mb-6 max-w-3xl">
        A clinician who opens a record without the patient&apos;s permission raises an alert. Check each reason and explanation, then record
        whether the override was appropriate or needs follow-up. Times are UK time.
      </p>
      {total > alerts.length && (
        <Callout tone="warning" as="p">
          Showing the {limit} most relevant of {total} alerts. Older reviewed alerts are in the audit trail.
        </Callout>
      )}
      <section aria-labelledby="open-alerts" className="mb-10">
        <h2 id="open-alerts" className="mb-4 text-2xl font-bold">
          Open alerts ({openCount})
        </h2>
        {open.length === 0 ? (
          <p className="bg-white p-4">There are no open alerts to review.</p>
        ) : (
          open.map((a) => <AlertCard key={a.id} alert={a} />)
        )}
      </section>
      <section aria-labelledby="reviewed-alerts">
        <h2 id="reviewed-alerts" className="mb-4 text-2xl font-bold">
          Reviewed alerts
        </h2>
        {reviewed.length === 0 ? (
          <p className="bg-white p-4">No alerts have been reviewed yet.</p>
        ) : (
          reviewed.map((a) => <AlertCard key={a.id} alert={a} />)
        )}
      </section>
    </div>
  );
}
