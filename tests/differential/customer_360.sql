-- customer_360 in plain SQL (SQLite 3.40): the project's second, independent rendition of the
-- data contract (shared/spec/customer_360.md, next to this repository), written from the
-- contract text alone, not from the engine's code.
-- The differential test runs it on a copy of a `c360 generate --sqlite` database and demands
-- that the engine agrees with it on every value, so the two implementations check each other.
--
-- INPUT
--   The seven raw source tables in the main schema, exactly as `c360 generate --sqlite` writes
--   them (column names as in the contract; values stored as INTEGER, REAL or TEXT; money as
--   REAL; dates as ISO text). customer_info and product_catalog are read in rowid order, which
--   is file order: "first row wins" and "first appearance" both mean lowest rowid.
--
-- PARAMETERS
--   A one-row table `params`, created by the caller before this file runs (a TEMP table is
--   fine), holding the build parameters of contract section 1:
--
--     CREATE TEMP TABLE params (as_of TEXT,          -- 'YYYY-MM-DD'
--                               high_spend REAL,     -- e.g. 1000
--                               medium_spend REAL,   -- e.g. 500
--                               active_days INTEGER, -- e.g. 30
--                               at_risk_days INTEGER -- e.g. 90
--     );
--     INSERT INTO params VALUES ('2024-10-01', 1000, 500, 30, 90);
--
--   A table rather than named parameters because this file is a script of several statements
--   (sqlite3_exec, or `.read` in the sqlite3 shell), and only single prepared statements can
--   bind parameters.
--
-- OUTPUT
--   TEMP table `customer_360`: the 29 contract columns in contract order, one row per customer,
--   inserted in first-appearance order. Read it with
--     SELECT * FROM customer_360 ORDER BY rowid;
--   The helper tables (TEMP, prefixed c360_) are left in place so a test can look at the
--   intermediate steps (e.g. how often favourites were decided by a tie-break).
--
-- DECISIONS WHERE THE CONTRACT IS SILENT OR WHERE SQL NEEDS A CHOICE
--   * Keys are CAST to TEXT and trimmed of spaces, tabs, CR, LF, VT and FF. NULL or empty after
--     trimming = empty key = row rejected.
--   * Dates: ISO 'YYYY-MM-DD', optionally followed by ' ' or 'T' and a time 'HH:MM...' (the date
--     part is taken as written; any time zone is ignored). An impossible date (2023-02-30) or
--     any other text is "does not parse" -> NULL, which the snapshot rule keeps. Validity is
--     checked with date(d, '+0 days') = d: without a modifier SQLite's date() echoes an
--     impossible date unchanged, with one it normalises it (2023-02-30 -> 2023-03-02). Slash
--     and dot dates need per-file sniffing and are not handled here; the generator never
--     writes them. ISO text orders like the dates it stands for, so `d <= as_of` is a text
--     comparison, and day differences come from julianday().
--   * Money: an INTEGER or REAL total_amount, or TEXT that is a plain decimal
--     ([+-]digits[.digits]),
--     becomes integer ten-thousandths with CAST(ROUND(x * 10000) AS INTEGER). Anything else,
--     including NULL (a required value that is missing), rejects the line. (Half-even rounding of
--     amounts with more than 4 decimals is not modelled: SQLite's ROUND is half away from zero,
--     and the generator only writes cents.)
--   * Optional numbers (satisfaction_score, pages_viewed, time_spent): INTEGER/REAL as stored,
--     TEXT only when a plain decimal; anything else ('n/a') is NULL and so not in the mean.
--     (The project's docs also accept an exponent, '1e3', in optional numbers; this file does
--     not. In a generated database the difference cannot arise: the columns are declared
--     INTEGER/REAL, and SQLite's column affinity already stores any well-formed numeric text,
--     ' 4 ', '+3', '1e3', as a number. Only text that is no number at all stays TEXT.)
--   * product_catalog and marketing_campaigns may repeat an id (the generator repeats P1000 and
--     CMP-100): as for customer_info, the first row wins, so a purchase line is never counted
--     twice and never gets a later row's category.
--   * A category or brand that is NULL or '' is "empty" and the line does not count for that
--     favourite; names are compared with BINARY collation (byte order).
--   * customer_status when a customer has purchases but none with a known date: days_since is
--     NULL, which is not <= any threshold, so the contract's "Churned otherwise" applies.

