import type { z } from "zod";

type Def = { type?: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown> };
type Node = { _zod?: { def?: Def }; maxLength?: number | null; shape?: Record<string, unknown> };

/** Through optional, nullable, default, transform pipes … to the schema that holds the checks. */
function unwrap(schema: unknown): Node | undefined {
  let node = schema as Node | undefined;
  for (let depth = 0; node && depth < 10; depth++) {
    const def = node._zod?.def;
    if (def?.innerType) node = def.innerType as Node;
    else if (def?.type === "pipe" && def.in) node = def.in as Node;
    else break;
  }
  return node;
}

/**
 * The contract's maximum length of a text field of an object schema (`notes: …max(4000)`), so a
 * counter shows the limit the server enforces instead of a copy of the number.
 */
export function maxLengthOf(schema: z.ZodType, name: string): number | null {
  const object = unwrap(schema);
  const shape = object?.shape ?? object?._zod?.def?.shape;
  const field = unwrap(shape?.[name]);
  return typeof field?.maxLength === "number" ? field.maxLength : null;
}
