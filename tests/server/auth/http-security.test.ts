import { describe, expect, it } from 'vitest';
import { isSameOrigin, sessionIdFrom } from '../../../src/server/auth/http-security.js';
import { hashPassword, verifyPassword } from '../../../src/server/auth/passwords.js';

const ORIGIN = 'https://kanalguide.example';

describe('the session cookie is read strictly', () => {
  it.each([
    { cookie: undefined, id: null },
    { cookie: '__Host-kanalguide=abc_DEF-123', id: 'abc_DEF-123' },
    { cookie: 'theme=dark; __Host-kanalguide=abc ; other=1', id: 'abc' },
    { cookie: 'kanalguide=abc', id: null },
    // A value the store never made is not looked up.
    { cookie: '__Host-kanalguide=a%20b', id: null },
    { cookie: '__Host-kanalguide=', id: null },
    { cookie: `__Host-kanalguide=${'a'.repeat(200)}`, id: null },
  ])('$cookie → $id', ({ cookie, id }) => {
    expect(sessionIdFrom({ cookie })).toBe(id);
  });
});

describe('state-changing requests must come from the public origin', () => {
  it.each([
    { headers: { origin: ORIGIN }, same: true },
    { headers: { origin: ORIGIN, 'sec-fetch-site': 'same-origin' }, same: true },
    { headers: { 'sec-fetch-site': 'same-origin' }, same: true },
    { headers: {}, same: false },
    { headers: { origin: 'https://kanalguide.example.evil.example' }, same: false },
    { headers: { origin: ORIGIN, 'sec-fetch-site': 'same-site' }, same: false },
    { headers: { 'sec-fetch-site': 'none' }, same: false },
  ])('$headers → $same', ({ headers, same }) => {
    expect(isSameOrigin(headers, ORIGIN)).toBe(same);
  });
});

describe('passwords', () => {
  it('are hashed with argon2id and checked', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'Correct horse battery staple')).toBe(false);
  });

  it('a missing or malformed hash never matches', async () => {
    expect(await verifyPassword(null, 'no user has this password')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });
});
