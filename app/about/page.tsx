// About this service: intended use, who it is for, what it is not, the medication-safety rule base's version and review
// dates, and how to report a safety concern. Public (no patient data), so it is reachable from the sign-in page too.
import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { formatDate } from "@/lib/domain/cui/format-date";
import manifest from "@/lib/domain/medication-safety/rules/manifest.json";
import dmd from "@/lib/domain/medication-safety/dmd/dmd-products.json";
import { getActor } from "@/lib/server/auth/session";
import { expectedFailure } from "@/lib/server/errors";

export const metadata = { title: "About this service" };

export default async function AboutPage() {
  let actor: Awaited<ReturnType<typeof getActor>> = null;
  try {
    actor = await getActor();
  } catch (error) {
    if (!expectedFailure(error)) throw error;
  }
  return (
    <>
      <SiteHeader actor={actor ?? undefined} />
      <main id="main-content" className="mx-auto max-w-6xl px-4 py-6 md:py-8">
        <div className="max-w-3xl space-y-6">
          <h1 className="text-3xl font-bold md:text-4xl">About this service</h1>
          <section aria-labelledby="intended-use">
            <h2 id="intended-use" className="mb-2 text-2xl font-bold">
              What it is for
            </h2>
            <p>
              The Gateway Record Viewer shows a patient&apos;s shared GP record, read-only, to staff caring for that patient who have
              recorded why they are looking. It brings together, from every organisation that shares the record, allergies, current
              medication, problems, resuscitation and care wishes, and it points out medication combinations and supplies that deserve a
              second look.
            </p>
          </section>
          <section aria-labelledby="who-for">
            <h2 id="who-for" className="mb-2 text-2xl font-bold">
              Who it is for
            </h2>
            <p>
              Urgent and emergency care staff (A&amp;E doctors, out-of-hours GPs, NHS 111 clinicians, paramedics), community nurses, and
              social care workers, who see a restricted part of the record. It is not for patients or the public.
            </p>
          </section>
          <section aria-labelledby="what-it-is-not">
            <h2 id="what-it-is-not" className="mb-2 text-2xl font-bold">
              What it is not
            </h2>
            <ul className="list-disc space-y-1 pl-6">
              <li>
                <strong>It is not a replacement for the GP record.</strong> It shows what the sources shared when you opened it; some items
                may be withheld or unavailable, and each page says so when they are.
              </li>
              <li>
                <strong>It is not a complete interaction checker.</strong> Medication safety checks use a limited, referenced rule base. The
                absence of a warning is not reassurance: check with a pharmacist or a licensed interaction checker.
              </li>
              <li>It does not prescribe, order or write anything back to the GP record.</li>
            </ul>
          </section>
          <section aria-labelledby="versions">
            <h2 id="versions" className="mb-2 text-2xl font-bold">
              Medication safety rule base
            </h2>
            <dl className="divide-y divide-nhs-border border-y border-nhs-border bg-white">
              {[
                ["Rule base version", manifest.version],
                ["Reviewed", formatDate(manifest.reviewed)],
                ["Next review due", formatDate(manifest.reviewDue)],
                ["Medicine identity (dm+d)", dmd.source],
              ].map(([key, value]) => (
                <div key={key} className="grid gap-1 px-4 py-3 sm:grid-cols-3">
                  <dt className="font-bold">{key}</dt>
                  <dd className="sm:col-span-2">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="report-concern">
            <h2 id="report-concern" className="mb-2 text-2xl font-bold">
              Report a safety concern
            </h2>
            <p className="mb-2">
              If anything shown here looks wrong, missing or misleading, do not rely on it: check with the patient&apos;s GP practice. Then
              report it with <strong>Report a safety concern</strong>, at the top of every page once you are signed in: it records who you
              are, the page you were on (and so the patient, on a record page) and what you saw, for the clinical safety officer to review.
            </p>
            {actor ? (
              <p>
                <Link href="/safety-concern?page=%2Fabout">Report a safety concern</Link>
              </p>
            ) : (
              <p>Sign in first, or report it through your organisation&apos;s incident reporting process to its clinical safety officer.</p>
            )}
          </section>
          <p>
            <Link href="/">Back to the start page</Link>
          </p>
        </div>
      </main>
    </>
  );
}
