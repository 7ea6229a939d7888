/** Only https: and tel: reach an href, whatever a configuration file says. */
export function safeHref(href: string): string | undefined {
  return /^(https:\/\/|tel:\+?[0-9]+$)/i.test(href) ? href : undefined;
}
