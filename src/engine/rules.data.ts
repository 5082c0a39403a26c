// The rules of thumb: the essay's eight (listed in the budget chapter), then the handbook's own, which
// the executors chapter adds and lists. Ids and slugs are permanent (they are URLs), and so are the
// heading ids the budget chapter published before the rules became cards (legacyAnchors). This is
// the one source for a rule's title, one-line summary, backing chapters and the figures it rests
// on; the chapters and the /rules/ pages render it through components/RuleCard.astro.
import type { ChapterSlug } from './chapters';
import type { Condition } from './figure-condition';
import { RULE_TITLES, type RuleId } from './rule-titles';

export interface Rule {
  id: RuleId;
  slug: string;
  title: string;
  summary: string;
  /** The chapter that backs the rule; `anchor` points at the section when it is narrower than the chapter. */
  chapter: ChapterSlug;
  anchor?: string;
  /** Further chapters with evidence for it. */
  also?: readonly ChapterSlug[];
  figures: readonly string[];
  /** Those of `figures` that report the essay's own number: shown on its model and at its scenario
   *  whatever the reader picked, and labelled so. A figure whose label names the reader's node or rows
   *  must not be one of them. */
  essay?: readonly string[];
  /** What each figure stands for in this rule (falls back to the registry's meaning). */
  labels?: Readonly<Record<string, string>>;
  /** Figures listed only while another figure meets a condition: a remainder while the ledger fits,
   *  its shortfall once it does not (components/When.astro). */
  shownWhen?: Readonly<Record<string, readonly [figure: string, condition: Condition]>>;
  /** Heading ids the chapter used for this rule earlier; kept as anchors so old links still land. */
  legacyAnchors?: readonly string[];
  /** A rule of the handbook's own, not one the essay closes with (rules.count counts the essay's). */
  handbook?: true;
  /** The chapter whose list of cards holds this rule: the budget chapter unless said otherwise. */
  listedIn?: ChapterSlug;
  /** What the rule's numbers are for when they do not follow the scenario (a chapter cell's example):
   *  the card then pins them, as a sentence about an example does. */
  numbersFor?: string;
}

