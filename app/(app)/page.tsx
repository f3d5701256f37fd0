// Landing page. Roles that look up patients go straight on to Find a patient (lib/domain/next-steps.ts,
// landingPathFor); the others see what they can do here. Account details are on "Your account" (/account).
import Link from "next/link";
import { redirect } from "next/navigation";
import { landingPathFor, nextStepsFor } from "@/lib/domain/next-steps";
import { requireActor } from "@/lib/server/auth/session";
import { Callout } from "@/components/ui/callout";

export const metadata = { title: "Home" };

export default async function HomePage() {
  const actor = await requireActor();
  const landing = landingPathFor(actor.role);
  if (landing !== "/") redirect(landing);
  const steps = nextStepsFor(actor.role);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">What you can do</h1>
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
