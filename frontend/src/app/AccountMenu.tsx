import { useEffect, useId, useRef, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import type { Me } from "../api/types";
import { Link } from "../components/Link";
import { useLogout } from "../features/auth/api/session";
import { useProfile } from "../features/profile/api/profile";
import { t } from "../i18n";

/**
 * The signed-in person's menu: her avatar (and, on wide screens, her name) opens a list of her pages
 * and Log out. A disclosure, not an ARIA menu: its items are ordinary links the Tab key walks through.
 * It closes on Escape (focus back on the button), on a click outside it, and when a page opens.
 */
export function AccountMenu({ me }: { me: Me }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();
  const logout = useLogout();
  const { key } = useLocation();
  const avatar = useProfile(me.username).data?.user?.avatarUrl ?? null;

  useEffect(() => setOpen(false), [key]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  return (
    <div className="account" ref={box}>
      <button ref={button} type="button" className="account-button" aria-expanded={open} aria-controls={id} data-testid="account-button"
        onClick={() => setOpen((o) => !o)}>
        {avatar ? <img className="account-avatar" src={avatar} alt="" /> : <span className="account-avatar" aria-hidden="true">{me.displayName.slice(0, 1)}</span>}
        {/* the name is the button's visible text (only visually hidden on phones), then what the button is */}
        <span className="account-name">{me.displayName}</span>
        <span className="sr-only">{t.shell.account}</span>
        <span aria-hidden="true" className="account-caret">▾</span>
      </button>
      <div id={id} className="account-list" hidden={!open} data-testid="account-menu">
        <p className="account-who">
          <strong>{me.displayName}</strong> <span className="muted">@{me.username}</span>
        </p>
        <Link to={`/@${me.username}`}>{t.nav.myProfile}</Link>
        {me.role === "creator" && <Link to="/teezer" data-testid="menu-teezer">{t.clone.open}</Link>}
        <Link to="/wallet">{t.nav.wallet}</Link>
        <Link to="/quiz">{t.nav.quiz}</Link>
        <Link to="/settings">{t.nav.settings}</Link>
        <button type="button" onClick={() => logout.mutate(undefined, { onSuccess: () => navigate("/") })}>{t.nav.logout}</button>
      </div>
    </div>
  );
}
