/** A source of random bytes; servers and clients take one so tests can be exact. */
export type RandomBytes = (byteLength: number) => Uint8Array

/** Cryptographically strong random bytes from Web Crypto (browser and Node 20). */
export const secureRandomBytes: RandomBytes = (byteLength) =>
  crypto.getRandomValues(new Uint8Array(byteLength))
