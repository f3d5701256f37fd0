// NHS-style header: service name, the About page (on every page), and who is signed in with their role and organisation.
import Link from "next/link";
import type { Actor } from "@/lib/domain/auth/actor";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ actor }: { actor?: Actor }) {
  return (
    <header className="bg-nhs-blue text-white no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold !text-white no-underline hover:underline">
          Gateway Record Viewer
        </Link>
        <Link href="/about" className="text-base !text-white underline hover:no-underline">
          About this service
        </Link>
        {actor && (
          <div className="flex flex-wrap items-center gap-4 text-base">
            <p data-testid="signed-in-user">
              <Link href="/account" prefetch={false} className="font-bold !text-white" aria-label={`Your account: ${actor.displayName}`}>
                {actor.displayName}
              </Link>
              <span className="sr-only">, </span>
              <span className="block text-sm sm:inline sm:pl-2">
                {ROLE_LABELS[actor.role]} · {actor.organisation.name} ({actor.organisation.odsCode})
              </span>
            </p>
            <SignOutButton />
          </div>
        )}
      </div>
    </header>
  );
}
