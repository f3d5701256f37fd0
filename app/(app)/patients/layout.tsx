// Patient pages: only roles that may look up patients; TanStack Query for the client-side fetching.
import { QueryProvider } from "@/components/layout/query-provider";
import { requirePagePermission } from "@/lib/server/access/require-page-permission";

export default async function PatientsLayout({ children }: { children: React.ReactNode }) {
  await requirePagePermission("patient:search", "/patients");
  return <QueryProvider>{children}</QueryProvider>;
}
