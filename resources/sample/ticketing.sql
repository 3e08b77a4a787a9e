-- SPDX-License-Identifier: MIT
-- Ferry's embedded sample: a small sports-ticketing database, generated deterministically.
-- Used by ./run.sh (and later `ferry demo`, which will generate the full-size version).
PRAGMA foreign_keys = ON;
BEGIN;
CREATE TABLE sport (
    sport_id INTEGER PRIMARY KEY,
    name VARCHAR(40) NOT NULL UNIQUE
);
CREATE TABLE venue (
    venue_id INTEGER PRIMARY KEY,
    name VARCHAR(80) NOT NULL,
    city VARCHAR(60) NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity > 0)
);
CREATE TABLE team (
    team_id INTEGER PRIMARY KEY,
    sport_id INTEGER NOT NULL REFERENCES sport(sport_id),
    home_venue_id INTEGER REFERENCES venue(venue_id) ON DELETE SET NULL,
    name VARCHAR(80) NOT NULL,
    founded DATE
);
CREATE TABLE event (
    event_id INTEGER PRIMARY KEY,
    home_team_id INTEGER NOT NULL REFERENCES team(team_id),
    away_team_id INTEGER NOT NULL REFERENCES team(team_id),
    venue_id INTEGER NOT NULL REFERENCES venue(venue_id),
    starts_at DATETIME NOT NULL,
    base_price DECIMAL(8,2) NOT NULL
);
CREATE TABLE customer (
    customer_id INTEGER PRIMARY KEY AUTOINCREMENT,
    email VARCHAR(120) NOT NULL UNIQUE,
    full_name VARCHAR(120) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE ticket (
    ticket_id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event(event_id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customer(customer_id),
    seat_section VARCHAR(4) NOT NULL,
    seat_row INTEGER NOT NULL,
    seat_number INTEGER NOT NULL,
    price DECIMAL(8,2) NOT NULL,
    sold_at DATETIME NOT NULL,
    scanned BOOLEAN NOT NULL DEFAULT 0,
    UNIQUE (event_id, seat_section, seat_row, seat_number)
);
CREATE INDEX ticket_customer ON ticket(customer_id);
CREATE VIEW event_revenue AS
    SELECT e.event_id, e.starts_at, count(t.ticket_id) AS tickets, sum(t.price) AS revenue
    FROM event e LEFT JOIN ticket t ON t.event_id = e.event_id GROUP BY e.event_id;

INSERT INTO sport(sport_id, name) VALUES (1, 'Football'), (2, 'Basketball'), (3, 'Ice hockey'),
    (4, 'Baseball');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO venue SELECT i, 'Arena ' || i, 'City ' || (i % 17), 5000 + (i * 7919) % 60000 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
INSERT INTO team SELECT i, 1 + i % 4, 1 + i % 40, 'Team ' || i,
    date('1900-01-01', '+' || ((i * 3571) % 40000) || ' days') FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
INSERT INTO event SELECT i, 1 + i % 80, 1 + (i * 7 + 3) % 80, 1 + i % 40,
    datetime('2026-01-01 18:00:00', '+' || (i % 365) || ' days'), 20 + (i * 37) % 180 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
INSERT INTO customer(customer_id, email, full_name, created_at)
    SELECT i, 'fan' || i || '@example.com', 'Fan Number ' || i,
    datetime('2024-01-01', '+' || (i % 700) || ' days') FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
INSERT INTO ticket SELECT i, 1 + i % 2000, 1 + (i * 7919) % 20000, char(65 + (i / 2000) % 20),
    1 + (i / 40000) % 30, 1 + (i / 2000 / 20) % 50 + 50 * ((i / 2000 / 20 / 50) % 1),
    20 + (i * 37) % 180 + 0.99, datetime('2025-06-01', '+' || (i % 200) || ' days'), i % 3 = 0 FROM n;
COMMIT;