export const RULES: readonly Rule[] = [
  {
    id: 1,
    slug: 'python-gets-under-half',
    title: RULE_TITLES[1],
    summary: 'Plan Python work around roughly two fifths of the RAM the cluster page shows; the JVM has taken the rest before your first cell runs.',
    chapter: 'split',
    also: ['jvm'],
    figures: ['rules.python-share', 'split.node-ram', 'split.python-typical'],
    essay: ['rules.python-share'],
    labels: {
      'rules.python-share': 'Python’s share of node RAM',
      'split.node-ram': 'RAM of the chosen node',
      'split.python-typical': 'what Python code can count on',
    },
    legacyAnchors: ['rule-1-budget-for-python-not-for-the-node'],
  },
  {
    id: 2,
    slug: 'topandas-is-a-trap',
    title: RULE_TITLES[2],
    summary: 'Collecting a large vector column in one go lands it all on the driver and holds it twice at the peak; stream it with toLocalIterator() or keep it in Arrow.',
    chapter: 'topandas',
    also: ['nodes'],
    figures: ['topandas.peak', 'topandas.measured-peak', 'topandas.arrow-off'],
    essay: ['topandas.peak'],
    labels: {
      'topandas.peak': 'peak across JVM and Python',
      'topandas.measured-peak': 'Python peak, measured with Arrow on',
      'topandas.arrow-off': 'the frame alone, measured with Arrow off',
    },
    legacyAnchors: ['rule-2-never-topandas-a-wide-column'],
  },
  {
    id: 3,
    slug: 'lists-cost-several-times-numpy',
    title: RULE_TITLES[3],
    summary: 'A Python list of floats costs several times the bytes of the same numbers in numpy, so convert right away and drop the list.',
    chapter: 'python-objects',
    figures: ['rules.list-vs-numpy', 'python.list-vs-f32-rss', 'python.list-of-lists', 'python.numpy-f32'],
    essay: ['rules.list-vs-numpy'],
    labels: {
      'rules.list-vs-numpy': 'lists versus numpy',
      'python.list-vs-f32-rss': 'lists versus float32, measured resident memory',
      'python.list-of-lists': 'all rows as lists of floats',
      'python.numpy-f32': 'the same rows as one float32 array',
    },
    legacyAnchors: ['rule-3-turn-lists-into-arrays-at-once'],
  },
  {
    id: 4,
    slug: 'native-memory-is-invisible',
    title: RULE_TITLES[4],
    summary: 'Buffers that Rust or C extensions allocate never show in sys.getsizeof or tracemalloc, yet they count toward the process’s RSS, which is what the OOM killer reads.',
    chapter: 'python-objects',
    figures: ['python.faer-mat'],
    labels: { 'python.faer-mat': 'faer’s float64 matrix of all rows, unseen by tracemalloc' },
    legacyAnchors: ['rule-4-native-memory-is-invisible'],
  },
  {
    id: 5,
    slug: 'work-in-chunks',
    title: RULE_TITLES[5],
    summary: 'Process big matrices block by block: the result is the same, and the peak follows the chunk size instead of the whole dataset.',
    chapter: 'budget',
    anchor: 'chunking-pca',
    also: ['python-objects'],
    figures: ['rules.chunk', 'budget.pca-unchunked', 'budget.pca-chunks'],
    labels: {
      'rules.chunk': 'one chunk in float64',
      'budget.pca-unchunked': 'all rows at once in float64',
      'budget.pca-chunks': 'chunks to cover every row',
    },
    legacyAnchors: ['rule-5-work-in-chunks'],
  },
  {
    id: 6,
    slug: 'prefer-f32',
    title: RULE_TITLES[6],
    summary: 'Keep embeddings in float32: every array then needs half the bytes of float64. Reserve float64 for sums and covariances where precision matters.',
    chapter: 'python-objects',
    figures: ['rules.f32-halves', 'python.numpy-f32', 'python.storage.numpy-f64.total'],
    labels: {
      'rules.f32-halves': 'float32 bytes over float64 bytes',
      'python.numpy-f32': 'the embeddings as float32',
      'python.storage.numpy-f64.total': 'the same embeddings as float64',
    },
    legacyAnchors: ['rule-6-prefer-float32'],
  },
  {
    id: 7,
    slug: 'jvm-keeps-its-share',
    title: RULE_TITLES[7],
    summary: 'The JVM’s share is a ceiling it may grow to at any moment and seldom hands back, so plan as if it holds all of it; a different spark.driver.memory needs a cluster restart.',
    chapter: 'jvm',
    also: ['split'],
    figures: ['split.jvm-range', 'jvm.heap-share'],
    essay: ['jvm.heap-share'],
    labels: {
      'split.jvm-range': 'the JVM’s share of the chosen node',
      'jvm.heap-share': 'heap share of the JVM allocation',
    },
    legacyAnchors: ['rule-7-the-jvm-does-not-shrink'],
  },
  {
    id: 8,
    slug: 'restart-after-oom',
    title: RULE_TITLES[8],
    summary: 'After the driver dies of memory pressure, restart the cluster before trying again, so the next attempt starts from a baseline you can reason about.',
    chapter: 'jvm',
    also: ['split'],
    figures: ['split.jvm-range', 'split.python-range', 'budget.remaining', 'budget.shortfall'],
    labels: {
      'split.jvm-range': 'the JVM’s share, which may still hold caches',
      'split.python-range': 'Python’s share after a clean start',
      'budget.remaining': 'the ledger’s remainder on a clean start',
      'budget.shortfall': 'how far the ledger is short, even on a clean start',
    },
    shownWhen: {
      'budget.remaining': ['budget.shortfall', 'zero'],
      'budget.shortfall': ['budget.shortfall', 'positive'],
    },
    legacyAnchors: ['rule-8-restart-after-an-oom'],
  },
  {
    id: 9,
    slug: 'budget-every-slot',
    title: RULE_TITLES[9],
    summary: 'An executor runs a Python worker for every task slot, each holding an Arrow batch, its pandas copy and an interpreter: size the batch so all of them fit what the worker node leaves outside the JVM, and select only the columns the function reads.',
    chapter: 'executors',
    anchor: 'what-one-worker-holds',
    also: ['nodes'],
    figures: ['executor.executor-peak', 'executor.slots', 'executor.worker-peak', 'executor.python-room', 'executor.largest-batch'],
    labels: {
      'executor.executor-peak': 'all Python workers of one executor at once',
      'executor.slots': 'task slots, one Python worker each',
      'executor.worker-peak': 'one Python worker with its batch',
      'executor.python-room': 'what the worker node leaves Python',
      'executor.largest-batch': 'the largest batch (rows) every slot can take',
    },
    handbook: true,
    listedIn: 'executors',
    numbersFor: 'the executors chapter’s example (its cell’s defaults)',
  },
  {
    id: 10,
    slug: 'largest-group-decides',
    title: RULE_TITLES[10],
    summary: 'applyInPandas hands one worker a key’s whole group as one pandas frame, whatever the Arrow batch size (unless, from Spark 4.1, the function takes an iterator): measure the largest group before you run it, and split a hot key rather than adding workers.',
    chapter: 'executors',
    anchor: 'applyinpandas-the-largest-group-decides',
    also: ['nodes'],
    figures: ['executor.group-peak', 'executor.group-rows', 'executor.typical-group-rows', 'executor.python-room'],
    labels: {
      'executor.group-peak': 'the worker holding the largest group',
      'executor.group-rows': 'rows of the largest group',
      'executor.typical-group-rows': 'rows of a typical group',
      'executor.python-room': 'what the worker node leaves all Python workers',
    },
    handbook: true,
    listedIn: 'executors',
    numbersFor: 'the executors chapter’s example (its cell’s defaults)',
  },
];
