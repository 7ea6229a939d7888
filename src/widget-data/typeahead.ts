/**
 * What the staff console's type-ahead downloads: per content language, each topic's title and
 * search terms. The citizen widget never loads it (its search runs on the prebuilt index); the
 * words are the same public content the widget's index is built from.
 */
export interface TypeaheadTopic {
  id: string;
  title: string;
  terms: string[];
}
