"use client";
// The patient banner, fetched once by the record layout, shared with the section pages beneath it.
import { createContext, useContext } from "react";
import type { PatientBanner } from "@/lib/domain/record/patient/types";

const PatientContext = createContext<PatientBanner | null>(null);

export function PatientProvider({ patient, children }: { patient: PatientBanner; children: React.ReactNode }) {
  return <PatientContext.Provider value={patient}>{children}</PatientContext.Provider>;
}

export function usePatient(): PatientBanner {
  const patient = useContext(PatientContext);
  if (!patient) throw new Error("usePatient outside PatientProvider");
  return patient;
}
