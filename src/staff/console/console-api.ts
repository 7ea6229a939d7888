/**
 * The console's two calls to the staff API: the guidance for a topic, and a registered contact.
 * Failures come back in words a staff member can act on (not logged in any more, refused and
 * why, or no server), never as a bare status code.
 */
import * as v from 'valibot';
import type { ContactEvent } from '../../model/contact-event.js';
import type { TopicStaffGuidance } from '../../model/content-schema.js';
import { GuidanceResponseSchema } from '../../model/staff-api.js';
import { SendError } from './contact-outbox.js';

const ErrorBodySchema = v.object({ error: v.string() });
/** The contacts endpoint names each refused field as a line; the guidance endpoint as {parameter, message}. */
const InvalidBodySchema = v.object({ errors: v.array(v.union([v.string(), v.object({ parameter: v.string(), message: v.string() })])) });

/** What a failed answer means, in words (Danish: the console's language). */
async function sayFailure(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) return 'du er ikke logget ind længere – log ind igen';
  if (v.is(InvalidBodySchema, body)) return `serveren afviste den (${body.errors.map((e) => (typeof e === 'string' ? e : `${e.parameter}: ${e.message}`)).join('; ')})`;
  if (v.is(ErrorBodySchema, body)) return `serveren svarede ${response.status}: ${body.error}`;
  return `serveren svarede ${response.status}`;
}

async function send(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new SendError('serveren kunne ikke nås');
  }
}

export async function fetchGuidance(topic: string): Promise<TopicStaffGuidance> {
  const response = await send(`/api/guidance/${encodeURIComponent(topic)}`, { headers: { accept: 'application/json' } });
  // 404: the topic's guidance is not written yet, which the panel says as such.
  if (response.status === 404) return {};
  if (!response.ok) throw new SendError(await sayFailure(response));
  const parsed = v.safeParse(GuidanceResponseSchema, await response.json().catch(() => null));
  if (!parsed.success) throw new SendError(`svaret passer ikke til kontrakten: ${parsed.issues[0].message}`);
  return parsed.output.guidance;
}

export async function postContact(contact: ContactEvent): Promise<void> {
  const response = await send('/api/contacts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(contact) });
  if (!response.ok) throw new SendError(await sayFailure(response));
}
