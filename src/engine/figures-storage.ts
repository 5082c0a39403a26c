// Figures of the "python-objects" chapter that its Bytes per float cell shows: each storage layout
// per value, per row, in total and against float32, and the measured list-over-float32 ratio. Their own
// module so the cell loads these definitions and not the chapter's other figures.
import { DEC, family, fig, type AnyFigureSpec } from './figure-spec';
import { STORAGE_KINDS, listsRssPerRow, storageSize, type StorageKind } from './python-objects';
import { GB, KB, dtypeBytes, type Dtype } from './units';

// The numpy layout of a dtype, so the Bytes per float cell can mark the scenario's own.
export function storageKindOfDtype(dtype: Dtype): StorageKind {
  return `numpy-${dtype}`;
}

const KINDS: readonly StorageKind[] = STORAGE_KINDS.map((k) => k.kind);

export const STORAGE_FIGURES = {
  listVsF32Rss: fig({
    id: 'python.list-vs-f32-rss', chapter: 'python-objects', unit: 'x', estimate: false, rounding: DEC(0),
    compute: (s) => listsRssPerRow(Math.max(1, s.dim)) / (Math.max(1, s.dim) * dtypeBytes('f32')),
  }),
  // Each storage layout: python.storage.<kind>.per-element / per-row / total / ratio.
  perElement: family<StorageKind>({
    idOf: (kind) => `python.storage.${kind}.per-element`, published: KINDS,
    chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(1),
    compute: (s, kind) => storageSize(kind, s.rows, s.dim, s.model).perElement,
  }),
  perRow: family<StorageKind>({
    idOf: (kind) => `python.storage.${kind}.per-row`, published: KINDS,
    chapter: 'python-objects', unit: 'KB', estimate: false, rounding: DEC(1),
    compute: (s, kind) => storageSize(kind, s.rows, s.dim, s.model).perRow / KB,
  }),
  total: family<StorageKind>({
    idOf: (kind) => `python.storage.${kind}.total`, published: KINDS,
    chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s, kind) => storageSize(kind, s.rows, s.dim, s.model).total / GB,
  }),
  ratio: family<StorageKind>({
    idOf: (kind) => `python.storage.${kind}.ratio`, published: KINDS,
    chapter: 'python-objects', unit: 'x', estimate: false, rounding: DEC(1),
    compute: (s, kind) => storageSize(kind, s.rows, s.dim, s.model).ratioToF32,
  }),
} satisfies Record<string, AnyFigureSpec>;
