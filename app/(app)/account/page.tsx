// Your account: who you are signed in as, your role and organisation (moved off the landing page, issue 18).
import { ROLE_LABELS } from "@/lib/domain/roles";
import { organisationLabel } from "@/lib/domain/cui/organisation-label";
import { requireActor } from "@/lib/server/auth/session";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">Your account</h1>
      <dl className="mb-8 divide-y divide-nhs-border border-y border-nhs-border bg-white" aria-label="Your account">
        {[
          ["Name", actor.displayName],
          ["Role", ROLE_LABELS[actor.role]],
          ["Organisation", organisationLabel(actor.organisation)],
          ["Username", actor.username],
          ...(actor.professionalCode ? [["Professional registration", actor.professionalCode]] : []),
        ].map(([key, value]) => (
          <div key={key} className="grid gap-1 px-4 py-3 sm:grid-cols-3">
            <dt className="font-bold">{key}</dt>
            <dd className="sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
