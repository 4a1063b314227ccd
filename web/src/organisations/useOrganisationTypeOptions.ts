import { organisationTypes } from "@core/access/roles";
import { useTranslation } from "react-i18next";

/** Organisation types as select options in the current language. */
export function useOrganisationTypeOptions() {
  const { t } = useTranslation();
  return organisationTypes.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }));
}
