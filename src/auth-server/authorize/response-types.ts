import type { ServerProfile } from '../options.ts'
import { codeResponseType } from './code-response.ts'
import { implicitResponseType } from './implicit-response.ts'
import type { ResponseTypeDefinition } from './response-type-definition.ts'

/**
 * The response types the server implements. To add one (the implicit `token` response of RFC 6749
 * §4.2), write its definition in its own file in this folder and add it to this list; discovery
 * metadata and /authorize pick it up from here.
 */
export const RESPONSE_TYPES: readonly ResponseTypeDefinition[] = [
  codeResponseType,
  implicitResponseType,
]

/** The definition of `responseType` if the profile allows it. */
export function findResponseType(
  responseType: string,
  profile: ServerProfile,
): ResponseTypeDefinition | undefined {
  return RESPONSE_TYPES.find(
    (entry) => entry.responseType === responseType && entry.profiles.includes(profile),
  )
}
