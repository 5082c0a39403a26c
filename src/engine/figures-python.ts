// Figures of the "python-objects" chapter: object overhead, lists vs arrays, native allocations.
import { DEC, family, fig, type AnyFigureSpec, type Meanings } from './figure-spec';
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
type SnippetLine = (typeof SNIPPET_LINES)[number];

const SNIPPET_BYTES: Readonly<Record<SnippetLine, (s: Scenario) => number>> = {
  'list-shallow': (s) => listShallowBytes(s.dim),
  'list-deep': (s) => listDeepBytes(s.dim, 'measured'),
  'f32-row': (s) => numpyBytes(1, s.dim, 'f32'),
  'f64-row': (s) => numpyBytes(1, s.dim, 'f64'),
  'row-traced': (s) => listsTracemallocPerRow(s.dim),
  'all-traced': (s) => rows(s.rows) * listsTracemallocPerRow(s.dim),
};

const SNIPPET_MEANINGS: Readonly<Record<SnippetLine, string>> = {
  'list-shallow': 'Snippet output "list, shallow": getsizeof of an exact-size list of dim floats.',
  'list-deep': 'Snippet output "list, deep": that list plus its dim 24 B floats.',
  'f32-row': 'Snippet output "f32 row buffer": dim × 4 B.',
  'f64-row': 'Snippet output "f64 row buffer": dim × 8 B.',
  'row-traced': 'Snippet output "traced per row": one list-of-lists row under tracemalloc.',
  'all-traced': 'Snippet output "traced, all rows": the per-row tracemalloc cost times rows.',
};

export const PYTHON_FIGURES = {
  floatObject: fig({
    id: 'python.float-object', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: (s) => pyFloatBytes(s.model),
  }),
  floatRaw: fig({
    id: 'python.float-raw', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: () => RAW_FLOAT_BYTES,
  }),
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
  f32Bytes: fig({
    id: 'python.f32-bytes', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: () => dtypeBytes('f32'),
  }),
  f64Bytes: fig({
    id: 'python.f64-bytes', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: () => dtypeBytes('f64'),
  }),
  faerMat: fig({
    id: 'python.faer-mat', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => unchunkedBytes(s) / GB,
  }),
  floatMeasured: fig({
    id: 'python.float-measured', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: () => GETSIZEOF.float,
  }),
  intObject: fig({
    id: 'python.int-object', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: () => GETSIZEOF.int,
  }),
  npScalar: fig({
    id: 'python.np-scalar', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: () => GETSIZEOF.npFloat32Scalar,
  }),
  floatSlot: fig({
    id: 'python.float-slot', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: () => pymallocBlock(GETSIZEOF.float),
  }),
  floatResident: fig({
    id: 'python.float-resident', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(2),
    compute: () => residentFloatBytes(),
  }),
  pointer: fig({
    id: 'python.pointer', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: () => GETSIZEOF.pointer,
  }),
  listHeader: fig({
    id: 'python.list-header', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: () => GETSIZEOF.emptyList,
  }),
  list1536Shallow: fig({
    id: 'python.list-1536-shallow', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: (s) => listShallowBytes(s.dim),
  }),
  list1536ComprehensionShallow: fig({
    id: 'python.list-1536-comprehension-shallow', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: (s) => listShallowBytes(s.dim, true),
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
  lolRowTraced: fig({
    id: 'python.lol-row-traced', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    compute: (s) => listsTracemallocPerRow(s.dim),
  }),
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

export const PYTHON_MEANINGS: Meanings<typeof PYTHON_FIGURES> = {
  floatObject: 'Size of a Python float: the essay says 28; the measured model says 24 (28 is an int or np.float32).',
  floatRaw: 'A raw f64 value.',
  list1536: 'One list of dim floats: essay dim × 28 B; measured deep getsizeof (header + pointers + 24 B floats).',
  list1536Raw: 'The same dim values as raw f64 (dim × 8 B).',
  listOfLists: 'rows lists of dim floats: essay rows × dim × 28 B; measured resident size (RSS).',
  numpyF32: 'The same data as a numpy float32 array (rows × dim × 4 B).',
  f32Bytes: 'Bytes per float32 element.',
  f64Bytes: 'Bytes per float64 element.',
  faerMat: 'faer Mat<f64> of rows × dim, allocated outside Python (rows × dim × 8 B).',
  floatMeasured: 'sys.getsizeof(1.0) on 64-bit CPython 3.8–3.13.',
  intObject: 'sys.getsizeof(1): the 28 B the essay gave a float.',
  npScalar: 'sys.getsizeof(np.float32(1)): also 28 B.',
  floatSlot: 'The pymalloc block a 24 B float occupies (16 B alignment on 64-bit).',
  floatResident: 'Measured resident bytes per float inside a list, pool overhead included (≈32.15 B).',
  pointer: 'A list slot: one 8 B pointer per element.',
  listHeader: 'sys.getsizeof([]): the list object with its GC header.',
  list1536Shallow: 'getsizeof of an exact-size list of dim floats (from .tolist(), slicing, unpickling): header + pointers.',
  list1536ComprehensionShallow: 'getsizeof of the same list built by a comprehension or append loop (over-allocated).',
  list1536Deep: 'Deep getsizeof of an exact-size list of dim distinct floats (49,208 B at 1536).',
  list1536DeepComprehension: 'Deep getsizeof of the comprehension-built list (49,592 B at 1536).',
  list1536Rss: 'Resident memory per list of dim floats in a list-of-lists (61,727 B at 1536).',
  lolTracemalloc: 'List-of-lists as tracemalloc counts it (8 + 56 + 8·dim + 24·dim B per row).',
  lolRowTraced: 'One row of a list-of-lists under tracemalloc: outer pointer + list header + pointers + 24 B floats (49,216 B at 1536).',
  lolRss: 'List-of-lists resident size (RSS), what the OOM killer sees.',
  arrowTable: 'Measured pyarrow table of list<float32> read from an IPC stream (values + offsets + framing).',
  pandasListsRss: 'Measured resident size of a pandas column of Python float lists.',
  pandasMemoryUsage: "What pandas' memory_usage(deep=True) reports for that column: blind to the float objects.",
  snippet: (line) => SNIPPET_MEANINGS[line],
};
