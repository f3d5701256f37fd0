// Patient pages: only roles that may look up patients. TanStack Query is provided where a page fetches from the
// browser (the search), not here: the record pages keep it out of their first load.
import { requirePagePermission } from "@/lib/server/access/require-page-permission";

export default async function PatientsLayout({ children }: { children: React.ReactNode }) {
  await requirePagePermission("patient:search", "/patients");
  return children;
}
