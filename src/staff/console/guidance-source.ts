/**
 * Where the console's staff guidance comes from. The guidance is content (`staff:` in the topic
 * articles, schema in src/model) served to logged-in staff only, so the citizen widget's data never
 * carries it; the console asks for one topic at a time and keeps what it has been given.
 */
import type { StaffGuidance, TopicStaffGuidance } from '../../model/content-schema.js';

export type IntentGuidance = StaffGuidance;

/** Loads one topic's guidance (every intent it has); rejects with a message a staff member can read. */
export type GuidanceLoader = (topic: string) => Promise<TopicStaffGuidance>;

/** Asks once per topic: a contact on the same topic later in the day reads it from memory. */
export function rememberGuidance(load: GuidanceLoader): GuidanceLoader {
  const asked = new Map<string, Promise<TopicStaffGuidance>>();
  return (topic) => {
    let answer = asked.get(topic);
    if (!answer) {
      answer = load(topic);
      // A failure is not remembered: the next contact on the topic asks again.
      answer.catch(() => asked.delete(topic));
      asked.set(topic, answer);
    }
    return answer;
  };
}
