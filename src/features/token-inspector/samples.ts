import { encodeTextSegment } from '../../protocol/jwt/segment-codec'

/**
 * A token broken in several ways at once, to show that one bad segment does not hide the others:
 * standard-base64 characters and padding in the header, a trailing comma in the payload JSON,
 * and a DER-encoded ECDSA signature.
 */
export function malformedSample(): string {
  const header =
    encodeTextSegment('{"alg":"ES256","typ":"at+jwt","kid":"~~~~~~"}').replace(/-/g, '+') + '=='
  const payload = encodeTextSegment(
    '{"iss":"https://auth.photos.example","sub":"alice","scope":"photos.read",}',
  )
  const der = new Uint8Array(70)
  der[0] = 0x30
  der[1] = 0x44
  let signature = ''
  for (const byte of der) signature += String.fromCharCode(byte)
  return `${header}.${payload}.${btoa(signature).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
}
