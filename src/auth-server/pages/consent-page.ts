import { renderConsentForm, type ConsentFormModel } from './consent-form.ts'
import { escapeHtml, renderPage } from './layout.ts'

export interface ConsentPageModel extends ConsentFormModel {
  issuer: string
  userName: string
}

/**
 * The consent page (RFC 6749 §4.1.1: the server obtains the resource owner's decision). Its form
 * submits hidden `request_id` and a `decision` of `approve` or `deny` (see renderConsentForm).
 */
export function renderConsentPage(model: ConsentPageModel): string {
  const body = `<p>Signed in as <strong>${escapeHtml(model.userName)}</strong>.</p>
${renderConsentForm(model)}`
  return renderPage({
    title: `Allow ${model.clientName} to access your account?`,
    issuer: model.issuer,
    body,
  })
}
