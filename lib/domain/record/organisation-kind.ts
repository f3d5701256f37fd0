import type { OrganisationKind, SourceOrganisation } from "./common";

/** Words for the kind of source, used in tags ("Out of hours") and in safety explanations. */
export function organisationKindLabel(kind: OrganisationKind): string {
  switch (kind) {
    case "own-practice":
      return "own GP practice";
    case "other-practice":
      return "another GP practice";
    case "out-of-hours":
      return "out of hours";
    case "hospital":
      return "hospital";
    case "other":
      return "other organisation";
    case "unknown":
      return "source not known";
  }
}

/** "Riverside Surgery (own GP practice)". */
export function describeSource(source: SourceOrganisation): string {
  return `${source.name} (${organisationKindLabel(source.kind)})`;
}

/** Identity for "same or different source": ODS code when known, else the name. */
export function sourceKey(source: SourceOrganisation): string {
  return source.odsCode ?? source.name.trim().toLocaleLowerCase("en-GB");
}
