// Safety concerns reported by users, for the privacy officer acting for the clinical safety officer: open ones first,
// each with who, which patient (named from the gateway), which page and what they saw, and a form to record the
// review. Reading is audited.
import { GovernanceNav } from "@/components/governance/governance-nav";
import { ReviewQueueSections } from "@/components/governance/review-queue";
import { SafetyConcernCard } from "@/components/governance/safety-concern-card";
import { requirePagePermission } from "@/lib/server/access/require-page-permission";
import { listSafetyConcerns } from "@/lib/server/governance/safety-concerns";

export const metadata = { title: "Safety concerns" };

export default async function SafetyConcernsPage() {
  const actor = await requirePagePermission("safety-concern:review", "/audit/safety-concerns");
  const { concerns, total, openCount, limit } = await listSafetyConcerns(actor);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">Safety concerns</h1>
      <GovernanceNav current="safety-concerns" />
      <p className="mb-6 max-w-3xl">
        Users report what looked wrong, missing or misleading from any page. Review each with the clinical safety officer: record
        &quot;hazard log updated&quot; when it led to a change in docs/clinical-safety/hazard-log.yaml. Times are UK time.
      </p>
      <ReviewQueueSections
        noun="concerns"
        items={concerns}
        total={total}
        openCount={openCount}
        limit={limit}
        restAreIn="The rest are in the audit trail."
        emptyOpen="There are no open safety concerns."
        emptyReviewed="No concerns have been reviewed yet."
        render={(c) => <SafetyConcernCard key={c.id} concern={c} />}
      />
    </div>
  );
}
