import { tokenize } from './html-tokens.ts'

/** An image a page embeds: where it loads from, and the referrer policy its element names. */
export interface HtmlImage {
  /** The src attribute as written (resolve it against the page's URL). */
  readonly src: string
  readonly alt: string
  /** The element's referrerpolicy attribute, if any (HTML §4.8.3). */
  readonly referrerPolicy?: string
}

/** The `<img src>` elements of a page, in document order, without a DOM (the wire runs in Node). */
export function extractImages(html: string): readonly HtmlImage[] {
  return tokenize(html).flatMap((token) => {
    if (token.kind !== 'start' || token.tag !== 'img') return []
    const src = token.attributes.get('src')?.trim()
    if (!src) return []
    const policy = token.attributes.get('referrerpolicy')
    return [
      {
        src,
        alt: token.attributes.get('alt') ?? '',
        ...(policy === undefined ? {} : { referrerPolicy: policy }),
      },
    ]
  })
}
