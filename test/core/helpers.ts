import type { Warn } from '../../packages/core/src/index.js';

export interface Warning {
  attribute: string;
  value: string;
  message: string;
}

/** A warner that remembers every call, so tests can assert what an editor would read. */
export function recordingWarner(): Warn & { warnings: Warning[] } {
  const warnings: Warning[] = [];
  const warn = ((attribute: string, value: string, message: string) => {
    warnings.push({ attribute, value, message });
  }) as Warn & { warnings: Warning[] };
  warn.warnings = warnings;
  return warn;
}

/** Generated cases per property: the issue asks for at least 10,000 per run in total. */
export const RUNS = 2000;
