-- Every vote is a ballot: one row per accepted change of a standing call, with the network it came
-- from as a keyed hash that changes every day (never an address). Writing a ballot is the only way
-- to change `votes`; the triggers below apply it and spend the network's daily budget on the
-- comparison, so no code path can count a vote past the budget.

CREATE TABLE ballots (
  id INTEGER PRIMARY KEY,
  comparison TEXT NOT NULL CHECK (length(comparison) BETWEEN 1 AND 200),
  tool TEXT NOT NULL CHECK (length(tool) BETWEEN 1 AND 200),
  voter TEXT NOT NULL CHECK (length(voter) BETWEEN 16 AND 64),
  -- NULL withdraws the standing call.
  call TEXT CHECK (call IN ('ship', 'skip')),
  network TEXT NOT NULL CHECK (length(network) BETWEEN 16 AND 64),
  -- An ISO time, so that its first ten characters are the day it spends budget on.
  cast_at TEXT NOT NULL CHECK (
    length(cast_at) BETWEEN 20 AND 32 AND substr(cast_at, 11, 1) = 'T'
    AND date(substr(cast_at, 1, 10)) IS substr(cast_at, 1, 10)
  ),
  -- Keyed hash of the retry key a client sent with its first vote: a retry finds its ballot here.
  request_key TEXT CHECK (length(request_key) BETWEEN 16 AND 64)
);
-- One ballot per retry key; ballots without a key take no room in it (a vote writes fewer pages).
CREATE UNIQUE INDEX one_ballot_per_request ON ballots (request_key) WHERE request_key IS NOT NULL;

CREATE INDEX ballots_by_time ON ballots (cast_at);

-- Changes of each network per comparison and day. The budget is the CHECK: the 51st change from one
-- network on one comparison in one day fails, and with it the ballot and everything it would change.
CREATE TABLE network_spend (
  day TEXT NOT NULL CHECK (length(day) = 10),
  network TEXT NOT NULL,
  comparison TEXT NOT NULL,
  spent INTEGER NOT NULL CONSTRAINT daily_network_budget CHECK (spent BETWEEN 1 AND 50),
  PRIMARY KEY (day, network, comparison)
) WITHOUT ROWID;

-- A ballot that changes nothing (the same call again, a withdrawal with nothing standing) is not
-- recorded and costs nothing.
CREATE TRIGGER ballots_change_something BEFORE INSERT ON ballots
WHEN NEW.call IS (SELECT call FROM votes WHERE voter = NEW.voter AND comparison = NEW.comparison AND tool = NEW.tool)
BEGIN
  SELECT RAISE(IGNORE);
END;

CREATE TRIGGER ballots_spend_budget AFTER INSERT ON ballots
BEGIN
  INSERT INTO network_spend (day, network, comparison, spent)
  VALUES (substr(NEW.cast_at, 1, 10), NEW.network, NEW.comparison, 1)
  ON CONFLICT (day, network, comparison) DO UPDATE SET spent = spent + 1;
END;

CREATE TRIGGER ballots_cast AFTER INSERT ON ballots
WHEN NEW.call IS NOT NULL
BEGIN
  INSERT INTO votes (comparison, tool, voter, call, cast_at)
  VALUES (NEW.comparison, NEW.tool, NEW.voter, NEW.call, NEW.cast_at)
  ON CONFLICT (voter, comparison, tool) DO UPDATE SET call = excluded.call, cast_at = excluded.cast_at;
END;

CREATE TRIGGER ballots_withdraw AFTER INSERT ON ballots
WHEN NEW.call IS NULL
BEGIN
  DELETE FROM votes WHERE voter = NEW.voter AND comparison = NEW.comparison AND tool = NEW.tool;
END;

-- Standing votes change only as the latest ballot says.
CREATE TRIGGER votes_added_by_ballot BEFORE INSERT ON votes
WHEN NOT EXISTS (
  SELECT 1 FROM ballots WHERE id = (SELECT max(id) FROM ballots)
  AND voter = NEW.voter AND comparison = NEW.comparison AND tool = NEW.tool AND call IS NEW.call
)
BEGIN
  SELECT RAISE(ABORT, 'votes change only through ballots');
END;

CREATE TRIGGER votes_changed_by_ballot BEFORE UPDATE OF call ON votes
WHEN NOT EXISTS (
  SELECT 1 FROM ballots WHERE id = (SELECT max(id) FROM ballots)
  AND voter = NEW.voter AND comparison = NEW.comparison AND tool = NEW.tool AND call IS NEW.call
)
BEGIN
  SELECT RAISE(ABORT, 'votes change only through ballots');
END;

CREATE TRIGGER votes_withdrawn_by_ballot BEFORE DELETE ON votes
WHEN NOT EXISTS (
  SELECT 1 FROM ballots WHERE id = (SELECT max(id) FROM ballots)
  AND voter = OLD.voter AND comparison = OLD.comparison AND tool = OLD.tool AND call IS NULL
)
BEGIN
  SELECT RAISE(ABORT, 'votes change only through ballots');
END;
