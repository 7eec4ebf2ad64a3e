import { useState } from "react";
import { t } from "../../../i18n";

/**
 * Shares the profile's address: the phone's share sheet where there is one, else the link is copied
 * (and the button says so for a moment, also to screen readers).
 */
export function ShareButton({ username, name }: { username: string; name: string }) {
  const [copied, setCopied] = useState(false);
  const url = `${location.origin}/@${username}`;
  async function share() {
    const nav = navigator as Navigator & { share?: (d: ShareData) => Promise<void> };
    if (typeof nav.share === "function" && matchMedia("(pointer: coarse)").matches) {
      try {
        await nav.share({ title: name, url });
        return;
      } catch {
        // dismissed or refused: copy instead
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      window.prompt(t.shell.copyLink, url);
    }
  }
  return (
    <button type="button" className="share" data-testid="share-button" data-url={url} onClick={share}>
      <span aria-hidden="true">🔗</span> <span aria-live="polite">{copied ? t.shell.linkCopied : t.shell.copyLink}</span>
    </button>
  );
}
