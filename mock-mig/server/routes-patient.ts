// GET /Patient — by NHS number, or a trace: family (+ given) + birthdate (full, year-month or year), gender or
// postcode. The date of birth may be left out when gender or postcode narrows the search.

import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { isValidNhsNumber } from "../../lib/domain/nhs-number";
import { parseBirthDate } from "../fhir/build-search";
import { MigError } from "../fhir/errors";
import { SYSTEMS } from "../fhir/systems";
import { sendFhir } from "./app";
import type { MigService } from "./mig-service";

const query = z
  .object({
    identifier: z.string().optional(),
    family: z.string().min(1).max(100).optional(),
    given: z.string().min(1).max(100).optional(),
    birthdate: z
      .string()
      .regex(/^(eq)?\d{4}(-\d{2}(-\d{2})?)?$/, "birthdate must be YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
    gender: z.enum(["male", "female"]).optional(),
    "address-postalcode": z.string().min(2).max(10).optional(),
    _format: z.string().optional(),
    _count: z.coerce.number().int().min(1).max(50).optional(),
    _include: z.literal("Patient:general-practitioner", { error: "_include supports Patient:general-practitioner only" }).optional(),
  })
  .strict();

export function registerPatientRoutes(app: FastifyInstance, service: MigService, authenticate: (r: FastifyRequest) => Promise<void>): void {
  app.get("/Patient", { preHandler: authenticate }, async (request, reply) => {
    const parsed = query.safeParse(request.query);
    if (!parsed.success)
      throw new MigError(
        "INVALID_PARAMETER",
        `Unsupported or invalid search parameters: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`,
      );
    const q = parsed.data;
    if (q.identifier !== undefined) {
      if (q.family || q.given || q.birthdate || q.gender || q["address-postalcode"])
        throw new MigError("INVALID_PARAMETER", "Search by identifier or by demographics, not both");
      const [system, value] = q.identifier.includes("|") ? q.identifier.split("|", 2) : [undefined, q.identifier];
      if (system !== SYSTEMS.nhsNumber)
        throw new MigError("INVALID_IDENTIFIER_SYSTEM", `identifier must be ${SYSTEMS.nhsNumber}|NNNNNNNNNN`);
      if (!value || !isValidNhsNumber(value)) throw new MigError("INVALID_NHS_NUMBER", "The NHS number is not valid");
      return sendFhir(reply, 200, service.searchByNhsNumber(value, q._include !== undefined));
    }
    if (!q.family) throw new MigError("INVALID_PARAMETER", "A trace needs family, and birthdate, gender or address-postalcode");
    if (!q.birthdate && !q.gender && !q["address-postalcode"])
      throw new MigError("INVALID_PARAMETER", "A trace needs birthdate, gender or address-postalcode as well as family");
    const birthDate = q.birthdate ? parseBirthDate(q.birthdate.replace(/^eq/, "")) : undefined;
    if (birthDate === null) throw new MigError("INVALID_PARAMETER", "birthdate is not a real date");
    return sendFhir(
      reply,
      200,
      service.trace(
        {
          family: q.family,
          ...(q.given ? { given: q.given } : {}),
          ...(birthDate ? { birthDate } : {}),
          ...(q.gender ? { gender: q.gender } : {}),
          ...(q["address-postalcode"] ? { postcode: q["address-postalcode"] } : {}),
        },
        q._include !== undefined,
        q._count,
      ),
    );
  });
}
