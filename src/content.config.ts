import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { CHAPTER_SLUGS } from './engine/chapters';

const chapters = defineCollection({
  loader: glob({ pattern: '[0-9][0-9]-*.mdx', base: './content' }),
  schema: z.object({
    title: z.string().min(3),
    description: z.string().min(10),
    order: z.number().int().min(1).max(99),
    slug: z.enum(CHAPTER_SLUGS),
    // Old heading ids that must keep working after a heading is reworded: old id -> current id.
    aliases: z.record(z.string(), z.string()).default({}),
  }),
});

const glossary = defineCollection({
  loader: file('content/glossary.json'),
  schema: z.object({
    term: z.string(),
    definition: z.string(),
    chapter: z.enum(CHAPTER_SLUGS).optional(),
  }),
});

export const collections = { chapters, glossary };
