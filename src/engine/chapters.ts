// Chapter slugs, fixed: URLs and figure ids depend on them.
export type ChapterSlug = 'split' | 'jvm' | 'python-objects' | 'topandas' | 'nodes' | 'budget';

export const CHAPTER_SLUGS: readonly ChapterSlug[] = ['split', 'jvm', 'python-objects', 'topandas', 'nodes', 'budget'];
