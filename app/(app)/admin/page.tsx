// The administrator's page: service health in words (database, gateway, medication safety checks), the accounts
// that can sign in (the demo users on a demo system), and lock-outs to clear. No clinical record is shown here.
import { ClearLockoutButton } from "@/components/admin/clear-lockout-button";
import { Tag } from "@/components/record/tag";
import { needsClearing } from "@/lib/domain/admin/accounts";
import { formatAuditTime } from "@/lib/domain/governance/audit-time";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { requirePagePermission } from "@/lib/server/access/require-page-permission";
import { listAccounts } from "@/lib/server/admin/accounts";
import { checkHealth, type DependencyHealth } from "@/lib/server/health/check-health";

export const metadata = { title: "Service health and accounts" };

function dependencyWords(d: DependencyHealth): string {
  return d.ok ? `Working (answered in ${d.latencyMs} ms)` : `Not working: ${d.problem ?? "no answer"} (after ${d.latencyMs} ms)`;
}

export default async function AdminPage() {
  const actor = await requirePagePermission("accounts:manage", "/admin");
  const [health, accounts] = await Promise.all([checkHealth(), listAccounts(actor)]);
  const safety = health.medicationSafety;
  const rows: [string, boolean, string][] = [
    ["Database", health.database.ok, dependencyWords(health.database)],
    ["Gateway (MIG)", health.mig.ok, dependencyWords(health.mig)],
    [
      "Medication safety checks",
      safety.ok,
      safety.ok
        ? `Working: rule base ${safety.ruleBase.version ?? ""}, review due ${safety.ruleBase.reviewDue ?? "unknown"}`
        : `Needs attention: ${safety.problem ?? "unknown problem"}${safety.failuresSinceStart > 0 ? ` (${safety.failuresSinceStart} failures since the app started)` : ""}`,
    ],
  ];
  const locked = accounts.filter(needsClearing);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">Service health and accounts</h1>
      <section aria-labelledby="health" className="mb-10">
        <h2 id="health" className="mb-2 text-2xl font-bold">
          Service health: {health.status === "ok" ? "everything is working" : "something needs attention"}
        </h2>
        <p className="mb-2">
          Checked at <time dateTime={health.checkedAt}>{formatAuditTime(health.checkedAt)}</time> (UK time), app version{" "}
          {health.app.version}. Monitoring tools read the same check as JSON at <code>/api/health</code>.
        </p>
        <dl className="divide-y divide-nhs-border border-y border-nhs-border bg-white">
          {rows.map(([key, ok, words]) => (
            <div key={key} className="grid gap-1 px-4 py-3 sm:grid-cols-3">
              <dt className="font-bold">{key}</dt>
              <dd className="sm:col-span-2">
                <Tag colour={ok ? "green" : "red"} className="mr-2">
                  {ok ? "OK" : "Problem"}
                </Tag>
                {words}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="lockouts" className="mb-10">
        <h2 id="lockouts" className="mb-2 text-2xl font-bold">
          Lock-outs ({locked.length})
        </h2>
        <p className="mb-4 max-w-3xl">
          Five wrong passwords in a row lock an account for 15 minutes. Clear a lock-out only once you are sure the person asking is the
          account&apos;s owner; clearing it is recorded in the audit trail.
        </p>
        {locked.length === 0 ? (
          <p className="bg-white p-4">No account is locked or has failed sign-ins counting towards a lock-out.</p>
        ) : (
          <ul className="space-y-4">
            {locked.map((a) => (
              <li key={a.username} className="border-l-8 border-nhs-red bg-white p-4" data-testid="lockout">
                <p className="font-bold">
                  {a.displayName} ({a.username})
                </p>
                <p className="mb-2">
                  {a.lockedUntil ? `Locked until ${formatAuditTime(a.lockedUntil)}` : "Not locked yet"}; {a.failedSignIns} failed sign-in
                  {a.failedSignIns === 1 ? "" : "s"} in a row.
                </p>
                <ClearLockoutButton username={a.username} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="accounts">
        <h2 id="accounts" className="mb-2 text-2xl font-bold">
          Accounts ({accounts.length})
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">Accounts that can sign in</caption>
            <thead>
              <tr className="border-b-2 border-nhs-black">
                {["Username", "Name", "Role", "Organisation", "Last sign-in", "Status"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.username} className="border-b border-nhs-border">
                  <td className="px-3 py-2">{a.username}</td>
                  <td className="px-3 py-2">{a.displayName}</td>
                  <td className="px-3 py-2">{ROLE_LABELS[a.role]}</td>
                  <td className="px-3 py-2">{a.organisation}</td>
                  <td className="px-3 py-2">{a.lastSignInAt ? formatAuditTime(a.lastSignInAt) : ""}</td>
                  <td className="px-3 py-2">{!a.active ? "Disabled" : a.lockedUntil ? "Locked" : "Active"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
