// Walks the whole audit trail in sequence order, in pages, and names the first broken link.
// No server-only: the `npm run audit:verify` command uses it with its own Prisma client.
import type { PrismaClient } from "../../../generated/prisma/client";
import { findFirstBreak, GENESIS_HASH, type ChainBreak } from "./chain";

export type ChainReport = { checked: number; firstBreak: ChainBreak | null };

const PAGE = 5_000;

export async function verifyAuditChain(prisma: PrismaClient): Promise<ChainReport> {
  let checked = 0;
  let prev = GENESIS_HASH;
  let after: bigint | undefined;
  for (;;) {
    const page = await prisma.auditEvent.findMany({
      where: after === undefined ? {} : { seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: PAGE,
    });
    if (page.length === 0) return { checked, firstBreak: null };
    const firstBreak = findFirstBreak(page, prev);
    if (firstBreak) return { checked: checked + page.findIndex((e) => String(e.seq) === firstBreak.seq), firstBreak };
    checked += page.length;
    const last = page[page.length - 1]!;
    prev = last.hash;
    after = last.seq;
  }
}
