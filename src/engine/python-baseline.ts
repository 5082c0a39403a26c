// What a driver's Python holds for the whole job besides the embeddings: the interpreter with its
// libraries, and the frame's other (metadata) columns; and the room the other attached notebooks'
// REPLs leave the reader's own. The ledger, the planner, the collect cells and the cluster widget all
// start from these.
import { ESSAY_BUDGET, ESSAY_SCENARIO } from './essay.data';
import { MEASURED_BASELINE_RSS_MB } from './ground-truth.data';
import { nodePythonBudget, scenarioSplit } from './node-split';
import type { Scenario } from './scenario';
import { GB, MB } from './units';

// The essay's 0.1 GB for its 312K rows of three string columns, scaled per row, in both models: the
// ground truth measured no string columns, and their cost depends on their length and on how many
// distinct values they hold. (The ~126 B a row measured on the Arrow path belongs to the embedding
// column's cell views, which go with the frame: conversion.ts pandasFrameOverheadPerRow.)
export function metadataBytes(s: Scenario): number {
  return (Math.max(0, s.rows) * ESSAY_BUDGET.metadataGB * GB) / ESSAY_SCENARIO.rows;
}

// Essay: 0.5 GB. Measured: a fresh local process after importing numpy, pandas and pyarrow; a
// Databricks notebook REPL loads more and was not measured.
export function interpreterBytes(s: Pick<Scenario, 'model'>): number {
  return s.model === 'essay' ? ESSAY_BUDGET.interpreterGB * GB : MEASURED_BASELINE_RSS_MB * MB;
}

/** A Python worker's interpreter and libraries, in either model: the handbook's fresh process with numpy,
 *  pandas and pyarrow (the essay sizes no worker; its 0.5 GB is a notebook's cushion). Chapters 5 and 7
 *  both count one per running task. */
export const WORKER_INTERPRETER_BYTES = interpreterBytes({ model: 'measured' });

/** What the other attached notebooks' Python REPLs hold at least: an interpreter with its libraries each
 *  (Databricks gives each attached notebook its own execution context). */
export function otherNotebooksBytes(s: Pick<Scenario, 'notebooks' | 'model'>): number {
  return Math.max(0, Math.floor(s.notebooks) - 1) * interpreterBytes(s);
}

/** The Python room of the reader's own notebook on a node of `ramGB`: the node's Python share less the
 *  other notebooks' REPLs, never below 0. Past it, the kernel's OOM killer ends a process once the JVM
 *  has grown into its share. */
export function pythonRoomBytes(s: Pick<Scenario, 'notebooks' | 'model'>, ramGB: number): number {
  return Math.max(0, nodePythonBudget(ramGB) - otherNotebooksBytes(s));
}

/** The reader's own notebook's room on the scenario's node: its Python share, calibrated where the
 *  reader pasted their driver's numbers, less the other notebooks' REPLs. */
export function scenarioPythonRoom(s: Pick<Scenario, 'notebooks' | 'model' | 'ramGB' | 'heap' | 'overhead' | 'avail'>): number {
  return Math.max(0, scenarioSplit(s).pythonTypical - otherNotebooksBytes(s));
}
