/** Drafts kept on the device while there is no network (web/src/platform/offline, ADR 0016). */
export const offline = {
  offline: {
    queued:
      "Ingen nätverksanslutning: anteckningen väntar på att skickas och sparas när anslutningen återkommer.",
    waiting: "Väntar på att skickas: {{count}}",
    waitingHelp:
      "Anteckningarna finns krypterade på den här enheten och skickas när anslutningen återkommer.",
    refused: "Kunde inte sparas: {{count}}",
    refusedHelp:
      "Servern godkände inte de här anteckningarna (till exempel har behörigheten till klienten upphört). Dokumentera dem på nytt.",
  },
};
