// Figures of the "python-objects" chapter: object overhead, lists vs arrays, native allocations.
import { DEC, type FigureSpec } from './figure-spec';
import { GETSIZEOF } from './ground-truth.data';
import { STORAGE_FIGURES } from './figures-storage';
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

// What the measuring snippet of the python-objects chapter prints: it formats bytes with one
// decimal in the largest unit (12.3 KB), which unit 'B' with one decimal reproduces. The meaning is a
// `meaning:` property at each call, so the client build can drop it (src/lib/client-without-meanings.mjs).
function snippetFigure(f: Pick<FigureSpec, 'id' | 'meaning' | 'compute'>): FigureSpec {
  return { id: `python.snippet.${f.id}`, chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(1), meaning: f.meaning, compute: f.compute };
}

export const PYTHON_FIGURES: readonly FigureSpec[] = [
  {
    id: 'python.float-object', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'Size of a Python float: the essay says 28; the measured model says 24 (28 is an int or np.float32).',
    compute: (s) => pyFloatBytes(s.model),
  },
  {
    id: 'python.float-raw', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'A raw f64 value.',
    compute: () => RAW_FLOAT_BYTES,
  },
  {
    id: 'python.list-1536', chapter: 'python-objects', unit: 'KB', estimate: false, approx: true, rounding: DEC(0),
    meaning: 'One list of dim floats: essay dim × 28 B; measured deep getsizeof (header + pointers + 24 B floats).',
    compute: (s) => listDeepBytes(s.dim, s.model) / KB,
  },
  {
    id: 'python.list-1536-raw', chapter: 'python-objects', unit: 'KB', estimate: false, rounding: DEC(0),
    meaning: 'The same dim values as raw f64 (dim × 8 B).',
    compute: (s) => (Math.max(0, s.dim) * RAW_FLOAT_BYTES) / KB,
  },
  {
    id: 'python.list-of-lists', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'rows lists of dim floats: essay rows × dim × 28 B; measured resident size (RSS).',
    compute: (s) => listOfListsBytes(s.rows, s.dim, s.model) / GB,
  },
  {
    id: 'python.numpy-f32', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'The same data as a numpy float32 array (rows × dim × 4 B).',
    compute: (s) => numpyBytes(s.rows, s.dim, 'f32') / GB,
  },
  {
    id: 'python.f32-bytes', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'Bytes per float32 element.',
    compute: () => dtypeBytes('f32'),
  },
  {
    id: 'python.f64-bytes', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'Bytes per float64 element.',
    compute: () => dtypeBytes('f64'),
  },
  {
    id: 'python.faer-mat', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'faer Mat<f64> of rows × dim, allocated outside Python (rows × dim × 8 B).',
    compute: (s) => unchunkedBytes(s) / GB,
  },
  {
    id: 'python.float-measured', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'sys.getsizeof(1.0) on 64-bit CPython 3.8–3.13.',
    compute: () => GETSIZEOF.float,
  },
  {
    id: 'python.int-object', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'sys.getsizeof(1): the 28 B the essay gave a float.',
    compute: () => GETSIZEOF.int,
  },
  {
    id: 'python.np-scalar', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'sys.getsizeof(np.float32(1)): also 28 B.',
    compute: () => GETSIZEOF.npFloat32Scalar,
  },
  {
    id: 'python.float-slot', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'The pymalloc block a 24 B float occupies (16 B alignment on 64-bit).',
    compute: () => pymallocBlock(GETSIZEOF.float),
  },
  {
    id: 'python.float-resident', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(2),
    meaning: 'Measured resident bytes per float inside a list, pool overhead included (≈32.15 B).',
    compute: () => residentFloatBytes(),
  },
  {
    id: 'python.pointer', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'A list slot: one 8 B pointer per element.',
    compute: () => GETSIZEOF.pointer,
  },
  {
    id: 'python.list-header', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'sys.getsizeof([]): the list object with its GC header.',
    compute: () => GETSIZEOF.emptyList,
  },
  {
    id: 'python.list-1536-shallow', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'getsizeof of an exact-size list of dim floats (from .tolist(), slicing, unpickling): header + pointers.',
    compute: (s) => listShallowBytes(s.dim),
  },
  {
    id: 'python.list-1536-comprehension-shallow', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'getsizeof of the same list built by a comprehension or append loop (over-allocated).',
    compute: (s) => listShallowBytes(s.dim, true),
  },
  {
    id: 'python.list-1536-deep', chapter: 'python-objects', unit: 'KB', estimate: false, approx: true, rounding: DEC(0),
    meaning: 'Deep getsizeof of an exact-size list of dim distinct floats (49,208 B at 1536).',
    compute: (s) => listDeepBytes(s.dim, 'measured') / KB,
  },
  {
    id: 'python.list-1536-deep-comprehension', chapter: 'python-objects', unit: 'KB', estimate: false, approx: true, rounding: DEC(0),
    meaning: 'Deep getsizeof of the comprehension-built list (49,592 B at 1536).',
    compute: (s) => listDeepBytes(s.dim, 'measured', true) / KB,
  },
  {
    id: 'python.list-1536-rss', chapter: 'python-objects', unit: 'KB', estimate: false, approx: true, rounding: DEC(0),
    meaning: 'Resident memory per list of dim floats in a list-of-lists (61,727 B at 1536).',
    compute: (s) => listsRssPerRow(s.dim) / KB,
  },
  {
    id: 'python.lol-tracemalloc', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'List-of-lists as tracemalloc counts it (8 + 56 + 8·dim + 24·dim B per row).',
    compute: (s) => (rows(s.rows) * listsTracemallocPerRow(s.dim)) / GB,
  },
  {
    id: 'python.lol-row-traced', chapter: 'python-objects', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: 'One row of a list-of-lists under tracemalloc: outer pointer + list header + pointers + 24 B floats (49,216 B at 1536).',
    compute: (s) => listsTracemallocPerRow(s.dim),
  },
  {
    id: 'python.lol-rss', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'List-of-lists resident size (RSS), what the OOM killer sees.',
    compute: (s) => (rows(s.rows) * listsRssPerRow(s.dim)) / GB,
  },
  {
    id: 'python.arrow-table', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(2),
    meaning: 'Measured pyarrow table of list<float32> read from an IPC stream (values + offsets + framing).',
    compute: (s) => (rows(s.rows) * arrowPerRow(s.dim, 'f32')) / GB,
  },
  {
    id: 'python.pandas-lists-rss', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'Measured resident size of a pandas column of Python float lists.',
    compute: (s) => (rows(s.rows) * pandasListsRssPerRow(s.dim)) / GB,
  },
  {
    id: 'python.pandas-memory-usage', chapter: 'python-objects', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: "What pandas' memory_usage(deep=True) reports for that column: blind to the float objects.",
    compute: (s) => (rows(s.rows) * pandasMemoryUsagePerRow(s.dim)) / GB,
  },
  ...STORAGE_FIGURES,
  snippetFigure({ id: 'list-shallow', meaning: 'Snippet output "list, shallow": getsizeof of an exact-size list of dim floats.', compute: (s) => listShallowBytes(s.dim) }),
  snippetFigure({ id: 'list-deep', meaning: 'Snippet output "list, deep": that list plus its dim 24 B floats.', compute: (s) => listDeepBytes(s.dim, 'measured') }),
  snippetFigure({ id: 'f32-row', meaning: 'Snippet output "f32 row buffer": dim × 4 B.', compute: (s) => numpyBytes(1, s.dim, 'f32') }),
  snippetFigure({ id: 'f64-row', meaning: 'Snippet output "f64 row buffer": dim × 8 B.', compute: (s) => numpyBytes(1, s.dim, 'f64') }),
  snippetFigure({ id: 'row-traced', meaning: 'Snippet output "traced per row": one list-of-lists row under tracemalloc.', compute: (s) => listsTracemallocPerRow(s.dim) }),
  snippetFigure({ id: 'all-traced', meaning: 'Snippet output "traced, all rows": the per-row tracemalloc cost times rows.', compute: (s) => rows(s.rows) * listsTracemallocPerRow(s.dim) }),
];
