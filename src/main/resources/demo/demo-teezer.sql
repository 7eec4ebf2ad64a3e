-- Teezer in the demo: victor asked Lena "Live tonight?" while she was away, and her AI clone answered
-- him (after the AI notice), as it would now; the turn is in her Teezer activity.
CREATE TEMP TABLE demo_teezer ON COMMIT DROP AS
SELECT c.id AS conversation_id, l.id AS lena, v.id AS victor,
       (SELECT m.id FROM messages m WHERE m.conversation_id = c.id AND m.seq = 2) AS question,
       (SELECT r.id FROM teezer_replies r WHERE r.creator_id = l.id AND r.answer LIKE 'Lena''s next live show is%') AS entry
FROM users l JOIN users v ON v.username = 'victor'
JOIN conversations c ON c.user_low = least(l.id, v.id) AND c.user_high = greatest(l.id, v.id)
WHERE l.username = 'lovelylena';

INSERT INTO messages (conversation_id, seq, sender_id, author_kind, ai_generated, text, reply_to, created_at)
SELECT conversation_id, 3, lena, 'system'::message_author, true,
       'Replies here come from LovelyLena''s AI clone (Teezer), not from LovelyLena in person. LovelyLena can read this conversation and may take over at any time.',
       null::uuid, now() - interval '239 minutes' FROM demo_teezer
UNION ALL
SELECT conversation_id, 4, lena, 'teezer'::message_author, true,
       'Lena''s next live show is tonight at 20:00 (Amsterdam time) 🎥 Turn on notifications so you don''t miss it!',
       question, now() - interval '239 minutes' + interval '400 milliseconds' FROM demo_teezer;

UPDATE conversations c SET last_seq = 4 FROM demo_teezer d WHERE c.id = d.conversation_id;
UPDATE conversation_members cm SET unread = cm.unread + 2, updated_at = now() - interval '239 minutes'
FROM demo_teezer d WHERE cm.conversation_id = d.conversation_id AND cm.user_id = d.victor;
UPDATE conversation_members cm SET updated_at = now() - interval '239 minutes'
FROM demo_teezer d WHERE cm.conversation_id = d.conversation_id AND cm.user_id = d.lena;

INSERT INTO teezer_threads (conversation_id, creator_id, fan_id, notice_at)
SELECT conversation_id, lena, victor, now() - interval '239 minutes' FROM demo_teezer;

INSERT INTO teezer_turns (creator_id, conversation_id, fan_id, fan_message_id, reply_id, outcome, responder, model, entry_id, score,
                          latency_ms, created_at)
SELECT d.lena, d.conversation_id, d.victor, d.question, m.id, 'answered', 'embedded', 'all-MiniLM-L6-v2-q', d.entry, 0.83, 41,
       now() - interval '239 minutes'
FROM demo_teezer d JOIN messages m ON m.conversation_id = d.conversation_id AND m.seq = 4;
