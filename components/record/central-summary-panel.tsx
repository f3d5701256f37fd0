"use client";
// Shown under a practice failure: the central summary (allergies and adverse reactions, current medication), fetched
// through our API (guarded and audited like a record view). Labelled on every line that could be read alone as a
// central summary, not the live GP record, with its age, so it is never mistaken for what the practice holds now.
import { useQuery } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { CentralSummaryView } from "@/lib/domain/record-view/central-summary";
import type { MedicationItem } from "@/lib/domain/record/medications/types";
import { QueryProvider } from "../layout/query-provider";
import { Callout } from "../ui/callout";

type Response = { summary: CentralSummaryView; auditEventId: string; retrievedAtDisplay: string };

function Medicines({ title, items }: { title: string; items: MedicationItem[] }) {
  return (
    <>
      <h4 className="mt-3 text-lg font-bold">{title}</h4>
      {items.length === 0 ? (
        <p>None in the central summary.</p>
      ) : (
        <ul className="list-disc pl-6">
          {items.map((m) => (
            <li key={m.id}>
              <span className="font-bold">{m.name}</span> — {m.dosage}
              {m.lastIssued.iso && <span className="text-nhs-grey"> (last issued {m.lastIssued.display})</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Loaded only under a practice failure, with its own query client (the record page has none: see use-api-resource). */
export function CentralSummaryPanel({ nhsNumber }: { nhsNumber: string }) {
  return (
    <QueryProvider>
      <CentralSummary nhsNumber={nhsNumber} />
    </QueryProvider>
  );
}

function CentralSummary({ nhsNumber }: { nhsNumber: string }) {
  const query = useQuery({
    queryKey: ["central-summary", nhsNumber],
    queryFn: ({ signal }) => apiFetch<Response>(`/api/patients/${nhsNumber}/central-summary`, { signal }),
    retry: false,
    staleTime: Infinity,
  });
  if (query.isPending) return <p className="mb-6">Fetching the central summary instead…</p>;
  if (query.error) {
    const why = query.error instanceof ApiError ? query.error.view.title : "It could not be fetched.";
    return (
      <Callout tone="inset" className="mb-6 p-4">
        <p className="font-bold">The central summary is not available either.</p>
        <p>{why}</p>
      </Callout>
    );
  }
  const { summary } = query.data;
  return (
    <section
      aria-labelledby="central-summary-heading"
      className="mb-6 border-4 border-dashed border-nhs-warm-yellow bg-white p-4"
      data-testid="central-summary"
      data-audit-event={query.data.auditEventId}
      data-record-view={`${nhsNumber}/central-summary`}
    >
      <h3 id="central-summary-heading" className="text-2xl font-bold">
        {summary.label}
      </h3>
      <p className="mb-2 text-lg font-bold" data-testid="central-summary-age">
        Last updated {summary.lastUpdated ?? "on a date not given"} ({summary.age})
      </p>
      <Callout tone="warning" className="mb-3 p-3">
        <p>
          This is not the live GP record. It holds only allergies and medication, and anything changed since it was last updated is missing.
          Check with the practice before relying on it.
        </p>
      </Callout>
      <h4 className="text-lg font-bold">Allergies and adverse reactions</h4>
      {summary.allergies.length === 0 ? (
        <p>{summary.noKnownAllergies ? "No known allergies recorded in the central summary." : "None in the central summary."}</p>
      ) : (
        <ul className="list-disc pl-6">
          {summary.allergies.map((a) => (
            <li key={a.id}>
              <span className="font-bold">{a.substance}</span>
              {a.type === "intolerance" ? " (adverse reaction)" : ""}
              {a.reactions.length > 0 && ` — ${a.reactions.join(", ")}`}
            </li>
          ))}
        </ul>
      )}
      {summary.medicationIncluded ? (
        <>
          <Medicines title="Current repeat medication" items={summary.currentRepeat} />
          <Medicines title="Acute medication (last 12 months)" items={summary.recentAcute} />
        </>
      ) : (
        <p className="mt-3">Medication is not part of your view.</p>
      )}
      <p className="mt-3 text-base text-nhs-grey">
        Retrieved {query.data.retrievedAtDisplay} from the central summary through the gateway, not from the practice.
      </p>
    </section>
  );
}
