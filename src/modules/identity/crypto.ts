import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library's default algorithm) with OWASP-recommended cost. */
const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON);

export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
  if (!hashed) {
    await hash(password, ARGON); // same cost whether or not the user exists
    return false;
  }
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
