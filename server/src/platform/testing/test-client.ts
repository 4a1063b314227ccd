import type { FastifyInstance, LightMyRequestResponse } from "fastify";

export const TEST_PUBLIC_URL = "http://polku.test";
const CSRF = "test-csrf-token";

let ipCounter = 0;
/** A fresh client address per client, so sign-in rate-limit buckets of different tests never meet. */
function nextAddress(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 8) & 255}.${ipCounter & 255}.${(process.pid % 250) + 1}`;
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * A browser-like client for app.inject(): one address, a cookie jar, the Origin header and the
 * CSRF double-submit token a browser would send, and a language.
 */
export class TestClient {
  readonly cookies = new Map<string, string>([["polku_csrf", CSRF]]);
  readonly address = nextAddress();

  constructor(
    private readonly app: FastifyInstance,
    public language = "en",
  ) {}

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.address,
      headers: {
        origin: TEST_PUBLIC_URL,
        "accept-language": this.language,
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(method === "GET" ? {} : { "x-csrf-token": CSRF }),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    });
    this.store(response);
    return response;
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) =>
    this.request("POST", url, body ?? {}, { "content-type": "application/json" });
  patch = (url: string, body?: unknown) =>
    this.request("PATCH", url, body ?? {}, { "content-type": "application/json" });

  /** Signs in with email and password through the real endpoint; throws when it fails. */
  async signIn(email: string, password: string): Promise<void> {
    const response = await this.post("/api/auth/sign-in/email", { email, password });
    if (response.statusCode !== 200)
      throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  }

  private store(response: LightMyRequestResponse) {
    const raw = response.headers["set-cookie"];
    for (const line of raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (name === "polku_csrf") continue;
      if (value === "" || /max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
