// Fault administration for tests. Registered only when MIG_ADMIN=1; never on by default.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { MigError } from "../fhir/errors";
import { practiceFault } from "../faults/fault-config";
import type { MigService } from "./mig-service";

const odsParam = z.object({ odsCode: z.string().regex(/^(\*|[A-Z0-9]{3,10})$/) });

export function registerAdminRoutes(app: FastifyInstance, service: MigService): void {
  app.get("/admin/faults", async () => service.faults.snapshot());
  app.put("/admin/faults/:odsCode", async (request) => {
    const params = odsParam.safeParse(request.params);
    const body = practiceFault.safeParse(request.body);
    if (!params.success || !body.success) throw new MigError("INVALID_PARAMETER", "Expected /admin/faults/:odsCode with a fault object");
    service.faults.set(params.data.odsCode, body.data);
    return service.faults.snapshot();
  });
  app.delete("/admin/faults/:odsCode", async (request) => {
    const params = odsParam.safeParse(request.params);
    if (!params.success) throw new MigError("INVALID_PARAMETER", "Bad ODS code");
    service.faults.remove(params.data.odsCode);
    return service.faults.snapshot();
  });
  app.delete("/admin/faults", async () => {
    service.faults.reset();
    return service.faults.snapshot();
  });
}
