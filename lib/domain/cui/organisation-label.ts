// "Riverside Surgery (Y90001)": an organisation as every page names it, the ODS code in brackets when known.

export function organisationLabel(organisation: { name: string; odsCode: string | null }): string {
  return organisation.odsCode ? `${organisation.name} (${organisation.odsCode})` : organisation.name;
}
