import { industrySections, sizeClasses } from "@core/employers/tol2008";
import type { TFunction } from "i18next";

/** TOL 2008 sections as select options: "C – Manufacturing". */
export function industryOptions(t: TFunction): { value: string; label: string }[] {
  return industrySections.map((s) => ({ value: s, label: `${s} – ${t(`employers.industry.${s}`)}` }));
}

/** Size classes by personnel as select options. */
export function sizeClassOptions(t: TFunction): { value: string; label: string }[] {
  return sizeClasses.map((s) => ({ value: s, label: t(`employers.size.${s}`) }));
}
