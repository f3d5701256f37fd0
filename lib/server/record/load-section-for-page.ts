import "server-only";
// The section as the page first renders it: fetched on the server during the page request, so the record is
// in the HTML rather than waiting for the browser to start, hydrate and ask the API. The same use-case as the
// API route, so the same checks and exactly one audit event per view; the browser only fetches again on retry
// or a new date range.
import type { RecordSection } from "@/lib/domain/access/sections";
import { errorBody, type AppErrorView } from "@/lib/domain/errors";
import type { DateFilter } from "@/lib/domain/record/completeness";
import type { ContentOptions } from "@/lib/domain/record/section-content";
import { findAccessEpisode } from "@/lib/server/access/find-access-episode";
import type { Actor } from "@/lib/server/auth/session";
import { expectedFailure } from "@/lib/server/errors";
import { getRecordSection } from "./get-record-section";
import type { RecordSectionResponse } from "./record-section-response";

export type InitialSection =
  | { kind: "data"; data: RecordSectionResponse }
  | { kind: "error"; error: AppErrorView }
  /** No open access episode: the record layout is asking why the user is looking, and nothing is fetched. */
  | { kind: "not-open" };

export async function loadSectionForPage(
  actor: Actor,
  nhsNumber: string,
  section: RecordSection,
  filter: DateFilter | null,
  options: ContentOptions = {},
): Promise<InitialSection> {
  const episode = await findAccessEpisode(actor, nhsNumber);
  if (!episode || episode.decision === "CONSENT_REFUSED") return { kind: "not-open" };
  try {
    return { kind: "data", data: await getRecordSection(actor, nhsNumber, section, filter, options) };
  } catch (error) {
    const failure = expectedFailure(error);
    if (!failure) throw error;
    return { kind: "error", error: errorBody(failure.code, failure.detail).error };
  }
}
