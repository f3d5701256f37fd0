// Audit events as a table: one row per event, newest first, times in UK time. Server-rendered.
import { ACTION_LABELS, OUTCOME_LABELS, type AccessRoute } from "@/lib/domain/governance/audit-vocabulary";
import { formatAuditTime } from "@/lib/domain/governance/audit-time";
import type { AuditEventView } from "@/lib/domain/governance/views";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { PatientCell } from "./patient-name";

const COLUMNS = ["Time (UK)", "Action", "Outcome", "User", "Role", "Organisation", "Patient", "Opened by", "Detail"] as const;
const CELL = "border-b border-nhs-border px-3 py-2 align-top max-lg:px-2";
// An empty cell stays empty: a word such as "None" would read as a value.
const ROUTE_TEXT: Record<AccessRoute, string> = { launch: "Launch from a host system", search: "Search in the viewer" };

/** The user's name next to their username, or whichever of them the event has. */
function UserCell({ name, username }: { name: string | null; username: string | null }) {
  if (name && username)
    return (
      <>
        {name} <span className="text-nhs-grey">({username})</span>
      </>
    );
  return <>{name ?? username ?? ""}</>;
}

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
              <td className={CELL}>
                <UserCell name={e.userDisplayName} username={e.username} />
              </td>
              <td className={CELL}>{e.role ? ROLE_LABELS[e.role] : ""}</td>
              <td className={CELL}>{e.organisationOds ?? ""}</td>
              <td className={CELL}>
                <PatientCell patient={e.patient} nhsNumber={e.patientNhsNumber} />
              </td>
              <td className={CELL}>{e.via ? ROUTE_TEXT[e.via] : ""}</td>
              <td className={`${CELL} min-w-[16em] break-words`}>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
