/**
 * A Y-tunnus kept on one line: a narrow column would otherwise break it at the hyphen. The text
 * stays the ordinary hyphen, so a copied Y-tunnus still validates where it is pasted.
 */
export function BusinessId({ value }: { value: string }) {
  return <span style={{ whiteSpace: "nowrap" }}>{value}</span>;
}
