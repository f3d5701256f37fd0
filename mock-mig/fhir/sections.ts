// Which sections a structured record request asks for, and with what filters. This is what
// `Parameters` parse into, and what buildStructuredRecord takes.

export interface Period {
  start?: string;
  end?: string;
}

export interface RecordSections {
  allergies?: { includeResolved: boolean };
  medication?: { fromDate?: string; includeIssues: boolean };
  problems?: { status?: "active" | "inactive"; significance?: "major" | "minor" };
  consultations?: { period?: Period; mostRecent?: number };
  immunisations?: Record<string, never>;
  uncategorised?: { period?: Period };
  investigations?: Record<string, never>;
  referrals?: Record<string, never>;
  endOfLife?: Record<string, never>;
  risksAndWarnings?: Record<string, never>;
}

export type SectionKey = keyof RecordSections;

export const ALL_SECTIONS: RecordSections = {
  allergies: { includeResolved: true },
  medication: { includeIssues: true },
  problems: {},
  consultations: {},
  immunisations: {},
  uncategorised: {},
  investigations: {},
  referrals: {},
  endOfLife: {},
  risksAndWarnings: {},
};

/** What a social care worker may see (docs/architecture.md, "Roles"). */
export const SOCIAL_CARE_SECTIONS: readonly SectionKey[] = ["allergies", "endOfLife", "risksAndWarnings"];
