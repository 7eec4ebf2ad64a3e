-- Buying tokens (#18): a catalogue of packages, purchases through a payment provider's hosted
-- checkout, every callback the providers sent (for audit), shortfalls left by refunds and
-- chargebacks of tokens already spent, and the spending limits fans set for themselves.
ALTER TYPE ledger_kind ADD VALUE 'purchase';
ALTER TYPE ledger_kind ADD VALUE 'refund';
ALTER TYPE ledger_kind ADD VALUE 'chargeback';
ALTER TYPE ledger_kind ADD VALUE 'settlement';

CREATE TYPE purchase_state AS ENUM ('pending', 'paid', 'failed', 'refunded', 'charged_back');

-- prices in euro cents, VAT included (vat_rate is the rate the price includes)
CREATE TABLE token_packages (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tokens       integer NOT NULL CHECK (tokens BETWEEN 1 AND 1000000),
    price_cents  integer NOT NULL CHECK (price_cents BETWEEN 50 AND 1000000),
    currency     char(3) NOT NULL DEFAULT 'EUR' CHECK (currency = 'EUR'),
    vat_rate     numeric(4, 2) NOT NULL CHECK (vat_rate >= 0 AND vat_rate < 100),
    active       boolean NOT NULL DEFAULT true,
    sort_order   integer NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- what was bought stays on the purchase (a package edited later does not change a receipt)
CREATE TABLE purchases (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                   uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    package_id                uuid NOT NULL REFERENCES token_packages (id) ON DELETE RESTRICT,
    tokens                    integer NOT NULL CHECK (tokens > 0),
    price_cents               integer NOT NULL CHECK (price_cents > 0),
    currency                  char(3) NOT NULL,
    vat_cents                 integer NOT NULL CHECK (vat_cents >= 0),
    provider                  varchar(16) NOT NULL,
    state                     purchase_state NOT NULL DEFAULT 'pending',
    -- the provider's id of the sale once it reported one (e.g. FlexPay's saleID)
    provider_reference        varchar(64),
    -- set once the tokens were credited; a sale seen after a refund never credits
    credit_transaction_id     uuid REFERENCES ledger_transactions (id) ON DELETE RESTRICT,
    reversal_transaction_id   uuid REFERENCES ledger_transactions (id) ON DELETE RESTRICT,
    created_at                timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at                timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX purchases_user ON purchases (user_id, created_at DESC);
CREATE UNIQUE INDEX purchases_provider_reference ON purchases (provider, provider_reference) WHERE provider_reference IS NOT NULL;

-- one row per provider event acted on: a second callback of the same event is a duplicate or replay
CREATE TABLE payment_events (
    provider        varchar(16) NOT NULL,
    event_key       varchar(160) NOT NULL,
    purchase_id     uuid NOT NULL REFERENCES purchases (id) ON DELETE RESTRICT,
    event           varchar(16) NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (provider, event_key)
);

-- every callback as received, the signature left out, with what became of it
CREATE TABLE payment_callbacks (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider      varchar(16) NOT NULL,
    params        jsonb NOT NULL,
    outcome       varchar(32) NOT NULL,
    purchase_id   uuid,
    received_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX payment_callbacks_purchase ON payment_callbacks (purchase_id) WHERE purchase_id IS NOT NULL;

-- tokens a refund or chargeback could not take back because they were spent; the wallet may not
-- spend while any is open, and later credits settle it first
CREATE TABLE wallet_shortfalls (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    reference_id  uuid NOT NULL,
    kind          ledger_kind NOT NULL,
    amount        bigint NOT NULL CHECK (amount > 0),
    settled       bigint NOT NULL DEFAULT 0 CHECK (settled >= 0 AND settled <= amount),
    created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    settled_at    timestamptz
);
CREATE INDEX wallet_shortfalls_open ON wallet_shortfalls (user_id) WHERE settled < amount;

-- a fan's own limits on tokens per rolling day / 30 days; a raise waits until next_from
CREATE TABLE spending_limits (
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    period        varchar(8) NOT NULL CHECK (period IN ('daily', 'monthly')),
    amount        bigint CHECK (amount > 0),
    next_amount   bigint CHECK (next_amount > 0),
    next_from     timestamptz,
    PRIMARY KEY (user_id, period)
);

