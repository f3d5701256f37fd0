// Patient pages: only roles that may look up patients; TanStack Query for the client-side fetching.
import { QueryProvider } from "@/components/layout/query-provider";
import { can } from "@/lib/domain/access/policy";
import { requireActor } from "@/lib/server/auth/session";
import { forbidden } from "next/navigation";

export default async function PatientsLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (!can(actor.role, "patient:search")) forbidden();
  return <QueryProvider>{children}</QueryProvider>;
}
