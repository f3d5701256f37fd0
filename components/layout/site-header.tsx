// NHS-style header: service name, the About page (on every page), "Report a safety concern" (signed in), and who is
// signed in with their role and organisation (the name links to "Your account"). On a phone it is two short rows: the
// service and Sign out, then About and the user's name, so the record starts high on the screen.
import Link from "next/link";
import type { Actor } from "@/lib/domain/auth/actor";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { ReportConcernLink } from "./report-concern-link";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ actor }: { actor?: Actor }) {
  return (
    <header className="bg-nhs-blue text-white no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
        <Link href="/" className="order-1 text-xl font-bold !text-white no-underline hover:underline">
          Gateway Record Viewer
        </Link>
        {/* The two service links stacked, so the header stays one row on a laptop and the record starts high. */}
        <div className="order-3 flex flex-wrap gap-x-4 text-base md:order-2 md:flex-col md:text-sm">
          {/* On a phone the visible words are shorter ("About"), the accessible name the same, so the header is two rows. */}
          <Link href="/about" aria-label="About this service" className="inline-block min-h-6 !text-white underline hover:no-underline">
            <span className="md:hidden">About</span>
            <span className="max-md:hidden">About this service</span>
          </Link>
          {actor && <ReportConcernLink />}
        </div>
        {actor && (
          <div className="contents md:order-3 md:flex md:flex-wrap md:items-center md:gap-4 md:text-base">
            <p data-testid="signed-in-user" className="order-4 text-base md:order-none">
              <Link href="/account" prefetch={false} className="font-bold !text-white" aria-label={`Your account: ${actor.displayName}`}>
                {actor.displayName}
              </Link>
              <span className="sr-only">, </span>
              {/* Below 1024 px the role and organisation are on "Your account", one tap away. */}
              <span className="hidden text-sm lg:block">
                {ROLE_LABELS[actor.role]} · {actor.organisation.name} ({actor.organisation.odsCode})
              </span>
            </p>
            <div className="order-2 md:order-none">
              <SignOutButton />
            </div>
          </div>
        )}
      </div>
    </header>
  );
}
