/**
 * Staff passwords, argon2id (@node-rs/argon2): OWASP's minimum (19 MiB, 2 passes, 1 lane) takes
 * about 11 ms here, where node:crypto's scrypt at OWASP's setting took about 430 ms and needed
 * `maxmem` raised (ECOSYSTEM.md). The library's defaults are exactly that setting and argon2id;
 * they are not restated because its `Algorithm` is a const enum, which `isolatedModules` cannot
 * read from a declaration file. The tests check that a hash says `$argon2id$`.
 */
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Checked against when the username does not exist, so an unknown name costs the same time as a
 * wrong password and the answer's timing does not reveal which usernames exist.
 */
const UNKNOWN_USER_HASH = await hashPassword('no user has this password');

/** True when `password` matches `passwordHash`; a missing or malformed hash never matches. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return (await verify(passwordHash ?? UNKNOWN_USER_HASH, password)) && passwordHash !== null;
  } catch {
    return false;
  }
}
