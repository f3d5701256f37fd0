// Safety concerns reported by users, for the privacy officer acting for the clinical safety officer: open ones first,
// each with who, which patient, which page and what they saw, and a form to record the review. Reading is audited.
import { GovernanceNav } from "@/components/governance/governance-nav";
import { SafetyConcernCard } from "@/components/governance/safety-concern-card";
import { Callout } from "@/components/ui/callout";
import { requirePagePermission } from "@/lib/server/access/require-page-permission";
import { listSafetyConcerns } from "@/lib/server/governance/safety-concerns";

export const metadata = { title: "Safety concerns" };

export default async function SafetyConcernsPage() {
  const actor = await requirePagePermission("safety-concern:review", "/audit/safety-concerns");
  const { concerns, total, openCount, limit } = await listSafetyConcerns(actor);
  const open = concerns.filter((c) => c.status === "OPEN");
  const reviewed = concerns.filter((c) => c.status !== "OPEN");
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">Safety concerns</h1>
      <GovernanceNav current="safety-concerns" />
      <p className="mb-6 max-w-3xl">
        Users report what looked wrong, missing or misleading from any page. Review each with the clinical safety officer: record
        &quot;hazard log updated&quot; when it led to a change in docs/clinical-safety/hazard-log.yaml. Times are UK time.
      </p>
      {total > concerns.length && (
        <Callout tone="warning" as="p">
          Showing the {limit} most relevant of {total} concerns. The rest are in the audit trail.
        </Callout>
      )}
      <section aria-labelledby="open-concerns" className="mb-10">
        <h2 id="open-concerns" className="mb-4 text-2xl font-bold">
          Open concerns ({openCount})
        </h2>
        {open.length === 0 ? (
          <p className="bg-white p-4">There are no open safety concerns.</p>
        ) : (
          open.map((c) => <SafetyConcernCard key={c.id} concern={c} />)
        )}
      </section>
      <section aria-labelledby="reviewed-concerns">
        <h2 id="reviewed-concerns" className="mb-4 text-2xl font-bold">
          Reviewed concerns
        </h2>
        {reviewed.length === 0 ? (
          <p className="bg-white p-4">No concerns have been reviewed yet.</p>
        ) : (
          reviewed.map((c) => <SafetyConcernCard key={c.id} concern={c} />)
        )}
      </section>
    </div>
  );
}
