// Demo organisations and users (synthetic names and codes). Shared by the seed, e2e tests and the README,
// so a sign-in test can never drift from what was seeded.
import type { OrganisationKind, Role } from "../generated/prisma/enums";

/** Every demo user's password; documented in the README. Never used outside demo and test databases. */
export const DEMO_PASSWORD = "demo-password-2026";

export type DemoOrganisation = { readonly odsCode: string; readonly name: string; readonly kind: OrganisationKind };

export type DemoUser = {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organisationOdsCode: string;
  readonly professionalCode: string | null;
  /** A synthetic SDS user id, as a launching host system names the user (issue 17); none for non-clinical users. */
  readonly sdsUserId?: string;
};

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { odsCode: "R9A", name: "Trent Valley University Hospitals NHS Trust", kind: "ACUTE_TRUST" },
  { odsCode: "Y9S01", name: "Sherwood Urgent Care (out of hours)", kind: "OUT_OF_HOURS" },
  { odsCode: "Y9E11", name: "East Midlands 111 (synthetic)", kind: "NHS_111" },
  { odsCode: "R9Y", name: "Midlands Ambulance Service (synthetic)", kind: "AMBULANCE" },
  { odsCode: "R9C", name: "Trentside Community Health", kind: "COMMUNITY" },
  { odsCode: "L9T", name: "Trentshire County Council Adult Social Care", kind: "LOCAL_AUTHORITY" },
  { odsCode: "Q9X", name: "Gateway Viewer Programme Office", kind: "COMMISSIONER" },
];

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: "ae.doctor",
    displayName: "Dr Priya Raman",
    role: "AE_DOCTOR",
    organisationOdsCode: "R9A",
    professionalCode: "GMC 7000001",
    sdsUserId: "900000000001",
  },
  {
    username: "ooh.gp",
    displayName: "Dr Tom Ellery",
    role: "OOH_GP",
    organisationOdsCode: "Y9S01",
    professionalCode: "GMC 7000002",
    sdsUserId: "900000000002",
  },
  {
    username: "nhs111.clinician",
    displayName: "Grace Okafor",
    role: "CLINICIAN_111",
    organisationOdsCode: "Y9E11",
    professionalCode: "NMC 99A0001A",
    sdsUserId: "900000000003",
  },
  {
    username: "paramedic",
    displayName: "Sam Whitlow",
    role: "PARAMEDIC",
    organisationOdsCode: "R9Y",
    professionalCode: "HCPC PA90001",
    sdsUserId: "900000000004",
  },
  {
    username: "nurse",
    displayName: "Nurse Helen Marsh",
    role: "NURSE",
    organisationOdsCode: "R9C",
    professionalCode: "NMC 99A0002B",
    sdsUserId: "900000000005",
  },
  { username: "social.worker", displayName: "Joe Barker", role: "SOCIAL_CARE", organisationOdsCode: "L9T", professionalCode: null },
  { username: "privacy.officer", displayName: "Ruth Adeyemi", role: "PRIVACY_OFFICER", organisationOdsCode: "Q9X", professionalCode: null },
  { username: "admin", displayName: "Alex Carter", role: "ADMINISTRATOR", organisationOdsCode: "Q9X", professionalCode: null },
];

/**
 * Seeded only for the end-to-end tests (SEED_E2E_USERS=1): an account the lock-out journey may lock
 * without spoiling any other journey's sign-in.
 */
export const E2E_ONLY_USERS: readonly DemoUser[] = [
  { username: "lockout.probe", displayName: "Lockout Probe", role: "PARAMEDIC", organisationOdsCode: "R9Y", professionalCode: null },
  // The first-screen journeys (e2e/specs/first-screen.spec.ts) open every demo patient afresh at each screen size.
  { username: "layout.desktop", displayName: "Layout Desktop", role: "AE_DOCTOR", organisationOdsCode: "R9A", professionalCode: null },
  { username: "layout.tablet", displayName: "Layout Tablet", role: "OOH_GP", organisationOdsCode: "Y9S01", professionalCode: null },
  { username: "layout.phone", displayName: "Layout Phone", role: "CLINICIAN_111", organisationOdsCode: "Y9E11", professionalCode: null },
  { username: "keyboard.only", displayName: "Keyboard Only", role: "AE_DOCTOR", organisationOdsCode: "R9A", professionalCode: null },
  // The contacts journey (e2e/specs/real-records.spec.ts) needs records no earlier journey has opened as this user.
  { username: "contacts.journey", displayName: "Contacts Journey", role: "AE_DOCTOR", organisationOdsCode: "R9A", professionalCode: null },
];

export function usersToSeed(env: NodeJS.ProcessEnv = process.env): readonly DemoUser[] {
  return env.SEED_E2E_USERS === "1" ? [...DEMO_USERS, ...E2E_ONLY_USERS] : DEMO_USERS;
}
