/**
 * Tests only: plausible values from a route's OpenAPI (JSON) schema, so the fuzz test can change
 * one field of an otherwise acceptable request and reach the use case and the database with it.
 */
export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  minLength?: number;
  minItems?: number;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

/** Known ids by field name; any other uuid field gets a fresh (unknown) id. */
export type Ids = { [name: string]: string | (() => string); uuid: () => string };

function typeOf(schema: Schema): string | undefined {
  const types = [schema.type ?? []].flat().filter((t) => t !== "null");
  if (types[0]) return types[0];
  if (schema.properties) return "object";
  return undefined;
}

/** A plain variant of a union or intersection schema. */
export function concrete(schema: Schema): Schema {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return concrete(options.find((o) => typeOf(o) !== undefined) ?? options[0] ?? {});
  if (schema.allOf) return concrete(Object.assign({}, ...schema.allOf));
  return schema;
}

function exampleString(schema: Schema, name: string, ids: Ids): string {
  const known = ids[name];
  if (typeof known === "string") return known;
  const today = new Date().toISOString().slice(0, 10);
  if (schema.format === "uuid") return ids.uuid();
  if (schema.format === "date") return today;
  if (schema.format === "date-time") return new Date().toISOString();
  if (schema.format === "email") return "fuzz@example.test";
  if (schema.pattern?.includes("0-9") || schema.pattern?.includes("\\d")) return "12345";
  return "Fuzz value".padEnd(schema.minLength ?? 0, "x");
}

function exampleNumber(schema: Schema, integer: boolean): number {
  const low =
    typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : (schema.minimum ?? 1);
  const value = Math.min(Math.max(low, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
  return integer ? Math.ceil(value) : value;
}

/** A value the schema accepts (required object fields only), as far as its JSON form tells. */
export function example(input: Schema, name: string, ids: Ids): unknown {
  const schema = concrete(input);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  switch (typeOf(schema)) {
    case "object":
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [key, example(schema.properties?.[key] ?? {}, key, ids)]),
      );
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => example(schema.items ?? {}, name, ids));
    case "string":
      return exampleString(schema, name, ids);
    case "integer":
      return exampleNumber(schema, true);
    case "number":
      return exampleNumber(schema, false);
    case "boolean":
      return false;
    default:
      return null;
  }
}

export type Leaf = { path: (string | number)[]; schema: Schema };

/** Every field of a body schema down to `depth` levels (array items as index 0). */
export function leaves(input: Schema, depth = 3, path: (string | number)[] = []): Leaf[] {
  const schema = concrete(input);
  const type = typeOf(schema);
  if (depth > 0 && type === "object" && schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, child]) => [
      { path: [...path, key], schema: child },
      ...leaves(child, depth - 1, [...path, key]),
    ]);
  }
  if (depth > 0 && type === "array" && schema.items) {
    const item = concrete(schema.items);
    if (typeOf(item) !== "object") return [{ path: [...path, 0], schema: item }];
    return leaves(item, depth - 1, [...path, 0]);
  }
  return [];
}

/** A copy of `base` with `value` at `path`, filling missing parents with examples. */
export function withValueAt(
  base: unknown,
  root: Schema,
  path: (string | number)[],
  value: unknown,
  ids: Ids,
) {
  const copy = structuredClone(base ?? {}) as Record<string | number, unknown>;
  let node = copy;
  let schema = concrete(root);
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      node[key] = value;
      break;
    }
    const child = concrete(typeof key === "number" ? (schema.items ?? {}) : (schema.properties?.[key] ?? {}));
    if (typeof node[key] !== "object" || node[key] === null) node[key] = example(child, String(key), ids);
    if (Array.isArray(node[key]) && (node[key] as unknown[]).length === 0) {
      (node[key] as unknown[]).push(example(child.items ?? {}, String(key), ids));
    }
    node = node[key] as Record<string | number, unknown>;
    schema = child;
  }
  return copy;
}
