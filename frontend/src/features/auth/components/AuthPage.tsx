import { useState, type FormEvent } from "react";
import { ApiError } from "../../../api/client";
import { useNavigate, useSearchParams } from "react-router";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { useAuthenticate, type AuthMode } from "../api/session";
import { authHref, safeNext } from "../utils/returnTo";

export function AuthPage({ mode }: { mode: AuthMode }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [displayName, setDisplayName] = useState("");
  const auth = useAuthenticate(mode);
  const navigate = useNavigate();
  // the page one came from (a profile where one pressed Unlock, say); else one's own profile
  const next = safeNext(useSearchParams()[0].get("next"));
  const error = auth.error === null ? null
    : auth.error instanceof ApiError ? auth.error
    : new ApiError(0, { type: "", title: t.common.networkError, status: 0, detail: String(auth.error) });
  const fields = error?.fieldErrors() ?? {};

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = mode === "login" ? { username, password } : { username, password, displayName: displayName || undefined };
    // the server sets the HttpOnly session cookie; the page keeps only the CSRF token, in memory
    auth.mutate(body, { onSuccess: (res) => navigate(next ?? `/@${res.user.username}`, { replace: true }) });
  }

  return (
    <section className="card auth">
      <h1>{mode === "login" ? t.auth.login : t.auth.register}</h1>
      <form onSubmit={submit} noValidate>
        <label htmlFor="username">{t.auth.username}</label>
        <input id="username" name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)}
          aria-invalid={Boolean(fields.username)} aria-describedby={fields.username ? "username-error" : undefined} required />
        {fields.username && <p id="username-error" className="field-error">{fields.username}</p>}
        {mode === "register" && (
          <>
            <label htmlFor="displayName">{t.auth.displayName}</label>
            <input id="displayName" name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
            {fields.displayName && <p className="field-error">{fields.displayName}</p>}
          </>
        )}
        <label htmlFor="password">{t.auth.password}</label>
        <input id="password" name="password" type="password" autoComplete={mode === "login" ? "current-password" : "new-password"}
          value={password} onChange={(e) => setPassword(e.target.value)} aria-invalid={Boolean(fields.password)} required />
        {fields.password && <p className="field-error">{fields.password}</p>}
        {error && !Object.keys(fields).length && (
          <p className="error" role="alert">
            {error.message}
          </p>
        )}
        <button className="primary" type="submit" disabled={auth.isPending}>
          {mode === "login" ? t.auth.login : t.auth.register}
        </button>
      </form>
      <p className="muted">
        {mode === "login" ? (
          <>
            {t.auth.noAccount} <Link to={authHref("register", next)}>{t.nav.register}</Link>
          </>
        ) : (
          <>
            {t.auth.haveAccount} <Link to={authHref("login", next)}>{t.nav.login}</Link>
          </>
        )}
      </p>
    </section>
  );
}
