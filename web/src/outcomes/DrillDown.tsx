import { Anchor, Button, List, Modal, Stack, Text } from "@mantine/core";
import { createContext, useContext, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryGate } from "../platform/ui.tsx";
import { type Cell, CellText, useOutcomeFormat } from "./Figure.tsx";
import { type DrillDownMetric, useDrillDown } from "./outcomes-api.ts";

/** Where a number's clients can be asked for: the team (and coach) pages only. */
export type DrillScope = {
  organisationId: string;
  teamId: string;
  coachUserId?: string;
  quarter: string;
  ruleSet: string;
};

type Request = { metric: DrillDownMetric; label: string; value: number; coachUserId?: string | undefined };
const DrillContext = createContext<((r: Request) => void) | null>(null);

/**
 * Makes counts under it open the clients behind them. The list comes through the client gate on
 * the server (audited), so it shows only the clients the viewer may see, which can be none.
 */
export function DrillDownProvider({
  scope,
  children,
}: {
  scope: DrillScope | null;
  children: React.ReactNode;
}) {
  const [request, setRequest] = useState<Request | null>(null);
  return (
    <DrillContext.Provider value={scope ? setRequest : null}>
      {children}
      {scope && request ? (
        <DrillDownModal scope={scope} request={request} onClose={() => setRequest(null)} />
      ) : null}
    </DrillContext.Provider>
  );
}

/** A count; a button opening its clients where drill-down is available and the count is shown. */
export function DrillCount({
  cell,
  metric,
  label,
  coachUserId,
  big = false,
}: {
  cell: Cell;
  metric: DrillDownMetric;
  label: string;
  coachUserId?: string | undefined;
  /** In a headline card: the number keeps the card's large type. */
  big?: boolean;
}) {
  const { t } = useTranslation();
  const f = useOutcomeFormat();
  const open = useContext(DrillContext);
  if (!open || cell.suppressed !== false || cell.value === null || cell.value === 0)
    return <CellText cell={cell} />;
  const value = cell.value;
  return (
    <Button
      variant="subtle"
      size={big ? "compact-xl" : "compact-sm"}
      fz={big ? "xl" : undefined}
      px={4}
      aria-label={t("dashboards.drillDown.open", { metric: label, value: f.count(value) })}
      onClick={() => open({ metric, label, value, coachUserId })}
      aria-haspopup="dialog"
    >
      {f.count(value)}
    </Button>
  );
}

function DrillDownModal({
  scope,
  request,
  onClose,
}: {
  scope: DrillScope;
  request: Request;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const coachUserId = request.coachUserId ?? scope.coachUserId;
  const drill = useDrillDown(
    scope,
    {
      metric: request.metric,
      quarter: scope.quarter,
      ruleSet: scope.ruleSet,
      ...(coachUserId ? { coachUserId } : {}),
    },
    true,
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("dashboards.drillDown.title", { metric: request.label })}
      closeButtonProps={{ "aria-label": t("dashboards.drillDown.close") }}
    >
      <QueryGate isPending={drill.isPending} error={drill.error}>
        {drill.data ? (
          <Stack gap="sm">
            <Text size="sm">{t("dashboards.drillDown.intro", { period: drill.data.period.label })}</Text>
            {drill.data.clients.length === 0 ? (
              <Text>{t("dashboards.drillDown.empty")}</Text>
            ) : (
              <List spacing={4}>
                {drill.data.clients.map((c) => (
                  <List.Item key={c.clientId}>
                    <Anchor component={Link} to={`/clients/${c.clientId}`}>
                      {c.name}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        ) : null}
      </QueryGate>
    </Modal>
  );
}
