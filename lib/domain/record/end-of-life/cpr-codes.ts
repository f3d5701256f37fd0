// The UK codes a GP record may carry for a CPR decision, each checked against a published source (see
// docs/care-wishes.md, "Codes"). A code not in this table is never guessed: it is shown as "decision unclear".
//
// SNOMED CT, checked:
// - 304252001 "For resuscitation" and 304253006 "Not for resuscitation": the resuscitation status value set of
//   HL7 Germany's COVID-19 research dataset (hl7germany/forschungsnetz-covid19, ValueSet DoNotResuscitateOrder) and
//   HL7 Switzerland's eNotfallpass; Ardens "Resuscitation status coding (SCCI1580)" names both as the older codes.
// - 450475007 "For attempted cardiopulmonary resuscitation" and 450476008 "Not for attempted CPR (cardiopulmonary
//   resuscitation)": Ardens "Resuscitation status coding (SCCI1580)" (support.ardens.org.uk, article 31000168463),
//   the codes compliant with SCCI1580 (the EPaCCS core content standard).
// ReSPECT: the UK edition has ReSPECT concepts, but we could not check their identifiers in a public source, so the
// MIG's form type travels as a clearly local code (FORM_TYPE_SYSTEM below), never as an invented SNOMED code.

export type CprDecisionKind = "not-for-resuscitation" | "for-resuscitation" | "unknown";

export const CPR_SNOMED_CODES: Readonly<Record<string, { decision: Exclude<CprDecisionKind, "unknown">; display: string }>> = {
  "304253006": { decision: "not-for-resuscitation", display: "Not for resuscitation" },
  "450476008": { decision: "not-for-resuscitation", display: "Not for attempted cardiopulmonary resuscitation" },
  "304252001": { decision: "for-resuscitation", display: "For resuscitation" },
  "450475007": { decision: "for-resuscitation", display: "For attempted cardiopulmonary resuscitation" },
};

/** The kind of decision a SNOMED CT code means, or "unknown" for any other code (or none). */
export function cprDecisionOfCode(code: string | null | undefined): CprDecisionKind {
  return (code && CPR_SNOMED_CODES[code]?.decision) || "unknown";
}

/** Local (MIG) codes for the form a decision is written on. Not SNOMED CT: see the header. */
export const FORM_TYPES = { respect: "ReSPECT", dnacpr: "DNACPR", "treatment-escalation-plan": "Treatment escalation plan" } as const;
export type FormTypeCode = keyof typeof FORM_TYPES;
