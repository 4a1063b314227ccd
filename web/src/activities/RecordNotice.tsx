import { Affix, Anchor, Notification, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/**
 * After "Record" saved: the client's name and a link to their contacts, at the foot of the screen.
 * The live region is mounted with the dialog, so it exists before the notice is put in it.
 */
export default function RecordNotice({
  saved,
  onClose,
}: {
  saved: { id: string; name: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Affix position={{ bottom: 16, left: 16, right: 16 }} zIndex={250}>
      <div role="status" aria-live="polite">
        {saved ? (
          <Notification
            color="green"
            withBorder
            onClose={onClose}
            closeButtonProps={{ "aria-label": t("activitiesUi.closeNotice") }}
          >
            <Text size="sm">{t("activitiesUi.recordedFor", { name: saved.name })}</Text>
            <Anchor component={Link} to={`/clients/${saved.id}?tab=contacts`} size="sm" onClick={onClose}>
              {t("activitiesUi.showContacts")}
            </Anchor>
          </Notification>
        ) : null}
      </div>
    </Affix>
  );
}
