// Sign-in page. Already signed-in users go straight to the landing page.
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SiteHeader } from "@/components/layout/site-header";
import { safeCallbackPath, signInErrorMessage, signInNotice } from "@/lib/domain/auth/sign-in-messages";
import { getActor } from "@/lib/server/auth/session";
import { expectedFailure } from "@/lib/server/errors";
import { serverEnv } from "@/lib/server/config/env";
import { Callout } from "@/components/ui/callout";

export const metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" ? params[key] : undefined);
  const callbackPath = safeCallbackPath(one("callbackUrl"), serverEnv().NEXTAUTH_URL);
  // With the database down the form is still shown, saying sign-in is unavailable, in the app's own words.
  let unavailable = false;
  let actor: Awaited<ReturnType<typeof getActor>> = null;
  try {
    actor = await getActor();
  } catch (error) {
    if (!expectedFailure(error)) throw error;
    unavailable = true;
  }
  if (actor) redirect(callbackPath);
  const notice = unavailable
    ? signInErrorMessage("SignInUnavailable")
    : signInNotice({ reason: one("reason"), signedOut: one("signedOut") });

  return (
    <>
      <SiteHeader />
      <main id="main-content" className="mx-auto max-w-6xl px-4 py-8">
        <div className="max-w-xl">
          <h1 className="mb-4 text-3xl font-bold md:text-4xl">Sign in</h1>
          <p className="mb-6">
            For urgent and emergency care staff and social care workers with a legitimate relationship with the patient. Your access is
            recorded.
          </p>
          {notice && (
            <Callout tone="info" role="status" as="p">
              {notice}
            </Callout>
          )}
          <SignInForm callbackPath={callbackPath} initialError={signInErrorMessage(one("error"))} />
        </div>
      </main>
    </>
  );
}
