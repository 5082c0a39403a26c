import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CASES, MATCH_ORDER, MAX_EXAMINED, MAX_LINE, clues, decode } from '../../src/engine/error-decoder';
import { CHAPTER_SLUGS } from '../../src/engine/chapters';
import { RULES } from '../../src/engine/rules.data';
import { TRACES, UNKNOWN_TRACE } from '../fixtures/error-traces';

const MB = 1024 * 1024;
const PINNED = JSON.parse(readFileSync('tests/e2e/pinned-ids.json', 'utf8')) as Record<string, string[]>;

/** The best of a few runs, in milliseconds: the machine is shared, so one slow run proves nothing. */
function bestTime(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Text of exactly one mebibyte made of `unit` repeated. */
const megabyteOf = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

describe('decode: every case from a real trace', () => {
  it.each(Object.entries(TRACES))('%s', (_name, trace) => {
    const r = decode(trace.text);
    expect(r.case?.id).toBe(trace.expected);
    expect(r.case?.process).toMatch(trace.process);
    // The matched line is one line of the paste, as pasted (trimmed), short enough to show.
    const lines = trace.text.split('\n').map((l) => l.trim());
    expect(lines).toContain(r.matched);
    expect(r.truncated).toBeUndefined();
  });

  it('has a trace for every case', () => {
    const covered = new Set(Object.values(TRACES).map((t) => t.expected));
    expect([...covered].sort()).toEqual(ERROR_CASES.map((c) => c.id).sort());
  });
});

describe('decode: the most specific case wins', () => {
  it('a maxResultSize abort inside a trace that also shows an executor OOM and a lost executor', () => {
    const text = [
      'org.apache.spark.SparkException: Job aborted due to stage failure: Total size of serialized results of 9 tasks (1.1 GiB) is bigger than spark.driver.maxResultSize (1024.0 MiB)',
      '25/03/04 WARN TaskSetManager: Lost task 1.0 in stage 2.0 (TID 3) (10.0.0.2 executor 1): java.lang.OutOfMemoryError: Java heap space',
      'ExecutorLostFailure (executor 1 exited caused by one of the running tasks) Reason: Command exited with code 137',
    ].join('\n');
    expect(decode(text).case?.id).toBe('max-result-size');
  });

  it('the broadcast build, not the heap error it wraps', () => {
    const text = 'java.lang.OutOfMemoryError: Not enough memory to build and broadcast the table to all worker nodes.\nCaused by: java.lang.OutOfMemoryError: Java heap space';
    expect(decode(text).case?.id).toBe('broadcast-build');
  });

  it('the Python kernel, not the bare exit code 137 it reports', () => {
    const text = 'Fatal error: The Python kernel is unresponsive.\nThe Python process exited with exit code 137 (SIGKILL: Killed).';
    expect(decode(text).case?.id).toBe('python-kernel-unresponsive');
  });

  it('the cause beside the restart notice: a driver OOM, or the kernel killing java', () => {
    const notice = 'The spark driver has stopped unexpectedly and is restarting. Your notebook will be automatically reattached.';
    expect(decode(`${notice}\njava.lang.OutOfMemoryError: Java heap space`).case?.id).toBe('driver-jvm-out-of-memory');
    expect(decode(`${notice}\nOut of memory: Killed process 811 (java) total-vm:30000000kB, anon-rss:29000000kB`).case?.id).toBe('os-oom-killer');
  });

  it('an executor’s heap error before the lost executor it caused', () => {
    const text = 'Lost task 4.0 in stage 1.0 (TID 9) (10.0.0.3 executor 2): java.lang.OutOfMemoryError: GC overhead limit exceeded\nExecutorLostFailure (executor 2 exited caused by one of the running tasks) Reason: Remote RPC client disassociated. Likely due to containers exceeding thresholds, or network issues.';
    expect(decode(text).case?.id).toBe('executor-jvm-out-of-memory');
  });

  it('exit code 137 alone names no process; with a worker’s report it is the executor', () => {
    expect(decode('process finished with exit code 137').case?.id).toBe('os-oom-killer');
    expect(decode('Executor lost. Command exited with code 137').case?.id).toBe('executor-killed');
  });

  it('a heap error with nothing around it says it cannot tell', () => {
    expect(decode('java.lang.OutOfMemoryError: GC overhead limit exceeded').case?.id).toBe('jvm-out-of-memory');
  });
});

describe('decode: what it does not recognise', () => {
  it('returns no case for text that names no known failure, or for nothing at all', () => {
    for (const text of [UNKNOWN_TRACE, '', '   \n\t', 'java.lang.OutOfMemoryError: Metaspace', 'exit code 1', 'Total size of serialized results']) {
      expect(decode(text), JSON.stringify(text)).toEqual({});
    }
  });

  it('still reports the cause chain’s ends, the exit codes and the processes named', () => {
    const c = clues(UNKNOWN_TRACE);
    expect(c.firstCause).toBe('Caused by: org.apache.spark.SparkException: lookup failed');
    expect(c.rootCause).toBe('Caused by: java.io.FileNotFoundException: /dbfs/tmp/x (No such file or directory)');
    expect(c.exitCodes).toEqual([1]);
    expect(c.mentions).toEqual(['the driver', 'an executor']);
    expect(clues('')).toEqual({ exitCodes: [], mentions: [] });
  });

  it('keeps at most five exit codes, each once, in order of appearance', () => {
    const text = [3, 3, 1, 143, 52, 9, 137, 2].map((n) => `exit code ${n}`).join('\n');
    expect(clues(text).exitCodes).toEqual([3, 1, 143, 52, 9]);
  });
});

describe('decode: a megabyte of hostile text', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .:()[]<>/\\"\'\n\t';
  const noise = Array.from({ length: MB }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const hostile: Record<string, string> = {
    random: noise,
    'one letter': 'a'.repeat(MB),
    'one line of near misses': megabyteOf('Total size of serialized results of ') + megabyteOf('ExecutorLostFailure (executor 1'),
    'near misses of the heap error': megabyteOf('Lost task 1 java.lang.OutOfMemoryError: Java heap spac'),
    'exit codes without digits': megabyteOf('exit code '),
    'cause markers': megabyteOf('Caused by: '),
    markup: megabyteOf('<img src=x onerror=alert(1)><script>alert(document.cookie)</script>'),
    'line breaks': '\n'.repeat(MB),
  };

  it.each(Object.entries(hostile))('%s: decodes in well under 50 ms and finds nothing', (_name, text) => {
    expect(decode(text)).toEqual(text.length > MAX_EXAMINED ? { truncated: true } : {});
    expect(bestTime(() => decode(text))).toBeLessThan(50);
    expect(bestTime(() => clues(text))).toBeLessThan(50);
  });

  it('finds a trace buried in the middle of a megabyte, and shows at most one short line', () => {
    const buried = noise.slice(0, MB / 2) + '\n' + TRACES['max-result-size']!.text + '\n' + noise.slice(MB / 2);
    const r = decode(buried);
    expect(r.case?.id).toBe('max-result-size');
    expect(r.matched!.length).toBeLessThanOrEqual(MAX_LINE + 2);
    expect(bestTime(() => decode(buried))).toBeLessThan(50);
  });

  it('cuts a megabyte-long line to the part around the match', () => {
    const line = 'x'.repeat(MB / 2) + 'Python worker exited unexpectedly (crashed)' + 'y'.repeat(MB / 2);
    const r = decode(line);
    expect(r.case?.id).toBe('python-worker-crashed');
    expect(r.matched).toContain('Python worker exited unexpectedly (crashed)');
    expect(r.matched!.length).toBeLessThanOrEqual(MAX_LINE + 2);
  });

  it('reads a paste past the limit at its head and tail, and says so', () => {
    const big = TRACES['broadcast-build']!.text + '\n' + 'z'.repeat(3 * MB) + '\n' + TRACES['python-worker-crashed']!.text;
    const r = decode(big);
    expect(r.truncated).toBe(true);
    expect(r.case?.id).toBe('broadcast-build');
    // The middle is not read: a trace there is not seen.
    const middle = 'z'.repeat(2 * MB) + TRACES['max-result-size']!.text + 'z'.repeat(2 * MB);
    expect(decode(middle)).toEqual({ truncated: true });
  });
});

describe('the cases', () => {
  it('have unique, permanent kebab-case ids, all tried in MATCH_ORDER once', () => {
    const ids = ERROR_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect([...MATCH_ORDER].sort()).toEqual([...ids].sort());
  });

  it('at least the ones the handbook promises', () => {
    const ids = ERROR_CASES.map((c) => c.id);
    for (const id of ['driver-restarting', 'python-kernel-unresponsive', 'max-result-size', 'broadcast-build', 'executor-killed', 'python-worker-crashed', 'udf-memory-limit']) {
      expect(ids).toContain(id);
    }
  });

  it('each names a chapter and section that exist, and a rule that exists', () => {
    const rules = new Set<number>(RULES.map((r) => r.id));
    for (const c of ERROR_CASES) {
      expect(CHAPTER_SLUGS, c.id).toContain(c.chapter);
      if (c.anchor) expect(PINNED[`/${c.chapter}/`], c.id).toContain(c.anchor);
      if (c.rule !== undefined) expect(rules.has(c.rule), c.id).toBe(true);
    }
  });

  it('each says where its wording comes from, in a form a reader can follow', () => {
    const repoPath = /^[a-z0-9-]+\/[a-z0-9.-]+ \S+\/\S+/i;
    for (const c of ERROR_CASES) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) {
        if (s.how === 'read in source') expect(s.where, c.id).toMatch(repoPath);
        if (s.how === 'documented') expect(s.where, c.id).toMatch(/^https:\/\/\S+|^[a-z0-9-]+\/[a-z0-9.-]+ docs\/|documents no /i);
        if (s.how === 'reported') expect(s.where, c.id).toMatch(/^https:\/\/\S+ \(/);
        if (s.how === 'inferred') expect(s.where.length, c.id).toBeGreaterThan(10);
      }
      // The message itself comes from a source that is not the handbook's inference.
      expect(c.sources.some((s) => s.how !== 'inferred'), c.id).toBe(true);
    }
  });

  it('each has its printed text, the process, its meaning and a first thing to try', () => {
    for (const c of ERROR_CASES) {
      expect(c.printed.length, c.id).toBeGreaterThan(0);
      for (const field of [c.title, c.printedBy, c.process, c.meaning, c.firstTry]) expect(field.length, c.id).toBeGreaterThan(8);
    }
  });

  it('patterns keep no state between calls and cannot backtrack without bound', () => {
    for (const c of ERROR_CASES) {
      for (const re of [...c.patterns, ...(c.context ? [c.context] : [])]) {
        // A global or sticky regex remembers lastIndex: the second decode of the same text would miss.
        expect(re.flags, `${c.id} ${re}`).not.toMatch(/[gy]/);
        // No unbounded wildcard and no quantified group: the shapes behind catastrophic backtracking.
        expect(re.source, `${c.id} ${re}`).not.toMatch(/\.[*+]|\)[*+]|\)\{/);
      }
    }
  });

  it('decoding twice gives the same answer', () => {
    for (const trace of Object.values(TRACES)) expect(decode(trace.text)).toEqual(decode(trace.text));
  });
});
