/**
 * Prepares a page the lab's servers sent for display in the simulated browser window: the
 * server's own HTML, with the fields Next step would submit filled in, and a Content-Security-
 * Policy that lets nothing load or leave (the frame shows the page; the player submits it).
 */
export interface PageOptions {
  /** Values to show in the form's fields, by name (Alice's demo credentials). */
  prefill: Readonly<Record<string, string>>
  /** A recorded step in the past: show the form, but nothing in it can be changed or pressed. */
  disabled: boolean
}

const FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"

export function prepareServerPage(html: string, options: PageOptions): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const csp = doc.createElement('meta')
  csp.httpEquiv = 'Content-Security-Policy'
  csp.content = FRAME_CSP
  doc.head.prepend(csp)
  for (const field of doc.querySelectorAll<HTMLInputElement>('input[name]')) {
    const value = options.prefill[field.name]
    if (value !== undefined && field.type !== 'hidden') field.setAttribute('value', value)
  }
  // The frame loads nothing from the network (its CSP allows data: images only): an image from a
  // server is loaded by the lab's browser over the wire instead, and shows here by its alt text.
  for (const image of doc.querySelectorAll('img[src]'))
    if (!(image.getAttribute('src') ?? '').startsWith('data:')) image.removeAttribute('src')
  if (options.disabled) {
    for (const control of doc.querySelectorAll('input, button, select, textarea'))
      control.setAttribute('disabled', '')
  }
  return `<!doctype html>\n${doc.documentElement.outerHTML}`
}

/** What the learner chose in the page: the fields of the form they submitted and the button pressed. */
export interface PageSubmission {
  fields: Record<string, string>
  /** The pressed button's value (or its label): the simulated browser presses the same one. */
  submitter?: string
}

/** Reads a submitted form inside the frame: its fields, and which button was pressed (HTML §4.10.21.4). */
export function readSubmission(
  form: HTMLFormElement,
  submitter: HTMLElement | null,
): PageSubmission {
  const view = form.ownerDocument.defaultView
  const FormDataInFrame = view
    ? (view as unknown as { FormData: typeof FormData }).FormData
    : FormData
  const data = new FormDataInFrame(form)
  const fields: Record<string, string> = {}
  data.forEach((value, name) => {
    if (typeof value === 'string') fields[name] = value
  })
  const button = submitter as HTMLButtonElement | HTMLInputElement | null
  const pressed = button ? button.value || button.textContent?.trim() || undefined : undefined
  return pressed === undefined ? { fields } : { fields, submitter: pressed }
}
