import { randomBytes } from 'node:crypto';

/** A new public token: 144 random bits, URL-safe (24 characters). */
export function newLeadFormToken(): string {
  return randomBytes(18).toString('base64url');
}
