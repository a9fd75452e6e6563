/**
 * A hint, kept in localStorage, that this browser has signed in. The session cookie is HttpOnly, so the app
 * cannot see it; without the hint a first visit shows the sign-in page at once instead of waiting for
 * `/me` to answer 401. The server still decides: a stale hint only costs that one request.
 */
const KEY = 'lodestar.signedIn';

export function hasSessionHint(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    // Storage disabled: show the sign-in form until /me answers (it switches to the shell if signed in).
    return false;
  }
}

export function setSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(KEY, '1');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage disabled: the app falls back to asking the server.
  }
}
