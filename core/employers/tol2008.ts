/**
 * The 21 top-level sections (A–U) of the Finnish Standard Industrial Classification TOL 2008
 * (Statistics Finland; the national version of NACE Rev. 2). Names are in the translation
 * catalogue under `employers.industry.<letter>`.
 */
export const industrySections = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
] as const;
export type IndustrySection = (typeof industrySections)[number];

/** Size classes by personnel, as Statistics Finland groups enterprises. */
export const sizeClasses = ["1_4", "5_9", "10_49", "50_249", "250_plus"] as const;
export type SizeClass = (typeof sizeClasses)[number];
