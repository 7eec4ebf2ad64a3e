import { useRef, type FormEvent, type KeyboardEvent } from "react";
import { t } from "../../../i18n";

/** The text box: Enter sends, Shift+Enter is a new line; typing is announced at most every 2 s. */
export function Composer({ onSend, onTyping, disabled, error, text, setText }: {
  onSend: (text: string) => void;
  onTyping?: () => void;
  disabled?: boolean;
  error?: string | null;
  text: string;
  setText: (text: string) => void;
}) {
  const lastTyping = useRef(0);
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || disabled) return;
    onSend(trimmed);
    setText("");
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey) submit(e);
  };
  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor="dm-text" className="visually-hidden">{t.messages.write}</label>
      <textarea id="dm-text" data-testid="composer" rows={2} maxLength={2000} value={text} placeholder={t.messages.placeholder}
        aria-describedby="dm-hint" onKeyDown={onKeyDown}
        onChange={(e) => {
          setText(e.target.value);
          if (onTyping && Date.now() - lastTyping.current > 2000) {
            lastTyping.current = Date.now();
            onTyping();
          }
        }} />
      <button type="submit" className="primary" data-testid="send" disabled={disabled || !text.trim()}>{t.messages.send}</button>
      <p id="dm-hint" className="muted dm-small">{t.messages.enterHint}</p>
      {error && <p role="alert" className="dm-error">{error}</p>}
    </form>
  );
}
