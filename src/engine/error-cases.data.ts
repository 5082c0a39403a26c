// The memory failures the error decoder (/errors/) recognises, one entry a message family. Ids are
// permanent: /errors/<id>/ is pasted into incident notes and reviews, so an entry is never renamed
// (add a new one instead). Each entry says which process died or refused, what that means, where the
// handbook explains it, the first thing to try, and where its wording comes from. The patterns are
// tested against pasted text by error-decoder.ts, in MATCH_ORDER; they are kept literal-led, with no
// nested or unbounded repetition, so a megabyte of hostile text costs one quick scan per pattern.
import type { ChapterSlug } from './chapters';
import type { Source } from './evidence';
import type { RuleId } from './rule-titles';

export interface ErrorCase {
  /** Permanent kebab-case slug: the case's address is /errors/<id>/. */
  id: string;
  title: string;
  /** Who prints the message: Spark, Databricks, the JVM, the Linux kernel. */
  printedBy: string;
  /** The message as it is printed, with <placeholders> for what varies. */
  printed: readonly string[];
  /** Which process died or refused. */
  process: string;
  /** What happened, in plain words. */
  meaning: string;
  /** Where the handbook explains it, and the section when narrower than the chapter. */
  chapter: ChapterSlug;
  anchor?: string;
  /** The rule of thumb that prevents it, when one does. */
  rule?: RuleId;
  firstTry: string;
  /** Where the wording comes from and how it was checked. */
  sources: readonly Source[];
  /** Tested against the pasted text; any one of them names this case. */
  patterns: readonly RegExp[];
  /** When set, the patterns count only if the text also shows this: where the message came from. */
  context?: RegExp;
}

// The same two JVM messages come from any JVM; the lines around them say whose it was.
const JVM_OUT_OF_HEAP = /java\.lang\.OutOfMemoryError: (?:Java heap space|GC overhead limit exceeded)/;

// An executor's failure reaches the driver as a lost task or a lost executor, and its own log names
// the executor's task threads. Spark's standalone worker reports an executor's exit as "Command exited
// with code N"; the Kubernetes backend as "The executor with id N exited with exit code N".
const EXECUTOR_CONTEXT =
  /ExecutorLostFailure|Lost task \d|Exception in task \d|Executor task launch worker|executor \d+\)|The executor with id \d|Executor: Exception/;

// A driver's failure comes straight out of the notebook's command (a Py4J call), from one of the
// driver's own threads, or with Databricks' notice that the driver restarted.
const DRIVER_CONTEXT =
  /[Ss]park driver has stopped unexpectedly|Py4JJavaError|An error occurred while calling o\d|task-result-getter|dag-scheduler-event-loop|broadcast-exchange|collectToPython|collectAsArrowToPython|chauffeur/;

const SPARK = 'apache/spark';
// How Spark words a task an executor lost, and how many losses it takes before the job fails: the same
// for every executor-side case.
const LOST_TASK: readonly Source[] = [
  { how: 'read in source', where: `${SPARK} core/src/main/scala/org/apache/spark/scheduler/TaskSetManager.scala (handleFailedTask: “Lost task … (host executor N)”)` },
  { how: 'documented', where: `${SPARK} docs/configuration.md (spark.task.maxFailures: 4)` },
];

const ORACLE_OOM: Source = {
  how: 'documented',
  where: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html (the detail messages of java.lang.OutOfMemoryError)',
};
const ORACLE_GC_OVERHEAD: Source = {
  how: 'documented',
  where: 'https://docs.oracle.com/javase/8/docs/technotes/guides/troubleshoot/memleaks002.html (“GC overhead limit exceeded”: over 98 % of the time in collection, under 2 % of the heap recovered)',
};
const EXIT_STATUS: Source = {
  how: 'documented',
  where: 'https://www.gnu.org/software/bash/manual/html_node/Exit-Status.html (a command ended by signal N exits with 128 + N; SIGKILL is 9)',
};

