import { escapeHtml, renderPage } from './layout.ts'

export interface LoginPageModel {
  issuer: string
  /** The form's absolute action URL (POST). */
  action: string
  requestId: string
  clientName: string
  /** The username typed before, shown again after a failed attempt. */
  username?: string
  errorMessage?: string
}

/**
 * The sign-in form. Fields: `username`, `password`, hidden `request_id` (the pending authorization
 * request). The server never prefills credentials; the app does.
 */
export function renderLoginPage(model: LoginPageModel): string {
  const error = model.errorMessage
    ? `<p class="error" role="alert" id="login-error">${escapeHtml(model.errorMessage)}</p>`
    : ''
  const describedBy = model.errorMessage
    ? ' aria-describedby="login-error" aria-invalid="true"'
    : ''
  const body = `<p><strong>${escapeHtml(model.clientName)}</strong> wants to access your account. Sign in to continue.</p>
${error}
<form method="post" action="${escapeHtml(model.action)}">
<input type="hidden" name="request_id" value="${escapeHtml(model.requestId)}">
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" required value="${escapeHtml(model.username ?? '')}"${describedBy}>
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required${describedBy}>
<button type="submit">Sign in</button>
</form>`
  return renderPage({ title: 'Sign in', issuer: model.issuer, body })
}
