// What a privacy officer records when reviewing an emergency-override alert.
import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "../text/control-characters";
import { REVIEW_OUTCOMES } from "./audit-vocabulary";

export const alertReviewSchema = z.object({
  outcome: z.enum(REVIEW_OUTCOMES, { error: "Select whether the override was appropriate or needs follow-up" }),
  note: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string({ error: "The note must be text" })
      .trim()
      .max(2000, "Keep the note under 2000 characters")
      .refine((value) => !hasControlCharacters(value, { multiline: true }), CONTROL_CHARACTER_MESSAGE)
      .optional(),
  ),
});
export type AlertReviewInput = z.infer<typeof alertReviewSchema>;

export const alertIdSchema = z.uuid({ error: "That alert reference is not valid" });
