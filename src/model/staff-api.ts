/**
 * The staff accounts' HTTP contract (issue 15): the login body and what `GET /api/session`
 * answers; and the console's guidance (issue 17), `GET /api/guidance/:topic`. The server
 * validates with these; the staff pages read the same types.
 */
import * as v from 'valibot';
import { TopicStaffGuidanceSchema } from './content-schema.js';
import { LANGS, STAFF_ROLES } from './vocabulary.js';

export const MAX_USERNAME_LENGTH = 64;
/**
 * argon2 hashes whatever it is given: without a cap a megabyte "password" costs the server the
 * same per guess as the attacker's upload. 1,024 characters is far beyond any passphrase.
 */
export const MAX_PASSWORD_LENGTH = 1024;
/** What the staff CLI requires of a new password. */
export const MIN_PASSWORD_LENGTH = 12;

export const USERNAME = /^[a-z0-9][a-z0-9._-]*$/;

export const LoginRequestSchema = v.strictObject(
  {
    username: v.pipe(v.string('username must be text'), v.maxLength(MAX_USERNAME_LENGTH, `username must be at most ${MAX_USERNAME_LENGTH} characters`)),
    password: v.pipe(v.string('password must be text'), v.maxLength(MAX_PASSWORD_LENGTH, `password must be at most ${MAX_PASSWORD_LENGTH} characters`)),
  },
  'the body must be {"username", "password"} and nothing else',
);
export type LoginRequest = v.InferOutput<typeof LoginRequestSchema>;

export const SessionResponseSchema = v.strictObject({
  username: v.string(),
  role: v.picklist(STAFF_ROLES),
  /** null for operators, who see every municipality. */
  municipality: v.nullable(v.string()),
});
export type SessionResponse = v.InferOutput<typeof SessionResponseSchema>;

/**
 * `GET /api/guidance/:topic?lang=en`: the topic's staff guidance, one entry per inquiry type.
 * `lang` (da or en; da when left out) is the language asked for; where the guidance is not
 * written in it, the Danish is served and `fallback` says so.
 */
export const GuidanceResponseSchema = v.strictObject({
  topic: v.string(),
  /** The language of `guidance`. */
  lang: v.picklist(LANGS),
  /** true when Danish was served because the guidance is not written in the language asked for. */
  fallback: v.boolean(),
  guidance: TopicStaffGuidanceSchema,
});
export type GuidanceResponse = v.InferOutput<typeof GuidanceResponseSchema>;
