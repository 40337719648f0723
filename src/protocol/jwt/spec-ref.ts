/** A citation of a specification section, with a link to it. */
export interface SpecRef {
  /** "RFC 7519 §4.1.4" or "OIDC Core §2". */
  label: string
  href: string
}

/** Cites an RFC section: `rfc(7519, '4.1.4')` → RFC 7519 §4.1.4, linked at rfc-editor.org. */
export function rfc(number: number, section: string): SpecRef {
  const anchor = /^[A-Z](\.|$)/.test(section) ? `appendix-${section}` : `section-${section}`
  return {
    label: `RFC ${number} ${/^[A-Z]/.test(section) ? 'Appendix ' : '§'}${section}`,
    href: `https://www.rfc-editor.org/rfc/rfc${number}#${anchor}`,
  }
}

/** Cites OpenID Connect Core 1.0 by section number and the anchor the spec uses for it. */
export function oidcCore(section: string, anchor: string): SpecRef {
  return {
    label: `OIDC Core §${section}`,
    href: `https://openid.net/specs/openid-connect-core-1_0.html#${anchor}`,
  }
}
