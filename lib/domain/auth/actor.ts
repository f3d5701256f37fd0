// The signed-in user as every use-case, page and component sees them (types only: safe in the browser).
import type { Role } from "../roles";

export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  professionalCode: string | null;
  role: Role;
  organisation: { odsCode: string; name: string };
};
