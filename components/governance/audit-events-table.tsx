// Audit events as a table: one row per event, newest first, times in UK time. Server-rendered.
import { ACTION_LABELS, OUTCOME_LABELS } from "@/lib/domain/governance/audit-vocabulary";
import { formatAuditTime } from "@/lib/domain/governance/audit-time";
import type { AuditEventView } from "@/lib/domain/governance/views";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { ROLE_LABELS } from "@/lib/domain/roles";

const COLUMNS = ["Time (UK)", "Action", "Outcome", "User", "Role", "Organisation", "Patient NHS number", "Detail"] as const;
const CELL = "border-b border-nhs-border px-3 py-2 align-top max-lg:px-2";
const NONE = <span className="text-nhs-grey">None</span>;

export function AuditEventsTable({ events, caption }: { events: readonly AuditEventView[]; caption: string }) {
  return (
    <div
      role="region"
      aria-labelledby="audit-results-caption"
      tabIndex={0}
      className="mb-4 overflow-x-auto focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-nhs-focus"
    >
      <table className="w-full min-w-[60em] border-collapse bg-white text-left text-base">
        <caption id="audit-results-caption" className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="border-b-2 border-nhs-black px-3 py-2 align-bottom font-bold max-lg:px-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <th scope="row" className={`${CELL} whitespace-nowrap font-normal`}>
                <time dateTime={e.occurredAt}>{formatAuditTime(e.occurredAt)}</time>
              </th>
              <td className={CELL}>{ACTION_LABELS[e.action]}</td>
              <td className={`${CELL} ${e.outcome === "SUCCESS" ? "" : "font-bold"}`}>{OUTCOME_LABELS[e.outcome]}</td>
              <td className={CELL}>{e.username ?? NONE}</td>
              <td className={CELL}>{e.role ? ROLE_LABELS[e.role] : NONE}</td>
              <td className={CELL}>{e.organisationOds ?? NONE}</td>
              <td className={`${CELL} whitespace-nowrap`}>{e.patientNhsNumber ? formatNhsNumber(e.patientNhsNumber) : NONE}</td>
              <td className={`${CELL} min-w-[16em] break-words`}>{e.detail || NONE}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
