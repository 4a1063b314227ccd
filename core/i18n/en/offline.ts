/** Drafts kept on the device while there is no network (web/src/platform/offline, ADR 0016). */
export const offline = {
  offline: {
    queued: "No network: the note is waiting to be sent and will be saved when the connection returns.",
    waiting: "Waiting to be sent: {{count}}",
    waitingHelp: "The notes are kept encrypted on this device and sent when the connection returns.",
    refused: "Could not be saved: {{count}}",
    refusedHelp:
      "The server did not accept these notes (for example, access to the client has ended). Record them again.",
  },
};
