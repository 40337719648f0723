import { SUPPORTED_SCOPES } from '../../protocol/demo-world.ts'

/** What each scope lets the client do, in words the consent page shows the resource owner. */
export const SCOPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  openid: 'Confirm that you are you (sign you in with OpenID Connect)',
  profile: 'See your name',
  email: 'See your email address',
  'photos.read': 'See your photos',
  'photos.write': 'Add, change and delete your photos',
}

/** Every scope this server knows (metadata `scopes_supported`, RFC 8414 §2). */
export const KNOWN_SCOPES: readonly string[] = SUPPORTED_SCOPES
