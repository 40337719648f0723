import type { TokenDecode } from '../../protocol/jwt/decode'
import { rfc } from '../../protocol/jwt/spec-ref'
import type { TokenKind } from '../../protocol/jwt/token-context'
import { SpecLink } from './spec-link'

/** For a token that is not a JWS: what it is, and how one learns what it means. */
export function FormatExplainer({ decoded, kind }: { decoded: TokenDecode; kind?: TokenKind }) {
  if (decoded.format === 'jwe') {
    const alg = typeof decoded.header?.alg === 'string' ? decoded.header.alg : 'an unnamed algorithm'
    const enc = typeof decoded.header?.enc === 'string' ? decoded.header.enc : 'an unnamed algorithm'
    return (
      <div className="space-y-2 text-slate-800">
        <p>
          <strong>A JWE: an encrypted token</strong> in five segments: header, encrypted key, initialization vector, ciphertext and authentication tag{' '}
          <SpecLink spec={rfc(7516, '7.1')} />. Only the header is readable. The content is encrypted with {enc}, under a key that was itself wrapped with {alg} for
          one recipient.
        </p>
        <p>
          Reading the claims needs that recipient&apos;s private (or shared) key, so the inspector shows the header and stops there. If the header says{' '}
          <span className="font-mono">cty: &quot;JWT&quot;</span>, a signed JWT is nested inside <SpecLink spec={rfc(7519, '5.2')} />.
        </p>
      </div>
    )
  }
  if (decoded.format === 'opaque') {
    const length = decoded.token.length
    return (
      <div className="space-y-2 text-slate-800">
        <p>
          <strong>An opaque token</strong> ({length} characters, no dots): not a JWT, just a handle. It means nothing on its own; the authorization server keeps what it
          stands for (who, which client, which scope, until when) in its own records <SpecLink spec={rfc(6749, '1.4')} />.
        </p>
        <p>
          To learn whether it is still active and what it allows, a resource server asks the authorization server with token introspection: it answers{' '}
          <span className="font-mono">{'{"active": true, "scope": …, "exp": …}'}</span> or just <span className="font-mono">{'{"active": false}'}</span>{' '}
          <SpecLink spec={rfc(7662, '2.2')} />.
        </p>
        {kind === 'refresh_token' && (
          <p>
            This is a refresh token: the lab&apos;s are opaque on purpose. Only the authorization server ever reads one, when the client trades it for new tokens{' '}
            <SpecLink spec={rfc(6749, '6')} />.
          </p>
        )}
      </div>
    )
  }
  return null
}
