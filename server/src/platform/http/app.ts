import { existsSync } from "node:fs";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { enforceRoutePolicies, type SessionResolver } from "../../access/enforce-route-policy.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import { loggerOptions } from "../logging.ts";
import { installCsrfProtection } from "./csrf.ts";
import { answerFrameworkError, installErrorHandling, installNotFoundHandling } from "./error-handler.ts";
import { installJsonBodyParser } from "./json-body.ts";
import { refuseUnstorableText } from "./refuse-unstorable-text.ts";

export type App = FastifyInstance;

export type BuildAppOptions = {
  config: Config;
  database: Database;
  resolveSession: SessionResolver;
  /** Built web app (dist/web); null serves the API only. */
  webRoot: string | null;
  logger?: boolean;
};

/** The Fastify app with the platform's cross-cutting behaviour; features add their routes after. */
export async function createApp(options: BuildAppOptions) {
  const { config, database } = options;
  const secure = config.publicUrl.startsWith("https://");
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config.logLevel),
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installJsonBodyParser(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        // Mantine sets CSS variables through style attributes; scripts stay strictly 'self'.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    hsts: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "no-referrer" },
    frameguard: { action: "deny" },
    crossOriginEmbedderPolicy: false,
  });
  installCsrfProtection(app, secure);
  enforceRoutePolicies(app, database, options.resolveSession);
  refuseUnstorableText(app);

  await app.register(swagger, {
    openapi: {
      info: {
        title: "Polku API",
        version: config.version,
        description: "IPS supported employment. Every error has the shape {error:{code,message,fields}}.",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });

  const webRoot = options.webRoot;
  if (webRoot && existsSync(`${webRoot}/index.html`)) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      setHeaders(res, path) {
        res.header(
          "cache-control",
          path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
  }
  installNotFoundHandling(app, webRoot !== null && existsSync(`${webRoot}/index.html`));
  return app;
}
