// The banner's care-wishes status as carried in the Summary view model (see care-wishes-status.ts for the states).
import { z } from "zod";

export const careWishesStatusSchema = z.object({
  state: z.enum(["decision", "none", "unavailable"]),
  /** How the headline should look: a DNACPR is red, "for CPR" green, anything uncertain a warning. */
  tone: z.enum(["dnacpr", "for-cpr", "warning", "neutral"]),
  headline: z.string(),
  /** Short facts after the headline, in order of urgency. */
  details: z.array(z.string()),
  /** Any care wishes at all (a CPR decision, ReSPECT, ADRT, LPA, register, preferences): paramedics and nurses land on them. */
  hasCareWishes: z.boolean(),
});
export type CareWishesStatus = z.infer<typeof careWishesStatusSchema>;
