"use client";
// Role-first landing: rendered by the record layout only for a role that starts on care wishes and a patient who has
// some (lib/domain/record/end-of-life/landing.ts). The first time this patient's record opens on the Summary in this
// browser tab, it moves on to End of life; after that the Summary stays where the user put it.
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";

export function CareWishesLanding({ nhsNumber }: { nhsNumber: string }) {
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    const key = `care-wishes-landed:${nhsNumber}`;
    if (pathname !== `/patients/${nhsNumber}/summary` || sessionStorage.getItem(key) !== null) return;
    sessionStorage.setItem(key, "1");
    router.replace(`/patients/${nhsNumber}/end-of-life`);
  }, [nhsNumber, pathname, router]);
  return null;
}
