import { loadContent } from '../../src/content/load.js';
import type { ContentBundle } from '../../src/content/types.js';
import { Router } from '../../src/routing/router.js';

let content: ContentBundle | undefined;
let router: Router | undefined;

/** The shipped content, read once per test file. */
export function shippedContent(): ContentBundle {
  content ??= loadContent();
  return content;
}

export function shippedRouter(): Router {
  router ??= new Router(shippedContent());
  return router;
}
