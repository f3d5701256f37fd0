// Where a refused launch from a host system lands: what failed, in words a clinician can act on. The refusal was
// audited before the browser was sent here; this page holds no patient data and needs no session.
import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { Callout } from "@/components/ui/callout";
import { isLaunchRefusal, LAUNCH_REFUSAL_TEXT } from "@/lib/domain/launch/launch-refusals";

export const metadata = { title: "The GP record was not opened" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LaunchRefusedPage({ searchParams }: { searchParams: SearchParams }) {
  const why = (await searchParams).why;
  const text = LAUNCH_REFUSAL_TEXT[isLaunchRefusal(why) ? why : "malformed"];
  return (
    <>
      <SiteHeader />
      <main id="main-content" className="mx-auto max-w-6xl px-4 py-8">
        <div className="max-w-2xl">
          <h1 className="mb-4 text-3xl font-bold md:text-4xl">{text.title}</h1>
          <Callout tone="error" role="alert">
            <p className="mb-2">{text.explanation}</p>
            <p>{text.action}</p>
          </Callout>
          <p className="mt-6">
            No patient information has been shown. You can also <Link href="/sign-in">sign in to the viewer</Link> and search for the
            patient.
          </p>
        </div>
      </main>
    </>
  );
}
