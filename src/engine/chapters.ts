// Chapter slugs are permanent: URLs, figure ids and links pasted into reviews years ago depend on them.
// A non-empty tuple, so the content collections can hand it to z.enum as it stands.
export const CHAPTER_SLUGS = ['split', 'jvm', 'python-objects', 'topandas', 'nodes', 'budget', 'executors'] as const;

export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];
