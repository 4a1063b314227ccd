import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** "Show older": the next page of an audit list, while there is one. */
export function LoadOlder({
  list,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
}) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <Button
      variant="default"
      w="fit-content"
      loading={list.isFetchingNextPage}
      onClick={() => void list.fetchNextPage()}
    >
      {t("audit.loadMore")}
    </Button>
  );
}
