// What the governance use-cases hand out: plain data for pages, JSON routes and tests (never database rows).
import type { Role } from "../roles";
import type { AuditFilters } from "./audit-filters";
import type { PatientNameView } from "./patient-name";
import type { AccessRoute, AlertStatusName, AuditActionName, AuditOutcomeName } from "./audit-vocabulary";

export type AuditEventView = {
  /** The event's place in the hash chain; a string because it is a 64-bit integer. */
  seq: string;
  id: string;
  occurredAt: string;
  action: AuditActionName;
  outcome: AuditOutcomeName;
  username: string | null;
  /** The user's name as the viewer knows them now; null when the event names no known user. */
  userDisplayName: string | null;
  role: Role | null;
  organisationOds: string | null;
  patientNhsNumber: string | null;
  /** The patient's name from the gateway next to the NHS number, or why it is missing; null when no patient. */
  patient: PatientNameView | null;
  accessEpisodeId: string | null;
  /** How the record was reached, for events about a patient's record; null for everything else. */
  via: AccessRoute | null;
  /** The event's detail as one readable line. */
  detail: string;
};

export type AuditSearchResult = {
  events: AuditEventView[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Newest seq in the snapshot these pages come from; null when nothing matched. */
  upTo: string | null;
  filters: AuditFilters;
};

export type AlertView = {
  id: string;
  status: AlertStatusName;
  raisedAt: string;
  reason: string | null;
  explanation: string | null;
  user: { username: string; displayName: string; role: Role };
  organisation: { odsCode: string; name: string };
  patientNhsNumber: string;
  patient: PatientNameView;
  accessEpisodeId: string;
  review: { reviewedAt: string; reviewedBy: string; note: string | null } | null;
  /** Opened by a "needs follow-up" review: who owns it and by when (an ISO date). */
  followUp: { owner: string; dueOn: string } | null;
};

export type AlertList = { alerts: AlertView[]; total: number; openCount: number; limit: number };
