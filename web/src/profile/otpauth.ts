/** The base32 secret inside an otpauth:// URI, grouped in fours for typing by hand. */
export function secretOf(uri: string): string {
  let secret = "";
  try {
    secret = new URL(uri).searchParams.get("secret") ?? "";
  } catch {
    return "";
  }
  return secret
    .replace(/[\s=]/g, "")
    .toUpperCase()
    .replace(/(.{4})/g, "$1 ")
    .trim();
}
