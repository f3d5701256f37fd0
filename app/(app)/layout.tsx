// Everything inside (app) needs a signed-in user; pages check the role themselves.
import { FocusPageHeading } from "@/components/layout/focus-page-heading";
import { IdleTimeout } from "@/components/layout/idle-timeout";
import { SiteHeader } from "@/components/layout/site-header";
import { requireActor } from "@/lib/server/auth/session";
import { serverEnv } from "@/lib/server/config/env";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return (
    <>
      <SiteHeader actor={actor} />
      <IdleTimeout idleMinutes={serverEnv().SESSION_IDLE_MINUTES} />
      <main id="main-content" className="mx-auto max-w-6xl px-4 pt-2 pb-6 md:pb-8">
        {children}
      </main>
      <FocusPageHeading />
    </>
  );
}