DROP TABLE IF EXISTS temp.c360_param;
DROP TABLE IF EXISTS temp.c360_customer;
DROP TABLE IF EXISTS temp.c360_product;
DROP TABLE IF EXISTS temp.c360_campaign;
DROP TABLE IF EXISTS temp.c360_purchase;
DROP TABLE IF EXISTS temp.c360_purchase_agg;
DROP TABLE IF EXISTS temp.c360_category_rank;
DROP TABLE IF EXISTS temp.c360_brand_rank;
DROP TABLE IF EXISTS temp.c360_service_agg;
DROP TABLE IF EXISTS temp.c360_response_agg;
DROP TABLE IF EXISTS temp.c360_session_agg;
DROP TABLE IF EXISTS temp.customer_360;

-- Parameters in the forms the rules need: money thresholds in ten-thousandths so segment
-- comparisons are exact, as_of as text (ISO text orders like the dates it stands for).
CREATE TEMP TABLE c360_param AS
SELECT CAST(as_of AS TEXT) AS as_of,
       CAST(ROUND(high_spend * 10000) AS INTEGER) AS high_units,
       CAST(ROUND(medium_spend * 10000) AS INTEGER) AS medium_units,
       CAST(active_days AS INTEGER) AS active_days,
       CAST(at_risk_days AS INTEGER) AS at_risk_days
FROM params
LIMIT 1;

