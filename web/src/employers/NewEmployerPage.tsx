import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { EmployerForm } from "./EmployerForm.tsx";
import { useRegisterAccess } from "./useOrganisationAccess.ts";

/** Adds an employer to the register, then opens its page. */
export default function NewEmployerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { organisationId } = useRegisterAccess();
  const base = `/organisations/${organisationId}/employers`;
  return (
    <Stack>
      <Title order={1}>{t("employersUi.newTitle")}</Title>
      <EmployerForm
        organisationId={organisationId}
        employer={null}
        onSaved={(saved) => navigate(`${base}/${saved.id}`, { state: { created: true } })}
        onCancel={() => navigate(base)}
      />
    </Stack>
  );
}
