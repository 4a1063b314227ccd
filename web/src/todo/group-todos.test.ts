import assert from "node:assert/strict";
import { test } from "node:test";
import { groupByClient } from "./group-todos.ts";

const a = { id: "a", name: "Aino" };
const b = { id: "b", name: "Bertil" };

test("items group by client in the order of each client's first item, counts kept", () => {
  const items = [
    { key: "1", client: b },
    { key: "2", client: null },
    { key: "3", client: a },
    { key: "4", client: b },
    { key: "5", client: null },
  ];
  assert.deepEqual(
    groupByClient(items).map((g) => [g.id, g.items.map((i) => i.key)]),
    [
      ["b", ["1", "4"]],
      ["none", ["2", "5"]],
      ["a", ["3"]],
    ],
  );
  assert.deepEqual(groupByClient([]), []);
});
