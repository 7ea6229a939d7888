/** The emergency answer: 112 first, and the crisis line that fits the danger as the alternative. */
import type { DangerKind } from '../model/content-schema.js';
import type { ContentBundle } from '../model/content-bundle.js';
import type { Recommendation } from '../model/recommendation.js';
import type { ContentLang } from '../model/vocabulary.js';

export function emergencyRecommendation(content: ContentBundle, kind: DangerKind, lang: ContentLang, topic: string | null): Recommendation {
  const { emergency, lines } = content.emergency;
  return {
    topic,
    intent: null,
    channel: 'emergency',
    action: { kind: 'phone', href: emergency.phone.href, label: content.actionLabels.emergency![lang] },
    alternatives: (lines[kind] ?? []).map((line) => ({
      channel: 'emergency' as const,
      action: { kind: 'phone' as const, href: line.phone.href, label: `${line.name[lang]}: ${line.phone.label}` },
    })),
    authority: null,
    open: true,
    opensAt: null,
    closesAt: null,
    reason: { da: content.reasons.emergency!.da, en: content.reasons.emergency!.en },
  };
}
