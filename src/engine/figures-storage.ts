// Figures of the "python-objects" chapter that its Bytes per float cell shows: each storage layout
// per value, per row, in total and against float32, and the measured list-over-float32 ratio. Their own
// module so the cell loads these definitions and not the chapter's other figures (figures-python.ts
// adds them to the chapter's list).
import { DEC, type FigureSpec } from './figure-spec';
import { STORAGE_KINDS, listsRssPerRow, storageSize, type StorageKind } from './python-objects';
import { GB, KB, dtypeBytes, type Dtype } from './units';

// The numpy layout of a dtype, so the Bytes per float cell can mark the scenario's own.
export function storageKindOfDtype(dtype: Dtype): StorageKind {
  return `numpy-${dtype}`;
}

function storageFigures(kind: StorageKind, label: string): FigureSpec[] {
  const base = `python.storage.${kind}`;
  return [
    {
      id: `${base}.per-element`, chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(1),
      meaning: `${label}: bytes per value (model-dependent).`,
      compute: (s) => storageSize(kind, s.rows, s.dim, s.model).perElement,
    },
    {
      id: `${base}.per-row`, chapter: 'python-objects', unit: 'KB', estimate: false, rounding: DEC(1),
      meaning: `${label}: bytes per embedding row (model-dependent).`,
      compute: (s) => storageSize(kind, s.rows, s.dim, s.model).perRow / KB,
    },
    {
      id: `${base}.total`, chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
      meaning: `${label}: all rows (model-dependent).`,
      compute: (s) => storageSize(kind, s.rows, s.dim, s.model).total / GB,
    },
    {
      id: `${base}.ratio`, chapter: 'python-objects', unit: 'x', estimate: false, rounding: DEC(1),
      meaning: `${label}: size relative to numpy float32.`,
      compute: (s) => storageSize(kind, s.rows, s.dim, s.model).ratioToF32,
    },
  ];
}

export const STORAGE_FIGURES: readonly FigureSpec[] = [
  {
    id: 'python.list-vs-f32-rss', chapter: 'python-objects', unit: 'x', estimate: false, rounding: DEC(0),
    meaning: 'Measured resident list-of-lists over numpy float32 (≈10×, against the essay\'s 7×).',
    compute: (s) => listsRssPerRow(Math.max(1, s.dim)) / (Math.max(1, s.dim) * dtypeBytes('f32')),
  },
  ...STORAGE_KINDS.flatMap(({ kind, label }) => storageFigures(kind, label)),
];
