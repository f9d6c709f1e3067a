-- Standing votes and their running tallies. Applied by `wrangler d1 migrations apply` on D1
-- and by src/server/stores/sqlite.ts on the embedded database, from this one folder.

-- One row per voter, comparison and tool: the reader's standing call.
CREATE TABLE votes (
  id INTEGER PRIMARY KEY,
  comparison TEXT NOT NULL CHECK (length(comparison) BETWEEN 1 AND 200),
  tool TEXT NOT NULL CHECK (length(tool) BETWEEN 1 AND 200),
  voter TEXT NOT NULL CHECK (length(voter) BETWEEN 16 AND 64),
  call TEXT NOT NULL CHECK (call IN ('ship', 'skip')),
  cast_at TEXT NOT NULL,
  CONSTRAINT one_standing_vote UNIQUE (voter, comparison, tool)
);

-- Counts per comparison and tool, kept by the triggers below so a read is one row per tool.
CREATE TABLE tallies (
  comparison TEXT NOT NULL,
  tool TEXT NOT NULL,
  ship INTEGER NOT NULL DEFAULT 0 CHECK (ship >= 0),
  skip INTEGER NOT NULL DEFAULT 0 CHECK (skip >= 0),
  PRIMARY KEY (comparison, tool)
);

CREATE TRIGGER votes_counted AFTER INSERT ON votes
BEGIN
  INSERT INTO tallies (comparison, tool, ship, skip)
  VALUES (NEW.comparison, NEW.tool, NEW.call = 'ship', NEW.call = 'skip')
  ON CONFLICT (comparison, tool) DO UPDATE
  SET ship = ship + (NEW.call = 'ship'), skip = skip + (NEW.call = 'skip');
END;

CREATE TRIGGER votes_changed AFTER UPDATE OF call ON votes
WHEN OLD.call <> NEW.call
BEGIN
  UPDATE tallies
  SET ship = ship + (NEW.call = 'ship') - (OLD.call = 'ship'),
      skip = skip + (NEW.call = 'skip') - (OLD.call = 'skip')
  WHERE comparison = NEW.comparison AND tool = NEW.tool;
END;

CREATE TRIGGER votes_withdrawn AFTER DELETE ON votes
BEGIN
  UPDATE tallies
  SET ship = ship - (OLD.call = 'ship'), skip = skip - (OLD.call = 'skip')
  WHERE comparison = OLD.comparison AND tool = OLD.tool;
END;

-- A vote belongs to one voter, comparison and tool for good; only its call may change.
CREATE TRIGGER votes_stay_put BEFORE UPDATE OF voter, comparison, tool ON votes
BEGIN
  SELECT RAISE(ABORT, 'a vote never moves to another voter, comparison or tool');
END;
