// GET /metadata: what this mock supports, as a CapabilityStatement.

import type { CapabilityStatement } from "fhir/r4";

export function capabilityStatement(referenceDate: string): CapabilityStatement {
  return {
    resourceType: "CapabilityStatement",
    id: "mock-mig",
    name: "MockMIG",
    title: "Mock Medical Interoperability Gateway (synthetic data only)",
    status: "active",
    experimental: true,
    date: referenceDate,
    publisher: "Gateway Record Viewer project",
    description: "A FHIR R4 stand-in for the MIG, modelled on GP Connect Access Record: Structured. All patients are synthetic.",
    kind: "instance",
    software: { name: "mock-mig", version: "0.1.0" },
    implementation: { description: "Mock MIG" },
    fhirVersion: "4.0.1",
    format: ["application/fhir+json"],
    rest: [
      {
        mode: "server",
        security: { description: "Bearer JWT (HS256) identifying the requesting user, role, organisation and consent to view." },
        resource: [
          {
            type: "Patient",
            profile: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient",
            interaction: [{ code: "search-type" }],
            searchParam: [
              { name: "identifier", type: "token", documentation: "https://fhir.nhs.uk/Id/nhs-number|NNNNNNNNNN" },
              { name: "family", type: "string" },
              { name: "given", type: "string" },
              { name: "birthdate", type: "date" },
              { name: "address-postalcode", type: "string" },
            ],
            operation: [
              {
                name: "gpc.getstructuredrecord",
                definition: "https://fhir.nhs.uk/OperationDefinition/GPConnect-GetStructuredRecord-Operation-1",
              },
            ],
          },
        ],
      },
    ],
  };
}
