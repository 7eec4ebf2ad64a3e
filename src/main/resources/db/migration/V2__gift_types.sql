-- The gift catalogue (part of the product, not demo data). Prices in tokens.
INSERT INTO gift_types (key, emoji, label, price_tokens, sort_order) VALUES
    ('rose',      '🌹', 'Rose',      20,  1),
    ('fire',      '🔥', 'Fire',      70,  2),
    ('butterfly', '🦋', 'Butterfly', 110, 3),
    ('crown',     '👑', 'Crown',     250, 4),
    ('diamond',   '💎', 'Diamond',   500, 5);
