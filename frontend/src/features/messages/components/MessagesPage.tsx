import { useParams } from "react-router";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { useMe } from "../../auth/api/me";
import { Inbox } from "./Inbox";
import { NewConversation } from "./NewConversation";
import { Thread } from "./Thread";

/** /messages (the inbox), /messages/:conversationId (a thread), /messages/to/:username (write to someone). */
export function MessagesPage() {
  const { conversationId, username } = useParams();
  const me = useMe();
  if (me.isPending) return <p>…</p>;
  if (!me.data) return <p className="card"><Link to="/login">{t.nav.login}</Link></p>;
  const self = { id: me.data.id, username: me.data.username, displayName: me.data.displayName, creator: me.data.role === "creator" };
  if (username) return <NewConversation key={username} username={username} />;
  if (conversationId) return <Thread key={conversationId} conversationId={conversationId} me={self} />;
  return <Inbox creator={self.creator} />;
}
