// Figures of the "python-objects" chapter: object overhead, lists vs arrays, native allocations.
import { DEC, family, fig, type AnyFigureSpec } from './figure-spec';
import type { Scenario } from './scenario';
import { GETSIZEOF } from './ground-truth.data';
import { unchunkedBytes } from './pca';
import {
  RAW_FLOAT_BYTES,
  arrowPerRow,
  listDeepBytes,
  listOfListsBytes,
  listShallowBytes,
  listsRssPerRow,
  listsTracemallocPerRow,
  numpyBytes,
  pandasListsRssPerRow,
  pandasMemoryUsagePerRow,
  pyFloatBytes,
  pymallocBlock,
  residentFloatBytes,
} from './python-objects';
import { GB, KB, dtypeBytes } from './units';

const rows = (n: number) => Math.max(0, n);

// What the measuring snippet of the python-objects chapter prints, line by line: it formats bytes with
// one decimal in the largest unit (12.3 KB), which unit 'B' with one decimal reproduces.
const SNIPPET_LINES = ['list-shallow', 'list-deep', 'f32-row', 'f64-row', 'row-traced', 'all-traced'] as const;
export type SnippetLine = (typeof SNIPPET_LINES)[number];

const SNIPPET_BYTES: Readonly<Record<SnippetLine, (s: Scenario) => number>> = {
  'list-shallow': (s) => listShallowBytes(s.dim),
  'list-deep': (s) => listDeepBytes(s.dim, 'measured'),
  'f32-row': (s) => numpyBytes(1, s.dim, 'f32'),
  'f64-row': (s) => numpyBytes(1, s.dim, 'f64'),
  'row-traced': (s) => listsTracemallocPerRow(s.dim),
  'all-traced': (s) => rows(s.rows) * listsTracemallocPerRow(s.dim),
};

// A size in whole bytes, as sys.getsizeof or the dtype states it.
const EXACT_BYTES = { chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0) } as const;

export const PYTHON_FIGURES = {
  floatObject: fig({ id: 'python.float-object', ...EXACT_BYTES, compute: (s) => pyFloatBytes(s.model) }),
  floatRaw: fig({ id: 'python.float-raw', ...EXACT_BYTES, compute: () => RAW_FLOAT_BYTES }),
  list1536: fig({
    id: 'python.list-1536', chapter: 'python-objects', unit: 'KB', estimate: false, approx: true, rounding: DEC(0),
    compute: (s) => listDeepBytes(s.dim, s.model) / KB,
  }),
  list1536Raw: fig({
    id: 'python.list-1536-raw', chapter: 'python-objects', unit: 'KB', estimate: false, rounding: DEC(0),
    compute: (s) => (Math.max(0, s.dim) * RAW_FLOAT_BYTES) / KB,
  }),
  listOfLists: fig({
    id: 'python.list-of-lists', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => listOfListsBytes(s.rows, s.dim, s.model) / GB,
  }),
  numpyF32: fig({
    id: 'python.numpy-f32', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => numpyBytes(s.rows, s.dim, 'f32') / GB,
  }),
  f32Bytes: fig({ id: 'python.f32-bytes', ...EXACT_BYTES, compute: () => dtypeBytes('f32') }),
  f64Bytes: fig({ id: 'python.f64-bytes', ...EXACT_BYTES, compute: () => dtypeBytes('f64') }),
  faerMat: fig({
    id: 'python.faer-mat', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => unchunkedBytes(s) / GB,
  }),
  floatMeasured: fig({ id: 'python.float-measured', ...EXACT_BYTES, compute: () => GETSIZEOF.float }),
  intObject: fig({ id: 'python.int-object', ...EXACT_BYTES, compute: () => GETSIZEOF.int }),
  npScalar: fig({ id: 'python.np-scalar', ...EXACT_BYTES, compute: () => GETSIZEOF.npFloat32Scalar }),
  floatSlot: fig({ id: 'python.float-slot', ...EXACT_BYTES, compute: () => pymallocBlock(GETSIZEOF.float) }),
  floatResident: fig({
    id: 'python.float-resident', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(2),
    compute: () => residentFloatBytes(),
  }),
  pointer: fig({ id: 'python.pointer', ...EXACT_BYTES, compute: () => GETSIZEOF.pointer }),
  listHeader: fig({ id: 'python.list-header', ...EXACT_BYTES, compute: () => GETSIZEOF.emptyList }),
  list1536Shallow: fig({ id: 'python.list-1536-shallow', ...EXACT_BYTES, compute: (s) => listShallowBytes(s.dim) }),
  list1536ComprehensionShallow: fig({
    id: 'python.list-1536-comprehension-shallow', ...EXACT_BYTES,
    compute: (s) => listShallowBytes(s.dim, true),
  }),
  listSpareRoom: fig({
    id: 'python.list-spare-room', ...EXACT_BYTES,
    compute: (s) => listShallowBytes(s.dim, true) - listShallowBytes(s.dim),
  }),
  list1536Deep: fig({
    id: 'python.list-1536-deep', chapter: 'python-objects', unit: 'KB', estimate: false, approx: true, rounding: DEC(0),
    compute: (s) => listDeepBytes(s.dim, 'measured') / KB,
  }),
  list1536DeepComprehension: fig({
    id: 'python.list-1536-deep-comprehension', chapter: 'python-objects', unit: 'KB', estimate: false, approx: true, rounding: DEC(0),
    compute: (s) => listDeepBytes(s.dim, 'measured', true) / KB,
  }),
  list1536Rss: fig({
    id: 'python.list-1536-rss', chapter: 'python-objects', unit: 'KB', estimate: false, approx: true, rounding: DEC(0),
    compute: (s) => listsRssPerRow(s.dim) / KB,
  }),
  lolTracemalloc: fig({
    id: 'python.lol-tracemalloc', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => (rows(s.rows) * listsTracemallocPerRow(s.dim)) / GB,
  }),
  lolRowTraced: fig({ id: 'python.lol-row-traced', ...EXACT_BYTES, compute: (s) => listsTracemallocPerRow(s.dim) }),
  lolRss: fig({
    id: 'python.lol-rss', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => (rows(s.rows) * listsRssPerRow(s.dim)) / GB,
  }),
  arrowTable: fig({
    id: 'python.arrow-table', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(2),
    compute: (s) => (rows(s.rows) * arrowPerRow(s.dim, 'f32')) / GB,
  }),
  pandasListsRss: fig({
    id: 'python.pandas-lists-rss', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => (rows(s.rows) * pandasListsRssPerRow(s.dim)) / GB,
  }),
  pandasMemoryUsage: fig({
    id: 'python.pandas-memory-usage', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => (rows(s.rows) * pandasMemoryUsagePerRow(s.dim)) / GB,
  }),
  snippet: family<SnippetLine>({
    idOf: (line) => `python.snippet.${line}`, published: SNIPPET_LINES,
    chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(1),
    compute: (s, line) => SNIPPET_BYTES[line](s),
  }),
} satisfies Record<string, AnyFigureSpec>;
