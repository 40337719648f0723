import { renderConsentForm } from './consent-form.ts'
import type { ConsentPageModel } from './consent-page.ts'
import { escapeHtml, renderPage } from './layout.ts'

/**
 * The pages of the device flow's verification URI (RFC 8628 §3.3): enter the code, approve, done.
 * Forms post back to the server; field names are `user_code`, `request_id` and `decision`.
 */

function errorParagraph(message: string | undefined, id: string): string {
  return message ? `<p class="error" role="alert" id="${id}">${escapeHtml(message)}</p>` : ''
}

/** The code entry form: one text field `user_code`, prefilled from verification_uri_complete. */
export function renderUserCodePage(model: {
  issuer: string
  action: string
  userCode?: string
  errorMessage?: string
}): string {
  const describedBy = model.errorMessage ? ' aria-describedby="code-error" aria-invalid="true"' : ''
  const body = `<p>Enter the code shown on your device (TV, frame, console) to connect it to your account.</p>
${errorParagraph(model.errorMessage, 'code-error')}
<form method="post" action="${escapeHtml(model.action)}">
<label for="user_code">Code</label>
<input type="text" id="user_code" name="user_code" autocomplete="off" autocapitalize="characters" spellcheck="false" required placeholder="WDJB-MJHT" value="${escapeHtml(model.userCode ?? '')}"${describedBy}>
<button type="submit">Continue</button>
</form>`
  return renderPage({ title: 'Connect a device', issuer: model.issuer, body })
}

export interface DeviceConsentPageModel extends ConsentPageModel {
  /** Shown so the user can check it matches the device, against remote phishing (RFC 8628 §5.4). */
  userCode: string
}

/** The approval form for a device: the code to compare, what it asks for, Allow and Deny. */
export function renderDeviceConsentPage(model: DeviceConsentPageModel): string {
  const body = `<p>Signed in as <strong>${escapeHtml(model.userName)}</strong>.</p>
<p>Check that your device shows the code <strong><code>${escapeHtml(model.userCode)}</code></strong>. If it does not, or you did not start this on a device of your own, choose Deny.</p>
${renderConsentForm(model)}`
  return renderPage({
    title: `Allow ${model.clientName} to access your account?`,
    issuer: model.issuer,
    body,
  })
}

/** The last page: nothing more to do in the browser. */
export function renderDeviceDonePage(model: {
  issuer: string
  clientName: string
  approved: boolean
}): string {
  const body = model.approved
    ? `<p role="status"><strong>${escapeHtml(model.clientName)}</strong> is now connected to your account.</p>
<p>You may return to your device. It will finish signing in by itself within a few seconds.</p>`
    : `<p role="status">You denied access to <strong>${escapeHtml(model.clientName)}</strong>. Nothing was shared.</p>
<p>You may return to your device; it will show that access was denied.</p>`
  return renderPage({
    title: model.approved ? 'Device connected' : 'Access denied',
    issuer: model.issuer,
    body,
  })
}
