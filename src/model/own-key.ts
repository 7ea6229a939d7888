/**
 * Content is keyed by names that come from outside (a route line, a page's attribute, a link's
 * hash, a content file): "constructor", "__proto__" or "toString" must not find what every plain
 * object inherits. Every such lookup goes through these.
 */

/** The record's own value under `key`; never an inherited one. */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function hasOwn(record: Readonly<Record<string, unknown>> | null | undefined, key: string): boolean {
  return record != null && Object.hasOwn(record, key);
}
