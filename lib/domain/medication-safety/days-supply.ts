// Days' supply from the quantity issued and the dose instruction. For earliness the *shortest* plausible
// supply is used (the highest dose the instruction allows: "one or two tablets up to four times a day"
// is 8 a day), so an issue is only called early when it came before even the maximum dose would have
// used up the previous supply. Unreadable instructions give null: no earliness claim is made.

const WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, half: 0.5 };

function num(word: string | undefined): number | null {
  if (word === undefined) return null;
  const w = word.toLowerCase();
  if (w in WORDS) return WORDS[w] ?? null;
  const n = Number(w);
  return Number.isFinite(n) && n > 0 ? n : null;
}

const N = "(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|half)";
const RANGE = new RegExp(`${N}\\s*(?:ml|mg|micrograms?)?\\s*(?:or|to|-)\\s*${N}\\s*(?:ml|mg|micrograms?)?\\b`);
const SINGLE = new RegExp(
  `(?:^|\\s)${N}\\s*(?:ml|tablets?|capsules?|puffs?|sprays?|sachets?|patch(?:es)?|drops?|ampoules?|suppositor(?:y|ies)|lozenges?|doses?)\\b`,
);
const TIMES = new RegExp(`${N}\\s+times\\s+(?:a|per|each)\\s+day`);
const EVERY = new RegExp(`every\\s+${N}(?:\\s*(?:to|-|or)\\s*${N})?\\s+hours?`);

/** The largest number of units one dose can be: "one or two tablets" → 2, "2.5ml to 5ml" → 5. */
export function maxUnitsPerDose(dose: string): number | null {
  const text = dose.toLowerCase();
  const range = RANGE.exec(text);
  if (range) return num(range[2]);
  const single = SINGLE.exec(text);
  return single ? num(single[1]) : null;
}

/** The most doses a day the instruction allows: "up to four times a day" → 4, "every four to six hours" → 6. */
export function maxDosesPerDay(dose: string): number | null {
  const text = dose.toLowerCase();
  if (/once a week|weekly|every week/.test(text)) return 1 / 7;
  const times = TIMES.exec(text);
  if (times) return num(times[1]);
  if (/twice (?:a|per|each) day|twice daily|two times a day/.test(text)) return 2;
  const every = EVERY.exec(text);
  if (every) {
    const shortest = num(every[1]);
    return shortest ? Math.floor(24 / shortest) : null;
  }
  if (/every hour|hourly/.test(text)) return 24;
  if (/once (?:a|per|each) day|once daily|\bdaily\b|each (?:morning|night|evening)|at night|in the morning|at bedtime/.test(text)) return 1;
  return null;
}

/** Units in a quantity like "28 tablet", "100 ml"; null when unreadable. */
export function quantityUnits(quantity: string): number | null {
  const m = /(\d+(?:\.\d+)?)/.exec(quantity);
  return m ? Number(m[1]) : null;
}

const cache = new Map<string, number | null>();

/** Shortest plausible days' supply, or null when the quantity or dose cannot be read. Cached: records repeat the same few instructions. */
export function daysSupply(quantity: string, dose: string): number | null {
  const key = `${quantity}\u0000${dose}`;
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit ?? null;
  const value = computeDaysSupply(quantity, dose);
  if (cache.size > 5000) cache.clear();
  cache.set(key, value);
  return value;
}

function computeDaysSupply(quantity: string, dose: string): number | null {
  const units = quantityUnits(quantity);
  const perDose = maxUnitsPerDose(dose);
  const perDay = maxDosesPerDay(dose);
  if (units === null || perDose === null || perDay === null) return null;
  const days = units / (perDose * perDay);
  return Number.isFinite(days) && days > 0 ? days : null;
}

/** Strength in mg per unit from a product name ("Oxycodone 5mg capsules" → 5; "10mg/5ml" → 2 per ml). */
export function strengthMgPerUnit(name: string): number | null {
  const perMl = /(\d+(?:\.\d+)?)\s*mg\s*\/\s*(\d+(?:\.\d+)?)\s*ml/i.exec(name);
  if (perMl) return Number(perMl[1]) / Number(perMl[2]);
  const mg = /(\d+(?:\.\d+)?)\s*mg\b/i.exec(name);
  if (mg) return Number(mg[1]);
  const mcg = /(\d+(?:\.\d+)?)\s*micrograms?\b/i.exec(name);
  return mcg ? Number(mcg[1]) / 1000 : null;
}
