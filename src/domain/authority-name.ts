/** Whom the citizen deals with, by name: said by the recommendation's reason and shown by the card. */
import type { ContentBundle, Topic } from '../model/content-bundle.js';
import type { AuthorityId, ContentLang } from '../model/vocabulary.js';

export function authorityName(
  content: Pick<ContentBundle, 'authorities'>,
  topic: Pick<Topic, 'authority' | 'authorityName'>,
  authority: AuthorityId,
  municipalityName: string,
  lang: ContentLang,
): string {
  if (authority === 'kommune') return municipalityName;
  // The topic's own name for its authority applies only where the inquiry is that authority's
  // (not funeral assistance's Udbetaling Danmark).
  return (authority === topic.authority ? topic.authorityName?.[lang] : undefined) ?? content.authorities[authority].name[lang];
}
