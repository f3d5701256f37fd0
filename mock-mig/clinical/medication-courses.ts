// Medication courses with issue histories: a long-term drug is a chain of repeat authorisations
// (max issues each, re-authorised when used up); an acute is one authorisation with one issue.

import type { Day } from "../population/days";
import type { Rng } from "../population/prng";
import { drug } from "./drug-catalogue";
import type { Clinician, MedicationCourse, OrgKind } from "./model";

export interface RepeatPlan {
  drugId: string;
  from: Day;
  /** Stop the chain here (a discontinuation) or run until `now`. */
  stop?: { day: Day; code: string; text: string };
  intervalDays?: number;
  maxIssues?: number;
  prescriber: Clinician;
  orgKind?: OrgKind;
  type?: "repeat" | "repeat-dispensing";
  dose?: string;
  anticipatory?: boolean;
}

export class CourseFactory {
  private n = 0;
  constructor(
    private readonly rng: Rng,
    private readonly now: Day,
  ) {}

  nextKey(prefix: string): string {
    this.n += 1;
    return `${prefix}${this.n}`;
  }

  /** One or more repeat authorisations from `from` until stopped or now. */
  repeatChain(plan: RepeatPlan): MedicationCourse[] {
    const interval = plan.intervalDays ?? 28;
    const max = plan.maxIssues ?? (interval <= 7 ? 52 : this.rng.pick([6, 12]));
    const until = Math.min(plan.stop?.day ?? this.now, this.now);
    const courses: MedicationCourse[] = [];
    let start = plan.from;
    while (start <= until) {
      const issues: Day[] = [];
      for (let k = 0; k < max; k++) {
        const day = start + k * interval + (k === 0 ? 0 : this.rng.between(-3, 2));
        if (day > until) break;
        issues.push(day);
      }
      const expiry = start + max * interval;
      const exhausted = issues.length >= max;
      const stoppedHere = plan.stop !== undefined && !exhausted;
      const course: MedicationCourse = {
        key: this.nextKey("m"),
        drug: drug(plan.drugId),
        type: plan.type ?? "repeat",
        start,
        status: stoppedHere ? "stopped" : exhausted && expiry <= this.now ? "completed" : "active",
        maxIssues: max,
        reviewDate: start + (max * interval > 200 ? 365 : 182),
        expiry,
        issues,
        prescriber: plan.prescriber,
        orgKind: plan.orgKind ?? "registered-practice",
        ...(plan.dose ? { dose: plan.dose } : {}),
        ...(plan.anticipatory ? { anticipatory: true } : {}),
      };
      if (course.status === "completed") course.end = (issues[issues.length - 1] ?? start) + interval;
      if (stoppedHere && plan.stop) {
        course.end = plan.stop.day;
        course.stopReason = { code: plan.stop.code, text: plan.stop.text };
      }
      courses.push(course);
      if (!exhausted) break;
      start = (issues[issues.length - 1] ?? start) + interval;
      if (start > until) break;
    }
    return courses;
  }

  acute(drugId: string, day: Day, prescriber: Clinician, orgKind: OrgKind = "registered-practice", quantity?: number): MedicationCourse {
    const d = drug(drugId);
    return {
      key: this.nextKey("m"),
      drug: d,
      type: "acute",
      start: day,
      status: "completed",
      end: day + Math.max(3, Math.ceil((quantity ?? d.quantity) / 3)),
      issues: [day],
      prescriber,
      orgKind,
      ...(quantity ? { quantity } : {}),
    };
  }
}

export const STOP_REASONS = {
  adverse: { code: "adverse-reaction", text: "Adverse reaction" },
  cough: { code: "adverse-reaction", text: "Adverse reaction: persistent dry cough" },
  ankles: { code: "adverse-reaction", text: "Adverse reaction: ankle swelling" },
  ineffective: { code: "ineffective", text: "Ineffective" },
  notRequired: { code: "no-longer-required", text: "No longer required" },
  changed: { code: "changed-to-alternative", text: "Changed to alternative medication" },
  patient: { code: "patient-request", text: "Patient request" },
  interaction: { code: "interaction-risk", text: "Stopped because of an interaction risk" },
  hospital: { code: "stopped-in-hospital", text: "Stopped on hospital discharge" },
} as const;
