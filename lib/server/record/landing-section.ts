import "server-only";
// Where the record opens (its own address, /patients/{nhs}), decided on the server before anything is drawn:
// paramedics and community nurses on care wishes (End of life) when the patient has any, everyone else on the
// Summary (lib/domain/record/end-of-life/landing.ts). The care wishes are the ones the record layout fetches for the
// banner in the same request (React cache): one fetch, one audit event, shown in the banner.
import { landsOnCareWishes } from "@/lib/domain/record/end-of-life/landing";
import type { RecordSection } from "@/lib/domain/record/section-registry/meta";
import { currentAccessEpisode } from "@/lib/server/access/record-access";
import type { Actor } from "@/lib/server/auth/session";
import { getCareWishesStatus } from "@/lib/server/patients/get-care-wishes-status";

export async function landingSection(actor: Actor, nhsNumber: string): Promise<RecordSection> {
  const episode = await currentAccessEpisode(actor, nhsNumber);
  // No open episode: the layout asks why the user is looking, and nothing is fetched.
  if (!episode || episode.decision === "CONSENT_REFUSED") return "summary";
  const careWishes = await getCareWishesStatus(actor, nhsNumber);
  return careWishes && landsOnCareWishes(actor.role, careWishes.hasCareWishes) ? "end-of-life" : "summary";
}
