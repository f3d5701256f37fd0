// What a benchmark module gives bench/run.ts: a titled table of measured figures against targets.

export interface BenchRow {
  metric: string;
  value: string;
  target?: string;
  pass?: boolean;
}

export interface BenchResult {
  title: string;
  command?: string;
  rows: BenchRow[];
  notes?: string[];
}

export interface BenchModule {
  name: string;
  run: () => Promise<BenchResult>;
}
