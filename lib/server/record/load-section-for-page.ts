import "server-only";
// The section as the page first renders it: fetched on the server during the page request, so the record is in
// the HTML rather than waiting for the browser to start, hydrate and ask the API. The same use-case as the API
// route, so the same checks and exactly one audit event per view; the browser only fetches again on retry or a
// new date range.
import { errorBody } from "@/lib/domain/errors";
import type { InitialSection } from "@/lib/domain/record-view/record-section-response";
import type { SectionRequest } from "@/lib/domain/record/section-registry/section-request";
import type { Actor } from "@/lib/server/auth/session";
import { expectedFailure } from "@/lib/server/errors";
import { getRecordSection } from "./get-record-section";

export async function loadSectionForPage(actor: Actor, request: SectionRequest): Promise<InitialSection> {
  try {
    return { kind: "data", data: await getRecordSection(actor, request, "page") };
  } catch (error) {
    const failure = expectedFailure(error);
    if (!failure) throw error;
    return { kind: "error", error: errorBody(failure.code, failure.detail).error };
  }
}
