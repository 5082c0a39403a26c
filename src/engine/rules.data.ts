// The essay's eight rules of thumb. Ids and slugs are permanent (they are URLs);
// the summaries are the handbook's own wording.
import type { ChapterSlug } from './chapters';

export interface Rule {
  id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  slug: string;
  title: string;
  summary: string;
  chapter: ChapterSlug;
  figures: readonly string[];
}

export const RULES: readonly Rule[] = [
  {
    id: 1,
    slug: 'python-gets-under-half',
    title: 'Budget for well under half the node',
    summary: 'Plan Python work around roughly two fifths of the RAM the cluster page shows; the JVM has already taken the rest.',
    chapter: 'split',
    figures: ['rules.python-share', 'split.node-ram', 'split.python-typical'],
  },
  {
    id: 2,
    slug: 'topandas-is-a-trap',
    title: 'Do not collect big columns with toPandas()',
    summary: 'Pulling a wide embedding column to the driver in one go doubles it across runtimes; stream it or work with Arrow.',
    chapter: 'topandas',
    figures: ['topandas.peak', 'topandas.arrow-jvm', 'topandas.pandas-python'],
  },
  {
    id: 3,
    slug: 'lists-cost-several-times-numpy',
    title: 'Turn float lists into arrays at once',
    summary: 'A list of Python floats costs several times the bytes of the same numbers in a numpy array, so convert and drop the list early.',
    chapter: 'python-objects',
    figures: ['rules.list-vs-numpy', 'python.list-of-lists', 'python.numpy-f32'],
  },
  {
    id: 4,
    slug: 'native-memory-is-invisible',
    title: 'Native allocations hide from Python tools',
    summary: 'Matrices allocated by Rust or C extensions never appear in getsizeof or tracemalloc, yet the kernel counts every byte.',
    chapter: 'python-objects',
    figures: ['python.faer-mat'],
  },
  {
    id: 5,
    slug: 'work-in-chunks',
    title: 'Transform in chunks',
    summary: 'Chunked processing gives the same result with a peak set by the chunk size instead of by the whole dataset.',
    chapter: 'budget',
    figures: ['rules.chunk', 'budget.pca-chunk-peak', 'budget.pca-unchunked'],
  },
  {
    id: 6,
    slug: 'prefer-f32',
    title: 'Use float32 unless you need float64',
    summary: 'Single precision needs half the bytes of double precision for every array, and embeddings lose nothing by it.',
    chapter: 'python-objects',
    figures: ['rules.f32-halves', 'python.f32-bytes', 'python.f64-bytes'],
  },
  {
    id: 7,
    slug: 'jvm-keeps-its-share',
    title: 'The JVM never hands memory back',
    summary: 'An idle Spark JVM still holds its heap reservation, so Python cannot borrow it during the session.',
    chapter: 'jvm',
    figures: ['split.jvm-range', 'jvm.heap-share'],
  },
  {
    id: 8,
    slug: 'restart-after-oom',
    title: 'Restart after an out-of-memory crash',
    summary: 'Once the driver has died of memory pressure, start a fresh cluster rather than carry on with fragmented JVM memory.',
    chapter: 'jvm',
    figures: ['split.jvm-range', 'split.python-range'],
  },
];
