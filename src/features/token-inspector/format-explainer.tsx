import { describeJweKeyManagement } from '../../protocol/jwt/jwe-key-management'
import type { TokenDecode } from '../../protocol/jwt/decode'
import { rfc } from '../../protocol/jwt/spec-ref'
import type { TokenKind } from '../../protocol/jwt/token-context'
import { SpecLink } from './spec-link'

/** For a token that is not a JWS: what it is, and how one learns what it means. */
export function FormatExplainer({ decoded, kind }: { decoded: TokenDecode; kind?: TokenKind }) {
  if (decoded.format === 'jwe') {
    const keyManagement = describeJweKeyManagement(decoded.header?.alg)
    const enc =
      typeof decoded.header?.enc === 'string' ? decoded.header.enc : 'an unnamed algorithm'
    const nestedJwt =
      typeof decoded.header?.cty === 'string' && decoded.header.cty.toUpperCase() === 'JWT'
    return (
      <div className="space-y-2 text-slate-800">
        <p>
          <strong>A JWE: an encrypted token</strong> in five segments: header, encrypted key,
          initialization vector, ciphertext and authentication tag{' '}
          <SpecLink spec={rfc(7516, '7.1')} />. Only the header is readable. The content is
          encrypted with {enc} under a content encryption key; the header&apos;s alg says how that
          key reaches the recipient: {keyManagement.sentence}
        </p>
        <p>
          Reading the claims needs {keyManagement.recipientKey}, so the inspector shows the header
          and stops there.{' '}
          {nestedJwt ? (
            <>
              The header says <span className="font-mono">cty: &quot;JWT&quot;</span>: inside is a
              nested JWT, usually a signed one that is verified after decryption{' '}
              <SpecLink spec={rfc(7519, '5.2')} />.
            </>
          ) : (
            <>
              Had the header said <span className="font-mono">cty: &quot;JWT&quot;</span>, a nested
              JWT would be inside <SpecLink spec={rfc(7519, '5.2')} />.
            </>
          )}
        </p>
      </div>
    )
  }
  if (decoded.format === 'opaque') {
    const length = decoded.token.length
    return (
      <div className="space-y-2 text-slate-800">
        <p>
          <strong>An opaque token</strong> ({length} characters, no dots): not a JWT, just a handle.
          It means nothing on its own; the authorization server keeps what it stands for (who, which
          client, which scope, until when) in its own records <SpecLink spec={rfc(6749, '1.4')} />.
        </p>
        <p>
          To learn whether it is still active and what it allows, a resource server asks the
          authorization server with token introspection: it answers{' '}
          <span className="font-mono">{'{"active": true, "scope": …, "exp": …}'}</span> or just{' '}
          <span className="font-mono">{'{"active": false}'}</span>{' '}
          <SpecLink spec={rfc(7662, '2.2')} />.
        </p>
        {kind === 'refresh_token' && (
          <p>
            This is a refresh token: the lab&apos;s are opaque on purpose. Only the authorization
            server ever reads one, when the client trades it for new tokens{' '}
            <SpecLink spec={rfc(6749, '6')} />.
          </p>
        )}
      </div>
    )
  }
  return null
}
