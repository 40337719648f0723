/**
 * Exports of the sequence view. Files are offered as data: URLs (the app's Content-Security-Policy
 * allows data: images and nothing from blob:), and the PNG is the SVG drawn on a canvas.
 */

/** The SVG element as a standalone document. */
export function svgDocument(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.removeAttribute('class')
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`
}

export function svgDataUrl(svg: SVGSVGElement): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgDocument(svg))}`
}

/** The SVG drawn at `scale` times its viewBox size on a white canvas, as a PNG data URL. */
export async function pngDataUrl(svg: SVGSVGElement, scale = 2): Promise<string> {
  const { width, height } = svg.viewBox.baseVal
  const image = new Image()
  image.src = svgDataUrl(svg)
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot draw on a canvas.')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  return canvas.toDataURL('image/png')
}

/** Saves a data URL as a file, as a download link would. */
export function download(dataUrl: string, filename: string): void {
  const link = document.createElement('a')
  link.href = dataUrl
  link.download = filename
  link.click()
}
