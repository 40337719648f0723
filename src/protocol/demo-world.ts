/**
 * The seeded demo world: public facts every layer agrees on (origins, client ids, demo
 * credentials). The authorization server seeds its registry from these; the README lists them.
 */
export const ISSUER = 'https://auth.photos.example'
export const API_ORIGIN = 'https://api.photos.example'
/** The audience of every access token (RFC 9068 §3): the photo API. */
export const API_AUDIENCE = API_ORIGIN

export const DEMO_USER = {
  username: 'alice',
  password: 'wonderland',
  name: 'Alice Liddell',
  email: 'alice@photos.example',
} as const

export const PRINTSHOP_CLIENT = {
  clientId: 'printshop',
  clientSecret: 'printshop-secret',
  redirectUri: 'https://printshop.example/callback',
} as const

export const PHOTO_SPA_CLIENT = {
  clientId: 'photo-spa',
  redirectUri: 'https://spa.printshop.example/callback',
} as const

export const SUPPORTED_SCOPES = [
  'openid',
  'profile',
  'email',
  'photos.read',
  'photos.write',
] as const

/** A second resource owner, so flows can show two people's data apart. */
export const SECOND_USER = {
  username: 'bob',
  password: 'builder',
  name: 'Bob Builder',
  email: 'bob@photos.example',
} as const

/** A picture frame with no keyboard: a public client that uses only the device grant (RFC 8628). */
export const FRAME_TV_CLIENT = { clientId: 'frame-tv' } as const

/** A nightly backup job acting for itself: client_credentials only (RFC 6749 §4.4). */
export const BACKUP_JOB_CLIENT = {
  clientId: 'backup-job',
  clientSecret: 'backup-job-secret',
  scope: 'photos.read',
} as const

/**
 * An old app kept to show what OAuth 2.1 removed: implicit (RFC 6749 §4.2) and password (§4.3),
 * allowed only in the rfc6749 profile (RFC 9700 §2.1.2, §2.4).
 */
export const LEGACY_APP_CLIENT = {
  clientId: 'legacy-app',
  clientSecret: 'legacy-app-secret',
  redirectUri: 'https://legacy.printshop.example/callback',
} as const

/**
 * The photo API's own credentials: a confidential client with no grant of its own, so that the
 * API can ask the authorization server about a token by introspection (RFC 7662 §2.1), which
 * only authenticated callers may do.
 */
export const PHOTO_API_CLIENT = {
  clientId: 'photo-api',
  clientSecret: 'photo-api-secret',
} as const

/**
 * The attack scenarios' attacker: her own account at the photo service (attackers can be
 * resource owners too, RFC 9700 §3), and the site she controls.
 */
export const MALLORY_USER = {
  username: 'mallory',
  password: 'trickster',
  name: 'Mallory Moriarty',
  email: 'mallory@photos.example',
} as const

/** Mallory's own site: whatever reaches it, she reads (RFC 9700 §3, attacker A1). */
export const ATTACKER_ORIGIN = 'https://mallory.example'

/**
 * A second API that trusts the same authorization server: Alice's calendar. Its audience is its
 * own origin; a photo API token is not for it (RFC 9068 §4, RFC 9700 §2.3).
 */
export const CALENDAR_API_ORIGIN = 'https://api.calendar.example'

/**
 * The Printshop web app is registered at Mallory's authorization server as well (mix-up, RFC 9700
 * §4.4.1: a client that works with several servers), under this client_id.
 */
export const PRINTSHOP_AT_MALLORY_CLIENT_ID = 'printshop-web'
