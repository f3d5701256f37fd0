import type { KnowledgeBase } from "./knowledge-base";

/** What a medicine is, for the rules: ingredients and classes, all lower-case codes. */
export interface ResolvedDrug {
  ingredients: ReadonlySet<string>;
  classes: ReadonlySet<string>;
}

export interface DrugFacts {
  ingredients: readonly string[];
  classes: readonly string[];
}

const norm = (s: string) => s.trim().toLocaleLowerCase("en-GB").replace(/\s+/g, " ");

function containsTerm(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^a-z])${escaped}([^a-z]|$)`).test(text);
}

/** Ingredients named in free text ("Co-codamol 30mg/500mg tablets" → codeine, paracetamol). */
export function ingredientsInText(kb: KnowledgeBase, text: string): string[] {
  const lower = norm(text);
  const found = kb.ingredientTerms.filter((term) => containsTerm(lower, term));
  return [...new Set(found.flatMap((term) => kb.expand(term)))];
}

/** Classes named in free text ("Penicillin allergy" → penicillin). */
export function classesInText(kb: KnowledgeBase, text: string): string[] {
  const lower = norm(text);
  return [...new Set([...kb.classTerms].filter(([term]) => containsTerm(lower, term)).map(([, code]) => code))];
}

/**
 * The MIG's ingredient and class codes are trusted first (contract: same drug = same ingredient
 * code, same class = same class code). When a source sends neither, the product name is read
 * against the knowledge base so an uncoded or imported record is still checked.
 */
export function resolveDrug(kb: KnowledgeBase, facts: DrugFacts, name: string): ResolvedDrug {
  const given = facts.ingredients.map(norm).filter((i) => i !== "");
  const ingredients = new Set((given.length > 0 ? given : ingredientsInText(kb, name)).flatMap((i) => kb.expand(i)));
  const classes = new Set(facts.classes.map(norm).filter((c) => c !== ""));
  for (const ingredient of ingredients) for (const c of kb.classesOf(ingredient)) classes.add(c);
  return { ingredients, classes };
}

/** "Ibuprofen", "Co-codamol" style capitalisation for sentences. */
export function drugLabel(ingredient: string): string {
  return ingredient.charAt(0).toLocaleUpperCase("en-GB") + ingredient.slice(1);
}
