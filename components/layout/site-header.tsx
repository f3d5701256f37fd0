// NHS-style header: service name, the About page (on every page), "Report a safety concern" (signed in), and who is
// signed in with their role and organisation (the name links to "Your account"). Below 1024 px (phones and tablets) it is
// two short rows: the service and Sign out, then About, the safety concern and the user's name; from 1024 px up it is
// one compact row. Either way the record starts high on the screen (docs/record-layout.md).
import Link from "next/link";
import type { Actor } from "@/lib/domain/auth/actor";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { ReportConcernLink } from "./report-concern-link";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ actor }: { actor?: Actor }) {
  return (
    <header className="bg-nhs-blue text-white no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-0.5 px-4 py-1.5 lg:gap-y-1 lg:py-1">
        <Link href="/" className="order-1 text-xl font-bold !text-white no-underline hover:underline">
          Gateway Record Viewer
        </Link>
        {/* The two service links stacked, so the header stays one row on a laptop and the record starts high. */}
        {/* Below 1024 px: a row break, so Sign out ends the first row and the links and the user's name make the second. */}
        {actor && <div aria-hidden="true" className="order-3 h-0 basis-full lg:hidden" />}
        <div className="order-3 flex flex-wrap gap-x-4 text-base lg:order-2 lg:flex-col lg:text-sm">
          {/* Below 1024 px the visible words are shorter ("About"), the accessible name the same, so the header is two rows. */}
          <Link
            href="/about"
            aria-label="About this service"
            className="inline-block min-h-[24px] !text-white underline hover:no-underline"
          >
            <span className="lg:hidden">About</span>
            <span className="max-lg:hidden">About this service</span>
          </Link>
          {actor && <ReportConcernLink />}
        </div>
        {actor && (
          <div className="contents lg:order-3 lg:flex lg:flex-wrap lg:items-center lg:gap-4 lg:text-base">
            <p data-testid="signed-in-user" className="order-4 text-base lg:order-none lg:leading-snug">
              <Link href="/account" prefetch={false} className="font-bold !text-white" aria-label={`Your account: ${actor.displayName}`}>
                {actor.displayName}
              </Link>
              <span className="sr-only">, </span>
              {/* Below 1024 px the role and organisation are on "Your account", one tap away. */}
              <span className="hidden text-sm lg:block">
                {ROLE_LABELS[actor.role]} · {actor.organisation.name} ({actor.organisation.odsCode})
              </span>
            </p>
            <div className="order-2 lg:order-none">
              <SignOutButton />
            </div>
          </div>
        )}
      </div>
    </header>
  );
}
