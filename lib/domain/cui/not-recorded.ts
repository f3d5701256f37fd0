/** Shown wherever a value is missing; CUI asks for self-explanatory text, never "?" or blank. */
export const NOT_RECORDED = "Not recorded";
