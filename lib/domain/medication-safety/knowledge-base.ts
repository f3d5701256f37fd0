import { z } from "zod";
import dmdProductsJson from "./dmd/dmd-products.json";
import type { DmdProductsFile } from "./dmd/dmd-index";
import brandsJson from "./rules/brands.json";
import crossReactivityJson from "./rules/cross-reactivity.json";
import drugClassesJson from "./rules/drug-classes.json";
import exemptionsJson from "./rules/duplicate-exemptions.json";
import interactionsJson from "./rules/interactions.json";
import manifestJson from "./rules/manifest.json";
import referencesJson from "./rules/references.json";
import { evidenceLevelSchema, ruleReferenceSchema, severitySchema, type EvidenceLevel, type RuleReference, type Severity } from "./types";

/**
 * The rule base is data (rules/*.json), reviewed by pharmacists, versioned with a review date, and
 * validated on load: a malformed file, or a rule citing a reference that does not exist, throws, and
 * the caller reports "checks could not run" rather than silently finding nothing.
 */
const slot = z.string().regex(/^(ingredient|class):[a-z0-9 '-]+$/);
const refIds = z.array(z.string()).min(1);
const ruleFields = {
  severity: severitySchema,
  consequence: z.string().min(10),
  action: z.string().min(10),
  evidence: evidenceLevelSchema,
  references: refIds,
};
const interactionSchema = z.object({
  id: z.string(),
  title: z.string(),
  between: z.array(slot).min(2).max(3),
  supersedes: z.array(z.string()).optional(),
  /** Fires only when the named ingredient's readable daily dose is above the limit (unreadable: never). */
  dose: z.object({ ingredient: z.string(), aboveMgPerDay: z.number().positive() }).optional(),
  ...ruleFields,
});
const crossSchema = z.object({ id: z.string(), allergen: slot, drug: slot, ...ruleFields });
const classSchema = z.object({ label: z.string(), duplicateSeverity: severitySchema.nullable(), ingredients: z.array(z.string()) });
const drugClassesSchema = z.object({
  version: z.string(),
  classes: z.record(z.string(), classSchema),
  otherIngredients: z.array(z.string()),
  classTerms: z.record(z.string(), z.string()),
  controlledDrugSchedules: z.record(z.string(), z.enum(["2", "3", "4", "5"])),
  controlledDrugStrengthRules: z.array(
    z.object({ ingredient: z.string(), schedule: z.enum(["2", "3", "4", "5"]), when: z.string(), maxMgPerMl: z.number() }),
  ),
  oralMorphineEquivalentFactors: z.record(z.string(), z.number().positive()),
});
const exemptionSchema = z.object({
  id: z.string(),
  description: z.string(),
  appliesTo: z.array(slot),
  when: z.enum(["one-regular-one-when-required", "different-strengths-same-source"]),
});
const duplicateReferencesSchema = z.object({
  ingredients: z.record(z.string(), refIds),
  classes: z.record(z.string(), refIds),
  default: refIds,
});
/** Interactions where every medicine is a just-in-case (anticipatory) one are intended together: capped, explained. */
const anticipatorySchema = z.object({ severity: severitySchema, note: z.string().min(10), action: z.string().min(10), references: refIds });
const exemptionsSchema = z.object({
  severity: z.object({
    ingredients: z.record(z.string(), severitySchema),
    classes: z.record(z.string(), severitySchema),
    default: severitySchema,
    samePrescriber: severitySchema,
  }),
  exemptions: z.array(exemptionSchema),
  references: duplicateReferencesSchema.optional(),
});
const brandsSchema = z.object({
  names: z.record(z.string(), z.object({ ingredients: z.array(z.string()).min(1), kind: z.string(), source: z.string() })),
});
const dmdSchema = z.object({
  products: z.record(
    z.string(),
    z
      .object({
        kind: z.enum(["AMP", "VMP", "VTM"]),
        name: z.string(),
        ingredients: z.array(z.string()),
        cdSchedule: z.string().nullable(),
      })
      .passthrough(),
  ),
});
const manifestSchema = z.object({
  version: z.string(),
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  reviewDue: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
const referencesSchema = z.object({ references: z.record(z.string(), ruleReferenceSchema) });

interface RuleCommon {
  id: string;
  severity: Severity;
  consequence: string;
  action: string;
  evidence: EvidenceLevel;
  references: RuleReference[];
}
export interface InteractionRule extends RuleCommon {
  title: string;
  between: string[];
  supersedes: string[];
  dose?: { ingredient: string; aboveMgPerDay: number };
}
export interface CrossReactivityRule extends RuleCommon {
  allergen: string;
  drug: string;
}
export type DuplicateExemption = z.infer<typeof exemptionSchema>;
export interface AnticipatoryAdjustment {
  severity: Severity;
  note: string;
  action: string;
  references: RuleReference[];
}

export interface KnowledgeBase {
  version: string;
  reviewed: string;
  reviewDue: string;
  ruleCount: number;
  interactions: readonly InteractionRule[];
  crossReactivity: readonly CrossReactivityRule[];
  exemptions: readonly DuplicateExemption[];
  /** Duplicate severity for an ingredient: paracetamol and anticoagulants severe, others moderate. */
  duplicateSeverity(ingredient: string): Severity;
  duplicateSeverityForSamePrescriber: Severity;
  /** Where the duplicate rule for an ingredient (or, with `drugClass`, a class) comes from. */
  duplicateReferences(ingredient: string | null, drugClass?: string): RuleReference[];
  /** How an interaction between just-in-case medicines only is shown, or null when the rule base says nothing. */
  anticipatory: AnticipatoryAdjustment | null;
  classLabel(code: string): string;
  /** Null when two drugs of this class together are not a duplicate (e.g. aspirin with clopidogrel). */
  classDuplicateSeverity(code: string): Severity | null;
  classesOf(ingredient: string): readonly string[];
  /** Brands, combination names and synonyms expanded to ingredients; unknown names pass through. */
  expand(name: string): readonly string[];
  /** True when the rule base knows this ingredient (it can be checked). */
  knows(ingredient: string): boolean;
  /** Terms that name an ingredient or brand, longest first, for finding drugs in free text. */
  ingredientTerms: readonly string[];
  classTerms: ReadonlyMap<string, string>;
  /** Misuse of Drugs Regulations schedule, strength-aware where the regulations are (e.g. dilute oral morphine is schedule 5). */
  controlledSchedule(ingredient: string, productName: string): string | null;
  /** The dm+d product for a code (AMP, VMP or VTM), from the built dm+d data; null when not in it. */
  dmdProduct(code: string | null | undefined): DmdProductsFile["products"][string] | null;
  /** Oral morphine equivalent factor (mg OME per mg), or null for opioids converted only by specialists. */
  omeFactor(ingredient: string): number | null;
}

function mgPerMl(name: string): number | null {
  const m = /(\d+(?:\.\d+)?)\s*mg\s*\/\s*(\d+(?:\.\d+)?)\s*ml/i.exec(name);
  if (!m) return null;
  return Number(m[1]) / Number(m[2]);
}

export interface RuleBaseFiles {
  manifest: unknown;
  references: unknown;
  interactions: unknown;
  crossReactivity: unknown;
  exemptions: unknown;
  drugClasses: unknown;
  brands: unknown;
  /** Built by `npm run dmd:build` from a dm+d release (or the shipped sample). */
  dmd?: unknown;
}

export function loadKnowledgeBase(files: RuleBaseFiles): KnowledgeBase {
  const manifest = manifestSchema.parse(files.manifest);
  const refs = referencesSchema.parse(files.references).references;
  const resolve = (ruleId: string, ids: readonly string[]): RuleReference[] =>
    ids.map((id) => {
      const ref = refs[id];
      if (!ref) throw new Error(`rule ${ruleId} cites unknown reference ${id}`);
      return ref;
    });
  const interactionsFile = z
    .object({ interactions: z.array(interactionSchema), anticipatory: anticipatorySchema.optional() })
    .parse(files.interactions);
  const interactions = interactionsFile.interactions.map((r) => ({
    ...r,
    supersedes: r.supersedes ?? [],
    references: resolve(r.id, r.references),
  }));
  const anticipatory = interactionsFile.anticipatory
    ? { ...interactionsFile.anticipatory, references: resolve("anticipatory", interactionsFile.anticipatory.references) }
    : null;
  const crossReactivity = z
    .object({ crossReactivity: z.array(crossSchema) })
    .parse(files.crossReactivity)
    .crossReactivity.map((r) => ({ ...r, references: resolve(r.id, r.references) }));
  const ex = exemptionsSchema.parse(files.exemptions);
  const dupRefs = ex.references ?? { ingredients: {}, classes: {}, default: [] };
  const resolveDup = (ids: readonly string[]) => resolve("duplicate", ids);
  // Resolved at load, so a duplicate reference that does not exist fails the load like any other.
  for (const ids of [...Object.values(dupRefs.ingredients), ...Object.values(dupRefs.classes), dupRefs.default]) resolveDup(ids);
  const dc = drugClassesSchema.parse(files.drugClasses);
  const brands = brandsSchema.parse(files.brands).names;
  const dmd = files.dmd === undefined ? { products: {} } : dmdSchema.parse(files.dmd);
  const ids = [...interactions, ...crossReactivity].map((r) => r.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new Error(`duplicate rule id ${dup}`);

  const classesByIngredient = new Map<string, string[]>();
  for (const [code, entry] of Object.entries(dc.classes)) {
    for (const ingredient of entry.ingredients) classesByIngredient.set(ingredient, [...(classesByIngredient.get(ingredient) ?? []), code]);
  }
  // Every class a rule names must exist, or the rule could never fire.
  for (const r of [...interactions.flatMap((i) => i.between), ...crossReactivity.flatMap((c) => [c.allergen, c.drug])]) {
    const [kind, code = ""] = r.split(":", 2);
    if (kind === "class" && !dc.classes[code]) throw new Error(`rule names unknown class ${code}`);
  }
  const known = new Set([...classesByIngredient.keys(), ...dc.otherIngredients, ...Object.keys(dc.controlledDrugSchedules)]);
  const terms = new Set([...known, ...Object.keys(brands)]);
  return {
    version: manifest.version,
    reviewed: manifest.reviewed,
    reviewDue: manifest.reviewDue,
    ruleCount: interactions.length + crossReactivity.length + ex.exemptions.length,
    interactions,
    crossReactivity,
    exemptions: ex.exemptions,
    duplicateSeverity: (ingredient) => {
      const own = ex.severity.ingredients[ingredient];
      if (own) return own;
      const byClass = (classesByIngredient.get(ingredient) ?? []).map((c) => ex.severity.classes[c]).find((s) => s !== undefined);
      return byClass ?? ex.severity.default;
    },
    duplicateSeverityForSamePrescriber: ex.severity.samePrescriber,
    duplicateReferences: (ingredient, drugClass) => {
      if (drugClass !== undefined) return resolveDup(dupRefs.classes[drugClass] ?? dupRefs.default);
      const own = ingredient === null ? undefined : dupRefs.ingredients[ingredient];
      if (own) return resolveDup(own);
      const byClass = (ingredient === null ? [] : (classesByIngredient.get(ingredient) ?? []))
        .map((c) => dupRefs.classes[c])
        .find((r) => r !== undefined);
      return resolveDup(byClass ?? dupRefs.default);
    },
    anticipatory,
    classLabel: (code) => dc.classes[code]?.label ?? code.replace(/-/g, " "),
    classDuplicateSeverity: (code) => (dc.classes[code] === undefined ? "moderate" : dc.classes[code].duplicateSeverity),
    classesOf: (ingredient) => classesByIngredient.get(ingredient) ?? [],
    expand: (name) => brands[name]?.ingredients ?? [name],
    knows: (ingredient) => known.has(ingredient),
    ingredientTerms: [...terms].sort((a, b) => b.length - a.length),
    classTerms: new Map(Object.entries(dc.classTerms)),
    controlledSchedule: (ingredient, productName) => {
      for (const rule of dc.controlledDrugStrengthRules) {
        if (rule.ingredient !== ingredient) continue;
        const strength = mgPerMl(productName);
        if (strength !== null && strength <= rule.maxMgPerMl) return rule.schedule;
      }
      return dc.controlledDrugSchedules[ingredient] ?? null;
    },
    omeFactor: (ingredient) => dc.oralMorphineEquivalentFactors[ingredient] ?? null,
    dmdProduct: (code) => (code ? ((dmd.products as DmdProductsFile["products"])[code] ?? null) : null),
  };
}

export const RULE_BASE_FILES: RuleBaseFiles = {
  manifest: manifestJson,
  references: referencesJson,
  interactions: interactionsJson,
  crossReactivity: crossReactivityJson,
  exemptions: exemptionsJson,
  drugClasses: drugClassesJson,
  brands: brandsJson,
  dmd: dmdProductsJson,
};

let cached: KnowledgeBase | null = null;
/** Loaded on first use, not at import: a broken rule base must not stop the record module loading. */
export function defaultKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledgeBase(RULE_BASE_FILES);
  return cached;
}
