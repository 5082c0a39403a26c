import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

/** Chapters in reading order; the order field, not the file name, decides. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => a.data.order - b.data.order);
}

export function chapterHref(slug: string): string {
  return `/${slug}/`;
}
