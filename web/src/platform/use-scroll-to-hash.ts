import { useEffect } from "react";
import { useLocation } from "react-router";

/**
 * Scrolls to the element the address's #fragment names once the page has drawn it (`ready`), and
 * moves keyboard focus there: the router does neither for a link such as /team-caseloads#coach-1.
 */
export function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: "start" });
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}
