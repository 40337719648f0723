import type { ServerContext } from '../context.ts'
import type { UserAccount } from '../registry/types.ts'

/** How many wrong passwords an account takes per window (shared by every sign-in path). */
export const PASSWORD_GUESSES = { maxFailures: 5, windowSeconds: 60 } as const

export type PasswordCheck =
  | { ok: true; user: UserAccount }
  | { ok: false; reason: 'wrong' }
  /** Too many recent failures for this username: refused without looking at the password. */
  | { ok: false; reason: 'blocked'; retryAfterSeconds: number }

/**
 * Checks a username and password against the registry, counting failures per username in one
 * limiter for /login, /device/login and the password grant, so an attacker gets 5 guesses a
 * minute per account wherever they try (RFC 6749 §4.3.2 and §10.10: the server MUST protect
 * against brute force). While an account is blocked even the right password is refused, or the
 * limit would not slow guessing down. Unknown usernames count too, so the answer never tells
 * which accounts exist.
 */
export function checkPassword(
  ctx: ServerContext,
  username: string,
  password: string,
): PasswordCheck {
  const now = ctx.clock.nowSeconds()
  const limiter = ctx.store.passwordGuesses
  const wait = limiter.retryAfter(username, now)
  if (wait > 0) return { ok: false, reason: 'blocked', retryAfterSeconds: wait }
  const user = ctx.registry.findUserByUsername(username)
  if (!user || user.password !== password) {
    limiter.fail(username, now)
    return { ok: false, reason: 'wrong' }
  }
  limiter.reset(username)
  return { ok: true, user }
}

/** The sentence a sign-in form shows while the account is blocked. */
export function tooManyPasswordsMessage(seconds: number): string {
  return `Too many wrong passwords for this account: it takes ${PASSWORD_GUESSES.maxFailures} tries a minute, against password guessing. Wait ${seconds} seconds, then try again.`
}
