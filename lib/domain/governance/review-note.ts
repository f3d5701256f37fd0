// The reviewer's optional free-text note, the same on every review form (override alerts, safety concerns): blank is
// no note; otherwise text, trimmed, under 2000 characters, with no control characters but line breaks.
import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "../text/control-characters";

export const reviewNoteSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z
    .string({ error: "The note must be text" })
    .trim()
    .max(2000, "Keep the note under 2000 characters")
    .refine((value) => !hasControlCharacters(value, { multiline: true }), CONTROL_CHARACTER_MESSAGE)
    .optional(),
);