-- customer_info: reject empty keys, keep the first row of each id (duplicates are resolved
-- BEFORE the snapshot rule), then leave out customers registered after as_of.
CREATE TEMP TABLE c360_customer AS
WITH raw AS (
    SELECT rowid AS rid,
           trim(CAST(customer_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS cid,
           NULLIF(CAST(first_name AS TEXT), '') AS first_name,
           NULLIF(CAST(last_name AS TEXT), '') AS last_name,
           NULLIF(CAST(email AS TEXT), '') AS email,
           NULLIF(CAST(phone_number AS TEXT), '') AS phone_number,
           trim(CAST(date_of_birth AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS dob_text,
           trim(CAST(registration_date AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS reg_text
    FROM main.customer_info
),
parsed AS (
    SELECT rid, cid, first_name, last_name, email, phone_number,
           CASE WHEN (length(dob_text) = 10
                  OR (substr(dob_text, 11, 1) IN (' ', 'T')
                      AND substr(dob_text, 12) GLOB '[0-9][0-9]:[0-9][0-9]*'))
                 AND substr(dob_text, 1, 10) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(substr(dob_text, 1, 10), '+0 days') = substr(dob_text, 1, 10)
                THEN substr(dob_text, 1, 10) END AS dob,
           CASE WHEN (length(reg_text) = 10
                  OR (substr(reg_text, 11, 1) IN (' ', 'T')
                      AND substr(reg_text, 12) GLOB '[0-9][0-9]:[0-9][0-9]*'))
                 AND substr(reg_text, 1, 10) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(substr(reg_text, 1, 10), '+0 days') = substr(reg_text, 1, 10)
                THEN substr(reg_text, 1, 10) END AS reg,
           ROW_NUMBER() OVER (PARTITION BY cid ORDER BY rid) AS occurrence
    FROM raw
    WHERE cid <> ''
)
SELECT rid, cid, first_name, last_name, email, phone_number, dob, reg
FROM parsed
WHERE occurrence = 1
  AND (reg IS NULL OR reg <= (SELECT as_of FROM c360_param));
CREATE UNIQUE INDEX temp.c360_customer_cid ON c360_customer (cid);

-- product_catalog: first row per product id.
CREATE TEMP TABLE c360_product AS
WITH raw AS (
    SELECT rowid AS rid,
           trim(CAST(product_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS pid,
           NULLIF(CAST(category AS TEXT), '') AS category,
           NULLIF(CAST(brand AS TEXT), '') AS brand
    FROM main.product_catalog
),
ranked AS (
    SELECT pid, category, brand, ROW_NUMBER() OVER (PARTITION BY pid ORDER BY rid) AS occurrence
    FROM raw
    WHERE pid <> ''
)
SELECT pid, category, brand FROM ranked WHERE occurrence = 1;
CREATE UNIQUE INDEX temp.c360_product_pid ON c360_product (pid);

-- marketing_campaigns: only existence matters.
CREATE TEMP TABLE c360_campaign AS
SELECT DISTINCT trim(CAST(campaign_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS camp
FROM main.marketing_campaigns
WHERE trim(CAST(campaign_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) <> '';
CREATE UNIQUE INDEX temp.c360_campaign_camp ON c360_campaign (camp);

-- purchase_transactions: the lines that count. Rejected: empty customer or transaction id,
-- total_amount missing or not a number. Left out: dated after as_of (NULL/unparsable date kept),
-- orphans and lines of customers left out by the snapshot rule (the join).
CREATE TEMP TABLE c360_purchase AS
WITH raw AS (
    SELECT trim(CAST(customer_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS cid,
           trim(CAST(transaction_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS tid,
           trim(CAST(product_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS pid,
           trim(CAST(purchase_date AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS date_text,
           typeof(total_amount) AS amount_type,
           total_amount AS amount,
           -- The amount's text without a leading sign, to check it is a plain decimal.
           CASE WHEN substr(trim(CAST(total_amount AS TEXT), ' ' || char(9, 10, 11, 12, 13)), 1, 1)
                     IN ('+', '-')
                THEN substr(trim(CAST(total_amount AS TEXT), ' ' || char(9, 10, 11, 12, 13)), 2)
                ELSE trim(CAST(total_amount AS TEXT), ' ' || char(9, 10, 11, 12, 13)) END
               AS amount_digits
    FROM main.purchase_transactions
),
parsed AS (
    SELECT cid, tid, pid,
           CASE WHEN (length(date_text) = 10
                  OR (substr(date_text, 11, 1) IN (' ', 'T')
                      AND substr(date_text, 12) GLOB '[0-9][0-9]:[0-9][0-9]*'))
                 AND substr(date_text, 1, 10) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(substr(date_text, 1, 10), '+0 days') = substr(date_text, 1, 10)
                THEN substr(date_text, 1, 10) END AS d,
           CASE amount_type
               WHEN 'integer' THEN amount * 10000
               WHEN 'real' THEN CAST(ROUND(amount * 10000) AS INTEGER)
               WHEN 'text' THEN
                   CASE WHEN amount_digits <> ''
                         AND amount_digits NOT GLOB '*[^0-9.]*'
                         AND amount_digits GLOB '*[0-9]*'
                         AND length(amount_digits) - length(replace(amount_digits, '.', '')) <= 1
                        THEN CAST(ROUND(CAST(trim(amount, ' ' || char(9, 10, 11, 12, 13)) AS REAL)
                                        * 10000) AS INTEGER) END
           END AS units
    FROM raw
)
SELECT p.cid, p.tid, p.pid, p.d, p.units
FROM parsed AS p
JOIN c360_customer AS c ON c.cid = p.cid
WHERE p.cid <> '' AND p.tid <> '' AND p.units IS NOT NULL
  AND (p.d IS NULL OR p.d <= (SELECT as_of FROM c360_param));
CREATE INDEX temp.c360_purchase_cid ON c360_purchase (cid);

CREATE TEMP TABLE c360_purchase_agg AS
SELECT cid,
       COUNT(DISTINCT tid) AS transactions,
       SUM(units) AS units,
       MAX(d) AS last_date -- MAX ignores NULL: an unknown date never becomes the last one
FROM c360_purchase
GROUP BY cid;
CREATE UNIQUE INDEX temp.c360_purchase_agg_cid ON c360_purchase_agg (cid);

-- Favourites: per customer and name, lines and spend over lines whose product is in the
-- catalogue with a non-empty value; rank 1 is the favourite. Category and brand are ranked
-- independently.
CREATE TEMP TABLE c360_category_rank AS
WITH counted AS (
    SELECT p.cid, pr.category AS name, COUNT(*) AS lines, SUM(p.units) AS units
    FROM c360_purchase AS p
    JOIN c360_product AS pr ON pr.pid = p.pid
    WHERE pr.category IS NOT NULL
    GROUP BY p.cid, pr.category
)
SELECT cid, name, lines, units,
       ROW_NUMBER() OVER (PARTITION BY cid
                          ORDER BY lines DESC, units DESC, name COLLATE BINARY ASC) AS rank
FROM counted;
CREATE INDEX temp.c360_category_rank_cid ON c360_category_rank (cid, rank);

CREATE TEMP TABLE c360_brand_rank AS
WITH counted AS (
    SELECT p.cid, pr.brand AS name, COUNT(*) AS lines, SUM(p.units) AS units
    FROM c360_purchase AS p
    JOIN c360_product AS pr ON pr.pid = p.pid
    WHERE pr.brand IS NOT NULL
    GROUP BY p.cid, pr.brand
)
SELECT cid, name, lines, units,
       ROW_NUMBER() OVER (PARTITION BY cid
                          ORDER BY lines DESC, units DESC, name COLLATE BINARY ASC) AS rank
FROM counted;
CREATE INDEX temp.c360_brand_rank_cid ON c360_brand_rank (cid, rank);

-- customer_service: rows of known customers not dated after as_of.
CREATE TEMP TABLE c360_service_agg AS
WITH raw AS (
    SELECT trim(CAST(customer_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS cid,
           trim(CAST(interaction_date AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS date_text,
           typeof(satisfaction_score) AS score_type,
           satisfaction_score AS score,
           CASE WHEN substr(trim(CAST(satisfaction_score AS TEXT),
                                 ' ' || char(9, 10, 11, 12, 13)), 1, 1) IN ('+', '-')
                THEN substr(trim(CAST(satisfaction_score AS TEXT),
                                 ' ' || char(9, 10, 11, 12, 13)), 2)
                ELSE trim(CAST(satisfaction_score AS TEXT), ' ' || char(9, 10, 11, 12, 13))
           END AS score_digits,
           lower(trim(CAST(resolution_status AS TEXT), ' ' || char(9, 10, 11, 12, 13)))
               AS status
    FROM main.customer_service
),
parsed AS (
    SELECT cid, status,
           CASE WHEN (length(date_text) = 10
                  OR (substr(date_text, 11, 1) IN (' ', 'T')
                      AND substr(date_text, 12) GLOB '[0-9][0-9]:[0-9][0-9]*'))
                 AND substr(date_text, 1, 10) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(substr(date_text, 1, 10), '+0 days') = substr(date_text, 1, 10)
                THEN substr(date_text, 1, 10) END AS d,
           CASE score_type
               WHEN 'integer' THEN score
               WHEN 'real' THEN score
               WHEN 'text' THEN
                   CASE WHEN score_digits <> ''
                         AND score_digits NOT GLOB '*[^0-9.]*'
                         AND score_digits GLOB '*[0-9]*'
                         AND length(score_digits) - length(replace(score_digits, '.', '')) <= 1
                        THEN CAST(trim(score, ' ' || char(9, 10, 11, 12, 13)) AS REAL) END
           END AS score_value
    FROM raw
)
SELECT s.cid,
       COUNT(*) AS interactions,
       AVG(s.score_value) AS avg_score, -- AVG skips NULL; NULL when every score is NULL
       SUM(s.status = 'resolved') AS resolved
FROM parsed AS s
JOIN c360_customer AS c ON c.cid = s.cid
WHERE s.cid <> '' AND (s.d IS NULL OR s.d <= (SELECT as_of FROM c360_param))
GROUP BY s.cid;
CREATE UNIQUE INDEX temp.c360_service_agg_cid ON c360_service_agg (cid);

-- campaign_responses: rows with both keys, of known customers, not dated after as_of; only
-- campaigns in marketing_campaigns count, each campaign once per customer.
CREATE TEMP TABLE c360_response_agg AS
WITH raw AS (
    SELECT trim(CAST(customer_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS cid,
           trim(CAST(campaign_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS camp,
           trim(CAST(response_date AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS date_text,
           lower(trim(CAST(response_type AS TEXT), ' ' || char(9, 10, 11, 12, 13))) AS kind
    FROM main.campaign_responses
),
parsed AS (
    SELECT cid, camp, kind,
           CASE WHEN (length(date_text) = 10
                  OR (substr(date_text, 11, 1) IN (' ', 'T')
                      AND substr(date_text, 12) GLOB '[0-9][0-9]:[0-9][0-9]*'))
                 AND substr(date_text, 1, 10) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(substr(date_text, 1, 10), '+0 days') = substr(date_text, 1, 10)
                THEN substr(date_text, 1, 10) END AS d
    FROM raw
)
SELECT r.cid,
       COUNT(DISTINCT r.camp) AS engaged,
       COUNT(DISTINCT CASE WHEN r.kind = 'positive' THEN r.camp END) AS positive
FROM parsed AS r
JOIN c360_customer AS c ON c.cid = r.cid
JOIN c360_campaign AS m ON m.camp = r.camp
WHERE r.cid <> '' AND r.camp <> ''
  AND (r.d IS NULL OR r.d <= (SELECT as_of FROM c360_param))
GROUP BY r.cid;
CREATE UNIQUE INDEX temp.c360_response_agg_cid ON c360_response_agg (cid);

-- website_behavior: rows of known customers not dated after as_of.
CREATE TEMP TABLE c360_session_agg AS
WITH raw AS (
    SELECT trim(CAST(customer_id AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS cid,
           trim(CAST(session_date AS TEXT), ' ' || char(9, 10, 11, 12, 13)) AS date_text,
           typeof(pages_viewed) AS pages_type,
           pages_viewed AS pages,
           CASE WHEN substr(trim(CAST(pages_viewed AS TEXT),
                                 ' ' || char(9, 10, 11, 12, 13)), 1, 1) IN ('+', '-')
                THEN substr(trim(CAST(pages_viewed AS TEXT), ' ' || char(9, 10, 11, 12, 13)), 2)
                ELSE trim(CAST(pages_viewed AS TEXT), ' ' || char(9, 10, 11, 12, 13))
           END AS pages_digits,
           typeof(time_spent) AS time_type,
           time_spent AS time,
           CASE WHEN substr(trim(CAST(time_spent AS TEXT),
                                 ' ' || char(9, 10, 11, 12, 13)), 1, 1) IN ('+', '-')
                THEN substr(trim(CAST(time_spent AS TEXT), ' ' || char(9, 10, 11, 12, 13)), 2)
                ELSE trim(CAST(time_spent AS TEXT), ' ' || char(9, 10, 11, 12, 13))
           END AS time_digits
    FROM main.website_behavior
),
parsed AS (
    SELECT cid,
           CASE WHEN (length(date_text) = 10
                  OR (substr(date_text, 11, 1) IN (' ', 'T')
                      AND substr(date_text, 12) GLOB '[0-9][0-9]:[0-9][0-9]*'))
                 AND substr(date_text, 1, 10) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(substr(date_text, 1, 10), '+0 days') = substr(date_text, 1, 10)
                THEN substr(date_text, 1, 10) END AS d,
           CASE pages_type
               WHEN 'integer' THEN pages
               WHEN 'real' THEN pages
               WHEN 'text' THEN
                   CASE WHEN pages_digits <> ''
                         AND pages_digits NOT GLOB '*[^0-9.]*'
                         AND pages_digits GLOB '*[0-9]*'
                         AND length(pages_digits) - length(replace(pages_digits, '.', '')) <= 1
                        THEN CAST(trim(pages, ' ' || char(9, 10, 11, 12, 13)) AS REAL) END
           END AS pages_value,
           CASE time_type
               WHEN 'integer' THEN time
               WHEN 'real' THEN time
               WHEN 'text' THEN
                   CASE WHEN time_digits <> ''
                         AND time_digits NOT GLOB '*[^0-9.]*'
                         AND time_digits GLOB '*[0-9]*'
                         AND length(time_digits) - length(replace(time_digits, '.', '')) <= 1
                        THEN CAST(trim(time, ' ' || char(9, 10, 11, 12, 13)) AS REAL) END
           END AS time_value
    FROM raw
)
SELECT w.cid,
       COUNT(*) AS sessions,
       AVG(w.pages_value) AS avg_pages,
       AVG(w.time_value) AS avg_time
FROM parsed AS w
JOIN c360_customer AS c ON c.cid = w.cid
WHERE w.cid <> '' AND (w.d IS NULL OR w.d <= (SELECT as_of FROM c360_param))
GROUP BY w.cid;
CREATE UNIQUE INDEX temp.c360_session_agg_cid ON c360_session_agg (cid);

-- The result. Declared first and filled with INSERT ... ORDER BY so that rowid order is
-- first-appearance order and the table holds exactly the 29 contract columns.
CREATE TEMP TABLE customer_360 (
    customer_id,
    first_name,
    last_name,
    email,
    phone_number,
    date_of_birth,
    registration_date,
    age,
    days_since_registration,
    total_purchases,
    total_spend,
    avg_purchase_value,
    last_purchase_date,
    days_since_last_purchase,
    favorite_category,
    favorite_brand,
    total_interactions,
    avg_satisfaction_score,
    resolved_interactions,
    campaigns_engaged,
    positive_responses,
    total_sessions,
    avg_pages_per_session,
    avg_time_per_session,
    customer_value_segment,
    customer_status,
    issue_resolution_rate,
    campaign_response_rate,
    website_engagement_rate
);

INSERT INTO customer_360
WITH base AS (
    SELECT c.rid, c.cid, c.first_name, c.last_name, c.email, c.phone_number, c.dob, c.reg,
           -- Completed years: the year difference, minus one before this year's birthday
           -- ((month, day) compared as 'MM-DD' text). NULL for a birth after as_of.
           CASE WHEN c.dob IS NOT NULL AND c.dob <= prm.as_of
                THEN CAST(substr(prm.as_of, 1, 4) AS INTEGER) - CAST(substr(c.dob, 1, 4) AS INTEGER)
                     - (substr(prm.as_of, 6, 5) < substr(c.dob, 6, 5)) END AS age,
           CAST(julianday(prm.as_of) - julianday(c.reg) AS INTEGER) AS days_since_registration,
           COALESCE(pa.transactions, 0) AS total_purchases,
           COALESCE(pa.units, 0) AS spend_units,
           pa.cid IS NOT NULL AS has_purchases,
           pa.last_date,
           CAST(julianday(prm.as_of) - julianday(pa.last_date) AS INTEGER)
               AS days_since_last_purchase,
           fc.name AS favorite_category,
           fb.name AS favorite_brand,
           COALESCE(sa.interactions, 0) AS total_interactions,
           sa.avg_score,
           COALESCE(sa.resolved, 0) AS resolved_interactions,
           COALESCE(ra.engaged, 0) AS campaigns_engaged,
           COALESCE(ra.positive, 0) AS positive_responses,
           COALESCE(wa.sessions, 0) AS total_sessions,
           wa.avg_pages,
           wa.avg_time,
           prm.high_units, prm.medium_units, prm.active_days, prm.at_risk_days
    FROM c360_customer AS c
    CROSS JOIN c360_param AS prm
    LEFT JOIN c360_purchase_agg AS pa ON pa.cid = c.cid
    LEFT JOIN c360_category_rank AS fc ON fc.cid = c.cid AND fc.rank = 1
    LEFT JOIN c360_brand_rank AS fb ON fb.cid = c.cid AND fb.rank = 1
    LEFT JOIN c360_service_agg AS sa ON sa.cid = c.cid
    LEFT JOIN c360_response_agg AS ra ON ra.cid = c.cid
    LEFT JOIN c360_session_agg AS wa ON wa.cid = c.cid
)
SELECT cid,
       first_name,
       last_name,
       email,
       phone_number,
       dob,
       reg,
       age,
       days_since_registration,
       total_purchases,
       spend_units / 10000.0,
       CASE WHEN total_purchases > 0 THEN spend_units / (10000.0 * total_purchases) END,
       last_date,
       days_since_last_purchase,
       favorite_category,
       favorite_brand,
       total_interactions,
       avg_score,
       resolved_interactions,
       campaigns_engaged,
       positive_responses,
       total_sessions,
       avg_pages,
       avg_time,
       CASE WHEN spend_units > high_units THEN 'High'
            WHEN spend_units > medium_units THEN 'Medium'
            ELSE 'Low' END,
       CASE WHEN NOT has_purchases THEN 'Never Purchased'
            WHEN days_since_last_purchase <= active_days THEN 'Active'
            WHEN days_since_last_purchase <= at_risk_days THEN 'At Risk'
            ELSE 'Churned' END,
       CASE WHEN total_interactions > 0
            THEN CAST(resolved_interactions AS REAL) / total_interactions END,
       CASE WHEN campaigns_engaged > 0
            THEN CAST(positive_responses AS REAL) / campaigns_engaged END,
       CASE WHEN days_since_registration <> 0
            THEN CAST(total_sessions AS REAL) / days_since_registration END
FROM base
ORDER BY rid;
