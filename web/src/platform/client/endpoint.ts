import type { z } from "zod";
import { api, query } from "../api.ts";

/**
 * Endpoints declared once, bound to core/contracts by type (issue 10): the method, the path
 * builder, the request schema and the response schema. Components call the declared function
 * (`client.activities.create(clientId, body)`), never `api<T>(path)` with a hand-written type.
 *
 * The schemas are bound by type only (`import type` + `typeof`), so a page that calls the API
 * does not pull zod and every contract into its chunk (the first page's budget); forms that
 * validate import the same schema at runtime (useContractForm).
 */
type Out<R> = R extends z.ZodType ? z.infer<R> : R;
type In<B> = B extends z.ZodType ? z.input<B> : B;

/** A GET: `get<typeof response>()((id: string) => path)`. */
export const get =
  <Res>() =>
  <P extends unknown[]>(path: (...params: P) => string) =>
  (...params: P): Promise<Out<Res>> =>
    api<Out<Res>>("GET", path(...params));

/** A GET with a query string its contract describes: the path's parameters, then the query. */
export const search =
  <Res, Query extends z.ZodType>() =>
  <P extends unknown[]>(path: (...params: P) => string) =>
  (...args: [...P, z.input<Query>]): Promise<Out<Res>> => {
    const params = args.slice(0, -1) as P;
    const q = args[args.length - 1] as Record<string, string | number | boolean | undefined | null>;
    return api<Out<Res>>("GET", `${path(...params)}${query(q)}`);
  };

/** A request with a body: the path's parameters, then the body the contract accepts. */
const withBody =
  (method: "POST" | "PATCH" | "PUT") =>
  <Req, Res>() =>
  <P extends unknown[]>(path: (...params: P) => string) =>
  (...args: [...P, In<Req>]): Promise<Out<Res>> => {
    const params = args.slice(0, -1) as P;
    return api<Out<Res>>(method, path(...params), args[args.length - 1]);
  };

export const post = withBody("POST");
export const patch = withBody("PATCH");
export const put = withBody("PUT");

/** A DELETE; answers 204 or the changed record. */
export const del =
  <Res = void>() =>
  <P extends unknown[]>(path: (...params: P) => string) =>
  (...params: P): Promise<Out<Res>> =>
    api<Out<Res>>("DELETE", path(...params));

/** A path segment: ids come from the app, but are never trusted to be URL-safe. */
export const seg = (value: string) => encodeURIComponent(value);
/** A client's API root. */
export const clientPath = (clientId: string) => `/api/clients/${seg(clientId)}`;
/** An organisation's API root. */
export const orgPath = (organisationId: string) => `/api/organisations/${seg(organisationId)}`;
