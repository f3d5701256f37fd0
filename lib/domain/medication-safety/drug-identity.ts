import type { KnowledgeBase } from "./knowledge-base";

/** What a medicine is, for the rules: ingredients and classes, all lower-case codes. */
export interface ResolvedDrug {
  ingredients: ReadonlySet<string>;
  classes: ReadonlySet<string>;
  /** False when no ingredient is one the rule base knows: such a medicine is listed as not checked. */
  identified: boolean;
}

export interface DrugFacts {
  /** dm+d code (AMP, VMP or VTM) when the source coded the product. */
  dmdCode?: string | null;
  ingredients: readonly string[];
  classes: readonly string[];
}

const norm = (s: string) => s.trim().toLocaleLowerCase("en-GB").replace(/\s+/g, " ");

function containsTerm(text: string, term: string): boolean {
  const at = text.indexOf(term);
  if (at < 0) return false;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^a-z])${escaped}([^a-z]|$)`).test(text);
}

/** Ingredients named in free text ("Co-codamol 30mg/500mg tablets", "TYLEX capsules" → codeine, paracetamol). */
export function ingredientsInText(kb: KnowledgeBase, text: string): string[] {
  const lower = norm(text);
  const found: string[] = [];
  let rest = lower;
  // Longest terms first; a matched term is blanked so "co-codamol" does not also match "codeine" twice.
  for (const term of kb.ingredientTerms) {
    if (!containsTerm(rest, term)) continue;
    found.push(term);
    rest = rest.split(term).join(" ");
  }
  return [...new Set(found.flatMap((term) => kb.expand(term)))];
}

/** Classes named in free text ("Penicillin allergy" → penicillin). */
export function classesInText(kb: KnowledgeBase, text: string): string[] {
  const lower = norm(text);
  return [...new Set([...kb.classTerms].filter(([term]) => containsTerm(lower, term)).map(([, code]) => code))];
}

/** The source's coded ingredients ("codeine + paracetamol" is one code for a combination), brands expanded. */
function codedIngredients(kb: KnowledgeBase, given: readonly string[]): string[] {
  return given
    .flatMap((i) => norm(i).split(/\s*\+\s*/))
    .filter((i) => i !== "")
    .flatMap((i) => kb.expand(i));
}

/**
 * A dm+d code the built dm+d data knows is trusted first (AMP → VMP → VTM ingredients); then coded
 * ingredients (the MIG sends the VTM-level ingredient). When a source sends
 * none, or only ones the rule base does not know, the product name is read against the curated names
 * table (brands, combination names), so an imported record is still checked. A medicine with no known
 * ingredient is "not identified" and is listed as not checked.
 */
export function resolveDrug(kb: KnowledgeBase, facts: DrugFacts, name: string): ResolvedDrug {
  const dmd = kb.dmdProduct(facts.dmdCode);
  const coded = dmd && dmd.ingredients.length > 0 ? dmd.ingredients : codedIngredients(kb, facts.ingredients);
  const codedKnown = coded.some((i) => kb.knows(i));
  const ingredients = new Set(codedKnown ? coded : [...coded, ...ingredientsInText(kb, name)]);
  const classes = new Set(facts.classes.map(norm).filter((c) => c !== ""));
  for (const ingredient of ingredients) for (const c of kb.classesOf(ingredient)) classes.add(c);
  return { ingredients, classes, identified: [...ingredients].some((i) => kb.knows(i)) };
}

/** "Ibuprofen", "Co-codamol" style capitalisation for sentences. */
export function drugLabel(ingredient: string): string {
  return ingredient.charAt(0).toLocaleUpperCase("en-GB") + ingredient.slice(1);
}
