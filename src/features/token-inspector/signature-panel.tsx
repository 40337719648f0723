import { JWS_ALGORITHMS } from '../../protocol/jwt/jws-checks'
import type { TokenDecode } from '../../protocol/jwt/decode'
import { rfc } from '../../protocol/jwt/spec-ref'
import { count, DISPLAY_LIMITS } from './display-limits'
import { MoreMarker } from './more-marker'
import { SEGMENT_BORDER, SEGMENT_TEXT } from './segment-colours'
import { SpecLink } from './spec-link'

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ')

/** The signature: its bytes, what it was computed over, and what checking it needs. */
export function SignaturePanel({ decoded }: { decoded: TokenDecode }) {
  const segment = decoded.segments.find((s) => s.role === 'signature')
  if (!segment) return null
  const alg = typeof decoded.header?.alg === 'string' ? decoded.header.alg : undefined
  const family = alg ? JWS_ALGORITHMS[alg]?.family : undefined
  const signingInput = decoded.segments
    .filter((s) => s.role !== 'signature' && s.role !== 'extra')
    .map((s) => s.text)
    .join('.')
  return (
    <section
      aria-label="Signature"
      className={`min-w-0 rounded-xl border-t-4 bg-white p-4 shadow-sm ${SEGMENT_BORDER.signature}`}
    >
      <h3 className={`text-lg font-bold ${SEGMENT_TEXT.signature}`}>Signature</h3>
      {decoded.signature ? (
        <>
          <p className="mt-2 text-slate-800">
            {decoded.signature.length} bytes{alg ? `, made with ${alg}` : ''} over the ASCII text{' '}
            <span className="font-mono text-sm">header.payload</span> ({count(signingInput.length)}{' '}
            characters).{' '}
            {family === 'HMAC'
              ? 'HMAC: the same shared secret makes and checks it, so anyone who can check it can also forge it.'
              : family
                ? 'Asymmetric: the issuer signs with its private key; anyone can check with the public key it publishes.'
                : ''}{' '}
            <SpecLink spec={rfc(7515, '5.1')} />
          </p>
          <p
            className="mt-2 font-mono text-xs break-all text-slate-700"
            aria-label="Signature bytes in hex"
          >
            {hex(decoded.signature.subarray(0, DISPLAY_LIMITS.signatureBytes))}
            <MoreMarker
              hidden={Math.max(0, decoded.signature.length - DISPLAY_LIMITS.signatureBytes)}
              unit="bytes"
            />
          </p>
        </>
      ) : (
        <p className="mt-2 text-slate-800">
          {segment.text === ''
            ? 'Empty: there is no signature.'
            : segment.tooLong
              ? 'Too long to decode; see what was left out above.'
              : 'The signature segment does not decode; see the problems above.'}
        </p>
      )}
    </section>
  )
}