export const ERROR_CASES: readonly ErrorCase[] = [
  {
    id: 'driver-restarting',
    title: 'The Spark driver stopped and is restarting',
    printedBy: 'Databricks, in the notebook',
    printed: ['The spark driver has stopped unexpectedly and is restarting. Your notebook will be automatically reattached.'],
    process: 'The driver as a whole: Databricks starts a new driver, and every notebook attached to the cluster loses what it held.',
    meaning:
      'Databricks noticed that the driver was gone and started another one. The notice names no cause. Memory is the usual one: the driver’s JVM ran out of heap, or the Linux kernel’s OOM killer ended a process when the JVM and the Python side together outgrew the node. Cached tables, broadcasts and every notebook’s variables are gone with the old driver.',
    chapter: 'split',
    anchor: 'two-runtimes-one-machine',
    rule: 8,
    firstTry:
      'Open the cluster’s driver logs for the minutes before the restart and look for java.lang.OutOfMemoryError, or for a kernel line saying “Killed process”; paste those lines here for a sharper answer. Then run again on a freshly restarted cluster with a smaller collect.',
    sources: [
      {
        how: 'reported',
        where: 'https://github.com/IIIS-Li-Group/OpenFE/issues/44 (the notice as a notebook printed it, raised from com.databricks.spark.chauffeur.Chauffeur)',
      },
      { how: 'documented', where: 'Databricks documents no list of causes for this notice (none found on docs.databricks.com or kb.databricks.com)' },
      { how: 'inferred', where: 'that memory is the usual cause, and that every notebook’s state goes with the old driver: from how the JVM and Python share one node (chapter 1)' },
    ],
    patterns: [/[Ss]park driver has stopped unexpectedly and is restarting/],
  },
  {
    id: 'python-kernel-unresponsive',
    title: 'The notebook’s Python kernel stopped answering',
    printedBy: 'Databricks, in the notebook',
    printed: [
      'Fatal error: The Python kernel is unresponsive.',
      'The Python process exited with exit code 137 (SIGKILL: Killed). This may have been caused by an OOM error. Check your command’s memory usage.',
    ],
    process: 'The driver’s Python REPL: the process that runs the notebook’s Python cells.',
    meaning:
      'The notebook’s Python process on the driver stopped answering. With exit code 137 it was killed from outside with SIGKILL (128 + 9), which is what the kernel’s OOM killer sends when the node runs out of memory: Python’s peak and the JVM’s share no longer fitted together. The driver’s JVM may well be still running.',
    chapter: 'topandas',
    anchor: 'why-the-peak-spans-both-runtimes',
    rule: 1,
    firstTry:
      'Find the cell that was running and its peak; a toPandas() or collect() of a wide column is the usual one. Stream it, or keep it in Arrow and float32, then restart only the Python side with dbutils.library.restartPython() and run again.',
    sources: [
      {
        how: 'reported',
        where: 'https://huggingface.co/databricks/dolly-v2-12b/discussions/14 (the whole message, with exit code 137, as a notebook printed it)',
      },
      { how: 'documented', where: 'Databricks documents no page for this message (none found on docs.databricks.com or kb.databricks.com)' },
      EXIT_STATUS,
      { how: 'inferred', where: 'that the driver’s JVM may outlive its Python process: they are separate processes (chapter 1)' },
      {
        how: 'documented',
        where: 'https://docs.databricks.com/archive/dev-tools/dbutils-library.html (dbutils.library.restartPython(), described on Databricks’ “Restart the Python process” page)',
      },
    ],
    patterns: [/Fatal error: The Python kernel is unresponsive/, /The Python process exited with exit code \d{1,3} \(/],
  },
  {
    id: 'driver-jvm-out-of-memory',
    title: 'The driver’s JVM ran out of heap',
    printedBy: 'The JVM, on the driver',
    printed: ['java.lang.OutOfMemoryError: Java heap space', 'java.lang.OutOfMemoryError: GC overhead limit exceeded'],
    process: 'The driver’s JVM: the Spark side of the driver node.',
    meaning:
      'The driver’s heap, whose ceiling spark.driver.memory sets, could not hold what it was asked to: collected results on their way to Python, a broadcast table being built, query plans, or cached state. “GC overhead limit exceeded” is the same shortage caught a little earlier: the collector was spending nearly all its time and freeing almost nothing.',
    chapter: 'jvm',
    anchor: 'the-heap-sparks-working-space',
    rule: 7,
    firstTry:
      'Find what the driver was holding: a collect() or toPandas() of many rows, a broadcast join, many cached results. Collect less (aggregate first, or stream), or turn automatic broadcasting off for the query; if the driver truly needs more heap, raise spark.driver.memory in the cluster’s Spark config and restart the cluster.',
    sources: [
      ORACLE_OOM,
      ORACLE_GC_OVERHEAD,
      {
        how: 'inferred',
        where: 'whose JVM it was: from the lines around it (a Py4J call from the notebook, the driver’s task-result-getter or broadcast-exchange threads, no executor named)',
      },
    ],
    patterns: [JVM_OUT_OF_HEAP],
    context: DRIVER_CONTEXT,
  },
  {
    id: 'max-result-size',
    title: 'Results bigger than spark.driver.maxResultSize',
    printedBy: 'Spark, in the driver’s scheduler',
    printed: [
      'org.apache.spark.SparkException: Job aborted due to stage failure: Total size of serialized results of <N> tasks (<size>) is bigger than spark.driver.maxResultSize (<limit>)',
    ],
    process: 'Nothing died: the driver’s scheduler refused the results and aborted the job.',
    meaning:
      'The results of one action’s tasks, serialized, added up to more than spark.driver.maxResultSize (1g in open-source Spark, 0 for no limit). The check guards the driver: Spark stops fetching results before they fill its heap, so the notebook gets an error instead of an out-of-memory crash.',
    chapter: 'topandas',
    anchor: 'why-the-peak-spans-both-runtimes',
    rule: 2,
    firstTry:
      'Collect less before raising the limit: select only the columns you need, aggregate on the cluster, or stream with toLocalIterator(), which fetches one partition’s results at a time. A higher limit only moves the failure to the driver’s heap or to the node’s RAM.',
    sources: [
      { how: 'read in source', where: `${SPARK} core/src/main/scala/org/apache/spark/scheduler/TaskSetManager.scala (canFetchMoreResults: the message and the abort)` },
      { how: 'documented', where: `${SPARK} docs/configuration.md (spark.driver.maxResultSize: 1g, 0 for unlimited)` },
    ],
    patterns: [/Total size of serialized results of \d+ tasks/, /is bigger than spark\.driver\.maxResultSize/],
  },
  {
    id: 'broadcast-build',
    title: 'Not enough memory to build and broadcast the table',
    printedBy: 'Spark SQL, on the driver',
    printed: [
      'java.lang.OutOfMemoryError: Not enough memory to build and broadcast the table to all worker nodes. As a workaround, you can either disable broadcast by setting spark.sql.autoBroadcastJoinThreshold to -1 or increase the spark driver memory by setting spark.driver.memory to a higher value.',
    ],
    process: 'The driver’s JVM, while it built the table of a broadcast join.',
    meaning:
      'A broadcast join collects its smaller side to the driver and builds a lookup table from it on the driver’s heap before sending it to every executor. The heap ran out during that build. It often means the table is bigger than the statistics that chose the broadcast said.',
    chapter: 'jvm',
    anchor: 'broadcast-joins-the-driver-builds-the-small-side',
    rule: 7,
    firstTry:
      'For this query, turn automatic broadcasting off with spark.conf.set("spark.sql.autoBroadcastJoinThreshold", -1), or drop the broadcast hint, so Spark shuffles both sides instead; refresh the table’s statistics if they are stale. Raise spark.driver.memory only if the table really must be broadcast.',
    sources: [
      {
        how: 'read in source',
        where: `${SPARK} sql/catalyst/src/main/scala/org/apache/spark/sql/errors/QueryExecutionErrors.scala (notEnoughMemoryToBuildAndBroadcastTableError)`,
      },
      { how: 'read in source', where: `${SPARK} sql/core/src/main/scala/org/apache/spark/sql/execution/exchange/BroadcastExchangeExec.scala (the collect and the build on the driver)` },
      { how: 'inferred', where: 'that stale statistics are the usual reason: Spark chooses a broadcast from the table’s estimated size (chapter 2)' },
    ],
    patterns: [/Not enough memory to build and broadcast the table/],
  },
  {
    id: 'jvm-out-of-memory',
    title: 'A JVM ran out of heap: the driver’s or an executor’s?',
    printedBy: 'The JVM, on the driver or on an executor',
    printed: ['java.lang.OutOfMemoryError: Java heap space', 'java.lang.OutOfMemoryError: GC overhead limit exceeded'],
    process: 'A JVM, the driver’s or an executor’s: the text pasted does not say which.',
    meaning:
      'Every JVM in the cluster prints these two messages the same way, and which one it was decides the fix. A driver out of heap fails the notebook’s command and may take the driver down; an executor out of heap is lost, and its tasks run again elsewhere until one has failed four times.',
    chapter: 'jvm',
    anchor: 'the-heap-sparks-working-space',
    firstTry:
      'Look at the lines around it. An executor’s error reaches you wrapped in the driver’s report of a lost task, such as “Lost task 0.3 in stage 4.0 (TID 12) (10.0.0.5 executor 3)”, or as an ExecutorLostFailure. A driver’s comes straight out of your command (a Py4JJavaError from collectToPython) or from a driver thread such as task-result-getter or broadcast-exchange. Paste more of the trace and the decoder names which one it was.',
    sources: [
      ORACLE_OOM,
      ORACLE_GC_OVERHEAD,
      ...LOST_TASK,
    ],
    patterns: [JVM_OUT_OF_HEAP],
  },
  {
    id: 'executor-jvm-out-of-memory',
    title: 'An executor’s JVM ran out of heap',
    printedBy: 'The JVM, on an executor, as the driver reports it',
    printed: [
      'Lost task <i> in stage <s> (TID <t>) (<host> executor <n>): java.lang.OutOfMemoryError: Java heap space',
      'ExecutorLostFailure (executor <n> exited caused by one of the running tasks) Reason: Command exited with code 52',
    ],
    process: 'An executor’s JVM, on a worker node.',
    meaning:
      'A task’s work did not fit in the executor’s heap (spark.executor.memory, shared by every task running there at once). After an OutOfMemoryError, Spark’s handler for uncaught errors ends the executor’s JVM with exit code 52, so the executor is lost and its tasks run again elsewhere; the job fails once the same task has failed four times.',
    chapter: 'executors',
    anchor: 'what-the-executors-jvm-takes',
    rule: 5,
    firstTry:
      'Give each task less to hold: more, smaller partitions (repartition, or spark.sql.shuffle.partitions after a shuffle), and look for a skewed key that sends one huge group to one task. More executor memory, or fewer cores an executor, gives each task more heap.',
    sources: [
      ORACLE_OOM,
      { how: 'read in source', where: `${SPARK} core/src/main/scala/org/apache/spark/executor/Executor.scala (TaskRunner: a fatal error goes to the uncaught-error handler)` },
      { how: 'read in source', where: `${SPARK} core/src/main/scala/org/apache/spark/util/SparkExitCode.scala (OOM = 52)` },
      ...LOST_TASK,
    ],
    patterns: [JVM_OUT_OF_HEAP, /[Ee]xit(?:ed with)? code:? 52\b/, /\b52\s?\(JVM OOM\)/],
    context: EXECUTOR_CONTEXT,
  },
  {
    id: 'executor-killed',
    title: 'An executor was lost or killed',
    printedBy: 'Spark, in the driver’s scheduler, with the cluster manager’s reason',
    printed: [
      'ExecutorLostFailure (executor <n> exited caused by one of the running tasks) Reason: <reason>',
      'Container killed by YARN for exceeding memory limits. <used> of <limit> physical memory used.',
      'Remote RPC client disassociated. Likely due to containers exceeding thresholds, or network issues. Check driver logs for WARN messages.',
      'Command exited with code 137',
      'The executor with id <n> exited with exit code 137(SIGKILL, possible container OOM).',
    ],
    process: 'A whole executor on a worker node: its JVM and the Python workers it started.',
    meaning:
      'The executor went away while it ran your tasks, and Spark blames the tasks (“caused by one of the running tasks”). The reason after it says more. Exit code 137 or a container limit means it was killed from outside for memory: not its heap, but the node’s or container’s memory as a whole, which the JVM’s overhead and the executor’s Python workers also use. A lost connection (“disassociated”) can be that too, or the network.',
    chapter: 'executors',
    anchor: 'python-workers-one-per-running-task',
    rule: 9,
    firstTry:
      'Read the reason and the exit code. For 137 or a container limit, give the executor more room outside its heap (spark.executor.memoryOverhead, or a node type with more RAM a core) and make each task smaller: more partitions, and smaller Arrow batches for pandas UDFs (spark.sql.execution.arrow.maxRecordsPerBatch).',
    sources: [
      { how: 'read in source', where: `${SPARK} core/src/main/scala/org/apache/spark/TaskEndReason.scala (ExecutorLostFailure.toErrorString)` },
      { how: 'read in source', where: `${SPARK} core/src/main/scala/org/apache/spark/scheduler/cluster/CoarseGrainedSchedulerBackend.scala (onDisconnected)` },
      { how: 'read in source', where: `${SPARK} resource-managers/yarn/src/main/scala/org/apache/spark/deploy/yarn/YarnAllocator.scala (memLimitExceededLogMessage)` },
      {
        how: 'read in source',
        where: `${SPARK} resource-managers/kubernetes/core/src/main/scala/org/apache/spark/scheduler/cluster/k8s/ExecutorPodsLifecycleManager.scala (describeExitCode: 137, SIGKILL)`,
      },
      { how: 'read in source', where: `${SPARK} core/src/main/scala/org/apache/spark/deploy/worker/ExecutorRunner.scala (“Command exited with code N”)` },
      {
        how: 'documented',
        where: `${SPARK} docs/configuration.md (spark.executor.memoryOverhead: memory beyond the heap, including the executor’s Python unless spark.executor.pyspark.memory is set)`,
      },
      EXIT_STATUS,
    ],
    patterns: [
      /Container killed by YARN for exceeding (?:\w+ )?memory limits/,
      /137\s?\(SIGKILL, possible container OOM\)/,
      /Command exited with code 137\b/,
      /ExecutorLostFailure \(executor [^\s)]{1,40} exited caused by one of the running tasks\)/,
      /Remote RPC client disassociated\. Likely due to containers exceeding thresholds/,
    ],
  },
  {
    id: 'python-worker-crashed',
    title: 'An executor’s Python worker crashed',
    printedBy: 'Spark, in the executor’s JVM',
    printed: ['org.apache.spark.SparkException: Python worker exited unexpectedly (crashed)'],
    process: 'A Python worker: one of the Python processes an executor starts to run UDFs, mapInPandas or applyInPandas.',
    meaning:
      'The executor’s JVM was reading results from a Python worker when the connection ended: the worker had died. Spark cannot tell why. Memory is the common reason, with the OOM killer ending the worker: it holds a whole Arrow batch, or a whole group for applyInPandas, as pandas objects outside the executor’s heap. A crash in native code gives the same message.',
    chapter: 'executors',
    anchor: 'python-workers-one-per-running-task',
    rule: 9,
    firstTry:
      'Shrink what one worker holds at once: more partitions, a smaller spark.sql.execution.arrow.maxRecordsPerBatch, and for applyInPandas a check for one huge group. Set spark.sql.execution.pyspark.udf.faulthandler.enabled to true to get Python’s own traceback next time.',
    sources: [
      {
        how: 'read in source',
        where: `${SPARK} core/src/main/scala/org/apache/spark/api/python/PythonRunner.scala (handleException: the message, and the faulthandler setting it suggests)`,
      },
      { how: 'inferred', where: 'that memory is the common reason: the worker’s data lives outside the executor’s heap (chapter 5)' },
    ],
    patterns: [/Python worker exited unexpectedly \(crashed\)/],
  },
  {
    id: 'udf-memory-limit',
    title: 'A Python UDF went over its memory limit',
    printedBy: 'Databricks (an error class of its runtime and of serverless compute)',
    printed: [
      '[UDF_PYSPARK_USER_CODE_ERROR.MEMORY_LIMIT_SERVERLESS] Execution failed. Function exceeded the limit of <limitMb> megabytes. Please reduce the memory usage of your function. SQLSTATE: 39000',
      '[UDF_PYSPARK_USER_CODE_ERROR.MEMORY_LIMIT_SERVERLESS_DRIVER] Execution failed. Function running on the driver exceeded the limit of <limitMb> megabytes. Please reduce the memory usage of your function. SQLSTATE: 39000',
      '[UDF_PYSPARK_USER_CODE_ERROR.MEMORY_LIMIT] Execution failed. Function exceeded the limit of <limitMb> megabytes. Please reduce the memory usage of your function or consider using a larger cluster. SQLSTATE: 39000',
      '[UDF_PYSPARK_USER_CODE_ERROR.MEMORY_LIMIT_DRIVER] Execution failed. Function exceeded the limit of <limitMb> megabytes. Please reduce the memory usage of your function or consider using a cluster with a larger driver. SQLSTATE: 39000',
      '[UDF_USER_CODE_ERROR.OOM] Execution of function <fn> failed. Function ran out of memory during execution.',
    ],
    process: 'The Python process that ran your UDF on Databricks-managed compute: on serverless (the _SERVERLESS classes) or a cluster; the _DRIVER classes say it ran on the driver.',
    meaning:
      'Databricks caps the memory a Python UDF may use and stopped this one at the cap, given in megabytes in the message. On serverless compute the message offers no setting to raise it, only to make the function use less. The handbook found no Databricks page giving the cap’s size, nor one naming an error class for a serverless notebook’s own Python running out of memory.',
    chapter: 'executors',
    anchor: 'what-one-worker-holds',
    rule: 9,
    firstTry:
      'Make one call of the function hold less: smaller batches for pandas UDFs (spark.sql.execution.arrow.maxRecordsPerBatch, where you can set it), no large model or lookup table loaded per call, no extra copies of the input. On a cluster, a larger worker (or driver, for the _DRIVER class) also helps, as the message suggests.',
    sources: [
      {
        how: 'documented',
        where: 'https://docs.databricks.com/aws/en/error-messages/udf-pyspark-user-code-error-error-class (MEMORY_LIMIT, MEMORY_LIMIT_DRIVER, MEMORY_LIMIT_SERVERLESS, MEMORY_LIMIT_SERVERLESS_DRIVER; SQLSTATE 39000)',
      },
      { how: 'documented', where: 'https://docs.databricks.com/error-messages/udf-user-code-error-error-class.html (UDF_USER_CODE_ERROR.OOM)' },
      { how: 'documented', where: 'https://docs.databricks.com/aws/en/compute/serverless/limitations (serverless compute limits UDFs’ memory)' },
      { how: 'documented', where: 'Databricks documents no size for the limit (none found on docs.databricks.com)' },
    ],
    patterns: [
      /UDF_PYSPARK_USER_CODE_ERROR\.MEMORY_LIMIT/,
      /Function (?:running on the driver )?exceeded the limit of \d+ megabytes/,
      /UDF_USER_CODE_ERROR\.OOM/,
      /Function ran out of memory during execution/,
    ],
  },
  {
    id: 'os-oom-killer',
    title: 'The Linux kernel’s OOM killer ended a process',
    printedBy: 'The Linux kernel, and whatever reports the exit code',
    printed: [
      'Out of memory: Killed process <pid> (<name>) total-vm:<n>kB, anon-rss:<n>kB, file-rss:<n>kB, shmem-rss:<n>kB, …',
      'Memory cgroup out of memory: Killed process <pid> (<name>) …',
      '<name> invoked oom-killer: gfp_mask=…',
      'exit code 137',
    ],
    process: 'Whichever process the kernel chose; the name in brackets says which: java for a Spark JVM, python for a notebook REPL or a Python worker. A bare exit code 137 says only that something was killed with SIGKILL.',
    meaning:
      'The node, or the memory cgroup the process ran in, ran out of memory, and the kernel killed the process it scored worst, usually the biggest. It counts resident memory (RSS), so memory that native code allocates, which Python’s own tools never see, counts in full. Exit code 137 is 128 + 9: a process ended by signal 9, SIGKILL, which is what the OOM killer sends.',
    chapter: 'python-objects',
    anchor: 'memory-python-cant-see',
    rule: 4,
    firstTry:
      'Read the name and anon-rss in the kernel’s line: which process it was and how big it had grown. If it was python, shrink the notebook’s peak (chunks, float32, no second copy); if it was java, the JVM and everything else together outgrew the node, so leave more room or choose a node with more RAM.',
    sources: [
      { how: 'read in source', where: 'torvalds/linux mm/oom_kill.c (out_of_memory and __oom_kill_process: “Out of memory”, “Memory cgroup out of memory”, “Killed process”)' },
      EXIT_STATUS,
    ],
    patterns: [
      /(?:Memory cgroup out of memory|Out of memory(?: \(oom_kill_allocating_task\))?): Killed process \d/,
      /invoked oom-killer/,
      /[Ee]xit(?:ed with)? (?:code|status):? 137\b/,
      /SIGKILL: Killed/,
    ],
  },
];

/**
 * The order cases are tried in: the most specific first. A result-size abort or a broadcast build
 * arrives inside a stack trace full of generic exceptions; a JVM's out-of-heap error is named for the
 * executor or the driver before the case that cannot tell; a named process before a bare exit code;
 * and Databricks' restart notice last, since the lines with it usually say why it happened.
 */
export const MATCH_ORDER: readonly string[] = [
  'max-result-size',
  'broadcast-build',
  'udf-memory-limit',
  'python-kernel-unresponsive',
  'python-worker-crashed',
  'executor-jvm-out-of-memory',
  'driver-jvm-out-of-memory',
  'jvm-out-of-memory',
  'executor-killed',
  'os-oom-killer',
  'driver-restarting',
];
