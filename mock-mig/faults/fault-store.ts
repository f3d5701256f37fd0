// The live fault table: start-up configuration plus admin changes (kept in memory, reset on restart).

import type { FaultConfig, PracticeFault } from "./fault-config";

export class FaultStore {
  private current: Map<string, PracticeFault>;
  constructor(private readonly initial: FaultConfig) {
    this.current = new Map(Object.entries(initial.practices));
  }
  forPractice(odsCode: string): PracticeFault | undefined {
    return this.current.get(odsCode) ?? this.current.get("*");
  }
  set(odsCode: string, fault: PracticeFault): void {
    this.current.set(odsCode, fault);
  }
  remove(odsCode: string): boolean {
    return this.current.delete(odsCode);
  }
  reset(): void {
    this.current = new Map(Object.entries(this.initial.practices));
  }
  snapshot(): FaultConfig {
    return { practices: Object.fromEntries(this.current) };
  }
}
