import { useEffect } from "react";
import { t } from "../i18n";

/** The tab's title for this page ("LovelyLena (@lovelylena) · TeezU"); null while it is not known yet. */
export function usePageTitle(title: string | null) {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}

/** The title of every page but a profile (which names the person itself): "Wallet · TeezU". */
export function titleFor(pathname: string): string | null {
  const first = pathname.split("/")[1] ?? "";
  if (first.startsWith("@")) return null;
  const names: Record<string, string> = {
    "": t.landing.title, login: t.nav.login, register: t.nav.register, settings: t.settings.title, quiz: t.quiz.title,
    wallet: t.wallet.title, notifications: t.notifications.title, messages: t.messages.title, explore: t.explore.title,
  };
  return first === "" ? t.landing.title : t.titles.page(names[first] ?? t.notFound.title);
}
