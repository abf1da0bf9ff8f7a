/**
 * Collections: the subfolders of the knowledge folder. Asking with a collection answers from the
 * items in that folder and the folders below it.
 */
import type { KnowledgeItem } from '../knowledge/types.js';

/** `products/hr/` and `/products/hr` name the same collection as `products/hr`. */
export function collectionName(collection: string): string {
  return collection.replace(/^\/+|\/+$/g, '');
}

/** Whether an item of `itemCollection` answers asks scoped to `collection` (the folder or one below it). */
export function inCollection(itemCollection: string, collection: string): boolean {
  const wanted = collectionName(collection);
  return wanted === '' || itemCollection === wanted || itemCollection.startsWith(`${wanted}/`);
}

/** Every collection an ask can name: each folder holding items, and the folders above it; sorted. */
export function collectionsOf(items: readonly Pick<KnowledgeItem, 'collection'>[]): string[] {
  const names = new Set<string>();
  for (const { collection } of items) {
    const parts = collection ? collection.split('/') : [];
    for (let depth = 1; depth <= parts.length; depth++) names.add(parts.slice(0, depth).join('/'));
  }
  return [...names].sort();
}
