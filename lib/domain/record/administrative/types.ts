import { z } from "zod";
import { itemBaseSchema } from "../common";
import { completenessSchema } from "../completeness";

/** One key–value row of the Administrative items section (NHS summary list pattern). */
export const administrativeItemSchema = itemBaseSchema.extend({ label: z.string(), value: z.string() });
export type AdministrativeItem = z.infer<typeof administrativeItemSchema>;

export const administrativeSectionSchema = z.object({
  completeness: completenessSchema,
  items: z.array(administrativeItemSchema),
});
export type AdministrativeSection = z.infer<typeof administrativeSectionSchema>;
