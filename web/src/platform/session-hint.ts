/**
 * Whether this browser has signed in and not signed out since: a hint, not a credential (the
 * session cookie is httpOnly and decides everything on the server). Without it the app does not
 * ask the server who is signed in, so a first visit to the sign-in page makes no request that is
 * bound to fail with 401 (a red line in the browser console on every new visit). A hint that
 * outlives its session costs one 401, which clears it.
 */
const key = "polku.signedIn";

export function hasSessionHint(): boolean {
  try {
    return globalThis.localStorage?.getItem(key) === "1";
  } catch {
    return true; // storage blocked: ask the server, as before
  }
}

export function setSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) globalThis.localStorage?.setItem(key, "1");
    else globalThis.localStorage?.removeItem(key);
  } catch {
    // storage blocked: nothing to remember
  }
}
