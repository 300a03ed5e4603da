export interface EvalResult {
  readonly task: string;
  readonly dataset: string;
  readonly metrics: Record<string, number>;
  readonly articles?: number;
  readonly seconds: number;
}

export interface EvalTask {
  readonly name: string;
  /** The dataset's folder name under the data root, e.g. "ecbplus-dev". */
  readonly dataset: string;
  run(dataDir: string): Promise<EvalResult>;
}

/** Per task, the lowest acceptable value of some of its metrics. */
export type Floors = Readonly<Record<string, Readonly<Record<string, number>>>>;
