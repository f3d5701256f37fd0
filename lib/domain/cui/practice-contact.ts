// Who to ring when the practice system cannot answer: the practice named with its phone number and, when known,
// what it says about the hours it is closed. Used by every practice-failure message.
import { organisationLabel } from "./organisation-label";

export type PracticeContactInfo = { name: string; odsCode: string | null; phone?: string | null; outOfHours?: string | null };

/** "Riverside Surgery (Y90001), phone 01632 960001. When closed: …" */
export function practiceContactLine(practice: PracticeContactInfo): string {
  const phone = practice.phone ? `, phone ${practice.phone}` : ", phone number not known to the gateway";
  const closed = practice.outOfHours ? ` When the practice is closed: ${practice.outOfHours}` : "";
  return `${organisationLabel(practice)}${phone}.${closed}`;
}
