// Landing page: who you are, and where to go next for your role.
import Link from "next/link";
import { nextStepsFor } from "@/lib/domain/next-steps";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { requireActor } from "@/lib/server/auth/session";
import { organisationLabel } from "@/lib/domain/cui/organisation-label";
import { Callout } from "@/components/ui/callout";

export const metadata = { title: "Home" };

export default async function HomePage() {
  const actor = await requireActor();
  const steps = nextStepsFor(actor.role);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">Welcome, {actor.displayName}</h1>
      <dl className="mb-8 divide-y divide-nhs-border border-y border-nhs-border bg-white" aria-label="Your account">
        {[
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
      <h2 className="mb-4 text-2xl font-bold">What you can do</h2>
      <ul className="space-y-4">
        {steps.map((step) => (
          <Callout key={step.href} tone="info" as="li" className="p-4">
            <Link href={step.href} prefetch={false} className="text-xl font-bold">
              {step.label}
            </Link>
            <p className="mt-1">{step.description}</p>
          </Callout>
        ))}
      </ul>
    </div>
  );
}
