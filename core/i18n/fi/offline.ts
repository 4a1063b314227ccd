/** Drafts kept on the device while there is no network (web/src/platform/offline, ADR 0016). */
export const offline = {
  offline: {
    queued: "Ei verkkoyhteyttä: kirjaus odottaa lähetystä ja tallentuu, kun yhteys palaa.",
    waiting: "Odottaa lähetystä: {{count}}",
    waitingHelp: "Kirjaukset on tallennettu tälle laitteelle salattuina ja lähetetään, kun yhteys palaa.",
    refused: "Ei voitu tallentaa: {{count}}",
    refusedHelp:
      "Palvelin ei hyväksynyt näitä kirjauksia (esimerkiksi oikeus asiakkaaseen on päättynyt). Kirjaa ne uudelleen.",
  },
};
