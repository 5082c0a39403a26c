// Node catalogue. RAM is Azure's number, which Azure gives in GiB and the essay
// (like the Databricks cluster page) writes as "GB"; the engine takes it as stated
// and reports the decimal equivalent separately (see units.gibAsGB).
import type { Range } from './essay.data';

export interface InstanceSpec {
  id: string;
  ramGiB: number;
  cores: number;
  fromEssay: boolean;
  // The essay's quick-reference literals, only for its five rows.
  essayPythonGB?: Range;
  essayMaxRows?: number;
  series: string;
}

export const INSTANCES: readonly InstanceSpec[] = [
  { id: 'Standard_DS3_v2', ramGiB: 14, cores: 4, fromEssay: true, essayPythonGB: { min: 5, max: 6 }, essayMaxRows: 500_000, series: 'DSv2' },
  { id: 'Standard_DS4_v2', ramGiB: 28, cores: 8, fromEssay: true, essayPythonGB: { min: 12, max: 12 }, essayMaxRows: 1_500_000, series: 'DSv2' },
  { id: 'Standard_DS5_v2', ramGiB: 56, cores: 16, fromEssay: true, essayPythonGB: { min: 25, max: 25 }, essayMaxRows: 3_000_000, series: 'DSv2' },
  { id: 'Standard_E4ds_v5', ramGiB: 32, cores: 4, fromEssay: true, essayPythonGB: { min: 14, max: 14 }, essayMaxRows: 1_800_000, series: 'Edsv5' },
  { id: 'Standard_E8ds_v5', ramGiB: 64, cores: 8, fromEssay: true, essayPythonGB: { min: 30, max: 30 }, essayMaxRows: 4_000_000, series: 'Edsv5' },
  // Common Databricks driver sizes, RAM and vCPUs from Microsoft's size tables.
  { id: 'Standard_DS12_v2', ramGiB: 28, cores: 4, fromEssay: false, series: 'DSv2' },
  { id: 'Standard_DS13_v2', ramGiB: 56, cores: 8, fromEssay: false, series: 'DSv2' },
  { id: 'Standard_D4ds_v5', ramGiB: 16, cores: 4, fromEssay: false, series: 'Ddsv5' },
  { id: 'Standard_D8ds_v5', ramGiB: 32, cores: 8, fromEssay: false, series: 'Ddsv5' },
  { id: 'Standard_E16ds_v5', ramGiB: 128, cores: 16, fromEssay: false, series: 'Edsv5' },
  { id: 'Standard_E32ds_v5', ramGiB: 256, cores: 32, fromEssay: false, series: 'Edsv5' },
];

export const ESSAY_INSTANCES: readonly InstanceSpec[] = INSTANCES.filter((i) => i.fromEssay);

export const CUSTOM_INSTANCE = 'custom';

export function findInstance(id: string): InstanceSpec | undefined {
  return INSTANCES.find((i) => i.id === id);
}
