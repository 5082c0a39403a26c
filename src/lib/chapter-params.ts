// Which chapter's widgets own which settings in the address, for the page to declare (a widget may
// hydrate after the page script has read the address; a declared name is never reported as unknown).
// Build-time only: the chapter route reads it; widgets import their settings from their own model.
import { LEDGER_PARAMS } from '../engine/budget';
import type { ChapterSlug } from '../engine/chapters';
import { TOPOLOGY_PARAMS } from '../engine/cluster';
import { JVM_PARAMS } from '../engine/figures-jvm';
import { INSTANCE_PARAMS } from '../engine/instances';
import type { ParamSpecs } from '../engine/page-params';
import { COLLECT_PARAMS } from '../engine/topandas';
import { EXECUTOR_PARAMS } from '../engine/executor';

export const CHAPTER_PARAMS: Partial<Record<ChapterSlug, readonly ParamSpecs[]>> = {
  jvm: [JVM_PARAMS],
  nodes: [TOPOLOGY_PARAMS],
  topandas: [COLLECT_PARAMS],
  budget: [LEDGER_PARAMS, INSTANCE_PARAMS],
  executors: [EXECUTOR_PARAMS],
};

/** The query names a chapter's widgets own. */
export const chapterParamNames = (slug: ChapterSlug): string[] => (CHAPTER_PARAMS[slug] ?? []).flatMap((specs) => Object.keys(specs));
