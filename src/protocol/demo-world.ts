/**
 * The seeded demo world: public facts every layer agrees on (origins, client ids, demo
 * credentials). The authorization server seeds its registry from these; the README lists them.
 */
export const ISSUER = 'https://auth.photos.example'
export const API_ORIGIN = 'https://api.photos.example'
/** The audience of every access token (RFC 9068 §3): the photo API. */
export const API_AUDIENCE = API_ORIGIN

export const DEMO_USER = { username: 'alice', password: 'wonderland', name: 'Alice Liddell', email: 'alice@photos.example' } as const

export const PRINTSHOP_CLIENT = {
  clientId: 'printshop',
  clientSecret: 'printshop-secret',
  redirectUri: 'https://printshop.example/callback',
} as const

export const PHOTO_SPA_CLIENT = {
  clientId: 'photo-spa',
  redirectUri: 'https://spa.printshop.example/callback',
} as const

export const SUPPORTED_SCOPES = ['openid', 'profile', 'email', 'photos.read', 'photos.write'] as const
