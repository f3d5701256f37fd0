import { z } from "zod";
import drugClassesJson from "./drug-classes.v1.json";
import interactionsJson from "./interactions.v1.json";
import { severitySchema, type Severity } from "./types";

/**
 * The facts behind the rules are versioned data files, not code, so pharmacists can review and
 * update them and every report can say which version it used. They are validated on load: a
 * malformed knowledge file must fail loudly in tests, never silently produce no findings.
 */
const drugClassesSchema = z.object({
  version: z.string(),
  source: z.string(),
  classes: z.record(
    z.string(),
    z.object({ label: z.string(), duplicateSeverity: severitySchema.nullable(), ingredients: z.array(z.string()) }),
  ),
  ingredientAliases: z.record(z.string(), z.array(z.string())),
  otherIngredients: z.array(z.string()),
  classTerms: z.record(z.string(), z.string()),
  controlledDrugSchedules: z.record(z.string(), z.enum(["2", "3", "4", "5"])),
});

const referenceSchema = z.string().regex(/^(ingredient|class):[a-z0-9 -]+$/);
const interactionsSchema = z.object({
  version: z.string(),
  source: z.string(),
  interactions: z.array(
    z.object({ id: z.string(), between: z.tuple([referenceSchema, referenceSchema]), severity: severitySchema, consequence: z.string() }),
  ),
});

export type InteractionEntry = z.infer<typeof interactionsSchema>["interactions"][number];

export interface KnowledgeBase {
  interactions: { version: string; source: string; entries: readonly InteractionEntry[] };
  drugClasses: { version: string; source: string };
  classLabel(code: string): string;
  /**
   * Null when two drugs of this class together are not a duplicate (e.g. aspirin with clopidogrel
   * is often intended). A class the MIG sends that this data does not know counts as moderate.
   */
  duplicateSeverity(code: string): Severity | null;
  classesOf(ingredient: string): readonly string[];
  /** Aliases (brands, combination names) expanded to ingredients; unknown names pass through. */
  expand(name: string): readonly string[];
  /** Terms that name an ingredient or alias, longest first, for finding drugs in free text. */
  ingredientTerms: readonly string[];
  classTerms: ReadonlyMap<string, string>;
  controlledSchedule(ingredient: string): string | null;
}

export function loadKnowledgeBase(drugClasses: unknown, interactions: unknown): KnowledgeBase {
  const dc = drugClassesSchema.parse(drugClasses);
  const ix = interactionsSchema.parse(interactions);
  const classesByIngredient = new Map<string, string[]>();
  for (const [code, entry] of Object.entries(dc.classes)) {
    for (const ingredient of entry.ingredients) {
      classesByIngredient.set(ingredient, [...(classesByIngredient.get(ingredient) ?? []), code]);
    }
  }
  const terms = new Set([...classesByIngredient.keys(), ...dc.otherIngredients, ...Object.keys(dc.ingredientAliases)]);
  return {
    interactions: { version: ix.version, source: ix.source, entries: ix.interactions },
    drugClasses: { version: dc.version, source: dc.source },
    classLabel: (code) => dc.classes[code]?.label ?? code.replace(/-/g, " "),
    duplicateSeverity: (code) => {
      const entry = dc.classes[code];
      return entry === undefined ? "moderate" : entry.duplicateSeverity;
    },
    classesOf: (ingredient) => classesByIngredient.get(ingredient) ?? [],
    expand: (name) => dc.ingredientAliases[name] ?? [name],
    ingredientTerms: [...terms].sort((a, b) => b.length - a.length),
    classTerms: new Map(Object.entries(dc.classTerms)),
    controlledSchedule: (ingredient) => dc.controlledDrugSchedules[ingredient] ?? null,
  };
}

export const defaultKnowledgeBase: KnowledgeBase = loadKnowledgeBase(drugClassesJson, interactionsJson);
