// What a privacy officer records when reviewing an emergency-override alert.
import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "../text/control-characters";
import { REVIEW_OUTCOMES } from "./audit-vocabulary";
import { reviewNoteSchema } from "./review-note";

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2027-01-31" is a day on the calendar; "2027-02-31" and "2027-13-01" are not. */
function isRealDay(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export const alertReviewSchema = z
  .object({
    outcome: z.enum(REVIEW_OUTCOMES, { error: "Select whether the override was appropriate or needs follow-up" }),
    /** Needs follow-up: who owns the follow-up (a name or team) and the day it is due. */
    owner: z.preprocess(
      blank,
      z
        .string({ error: "The owner must be text" })
        .trim()
        .max(200, "Keep the owner under 200 characters")
        .refine((value) => !hasControlCharacters(value), CONTROL_CHARACTER_MESSAGE)
        .optional(),
    ),
    dueOn: z.preprocess(
      blank,
      z
        .string({ error: "Enter the due date as a date, for example 2027-01-31" })
        .trim()
        .regex(ISO_DAY, "Enter the due date as a date, for example 2027-01-31")
        // A real calendar day, kept as typed: Date.parse alone would turn 2027-02-31 into 3 March without a word.
        .refine(isRealDay, "Enter a real due date, for example 2027-01-31")
        .refine((value) => value >= "2000-01-01" && value <= "2099-12-31", "Enter a due date between 2000 and 2099")
        .optional(),
    ),
    note: reviewNoteSchema,
  })
  .superRefine((review, ctx) => {
    if (review.outcome !== "NEEDS_FOLLOW_UP") return;
    if (!review.owner) ctx.addIssue({ code: "custom", path: ["owner"], message: "Enter who owns the follow-up" });
    if (!review.dueOn) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "Enter the date the follow-up is due" });
  });
export type AlertReviewInput = z.infer<typeof alertReviewSchema>;

export const alertIdSchema = z.uuid({ error: "That alert reference is not valid" });
