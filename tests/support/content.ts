import { loadContent } from '../../src/content/load.js';
import type { ContentBundle } from '../../src/model/content-bundle.js';
import { ChannelRouter } from '../../src/routing/channel-router.js';

let content: ContentBundle | undefined;
let router: ChannelRouter | undefined;

/** The shipped content, read once per test file. */
export function shippedContent(): ContentBundle {
  content ??= loadContent();
  return content;
}

export function shippedRouter(): ChannelRouter {
  router ??= new ChannelRouter(shippedContent());
  return router;
}
