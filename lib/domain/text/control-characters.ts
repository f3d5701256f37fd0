// Free text from a form never carries control characters: NUL cannot be stored in PostgreSQL text at all (the
// write would fail and lose the rest of the request), and the others only hide or garble what a reader sees.
// Tab, line feed and carriage return are allowed where a field is multi-line. A lone UTF-16 surrogate (which
// JSON can carry as "\ud800") is refused the same way: it is no character at all and cannot be stored as UTF-8.
import { z } from "zod";

const LONE_SURROGATE = "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u2028\\u2029]|${LONE_SURROGATE}`);
const CONTROL_OR_LINE_BREAK = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]|${LONE_SURROGATE}`);
const ANY = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]|${LONE_SURROGATE}`, "g");

export function hasControlCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? CONTROL : CONTROL_OR_LINE_BREAK).test(value);
}

/** The text with every control character replaced by U+FFFD, for recording what was sent without storing it raw. */
export function replaceControlCharacters(value: string): string {
  return value.replace(ANY, "\uFFFD");
}

export const CONTROL_CHARACTER_MESSAGE = "Remove the special (control) characters from this text";

/** A zod refinement for free-text fields: control characters are a field error, never passed on. */
export function withoutControlCharacters<T extends z.ZodType<string>>(schema: T, options: { multiline?: boolean } = {}) {
  return schema.refine((value) => !hasControlCharacters(value, options), { error: CONTROL_CHARACTER_MESSAGE });
}
