-- migrate:up
CREATE TABLE calendar_years (
  year        integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
  days        jsonb NOT NULL CHECK (jsonb_typeof(days) = 'array'),
  provisional boolean NOT NULL DEFAULT false,
  note        text,
  version     integer NOT NULL DEFAULT 1,
  updated_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE calendar_years IS 'Lịch nghỉ lễ, nghỉ bù, làm bù of a year entered by an administrator; overrides the schedule shipped with motcua.';

CREATE TABLE calendar_year_history (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year        integer NOT NULL,
  action      text NOT NULL CHECK (action IN ('save', 'revert')),
  days        jsonb,
  provisional boolean,
  note        text,
  changed_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calendar_year_history_year_idx ON calendar_year_history (year, id);
COMMENT ON TABLE calendar_year_history IS 'Every change to calendar_years: who, when, the schedule saved (or revert to the shipped one).';

CREATE TABLE office_hours (
  agency_id       uuid PRIMARY KEY REFERENCES agencies (id) ON DELETE CASCADE,
  morning_start   text NOT NULL CHECK (morning_start ~ '^([01]\d|2[0-3]):[0-5]\d$'),
  morning_end     text NOT NULL CHECK (morning_end ~ '^([01]\d|2[0-3]):[0-5]\d$'),
  afternoon_start text NOT NULL CHECK (afternoon_start ~ '^([01]\d|2[0-3]):[0-5]\d$'),
  afternoon_end   text NOT NULL CHECK (afternoon_end ~ '^([01]\d|2[0-3]):[0-5]\d$'),
  version         integer NOT NULL DEFAULT 1,
  updated_by      uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (morning_start < morning_end AND morning_end <= afternoon_start AND afternoon_start < afternoon_end)
);
COMMENT ON TABLE office_hours IS 'Giờ làm việc of an agency (Asia/Ho_Chi_Minh); agencies without a row use 07:00–11:30, 13:30–17:00.';

-- migrate:down
DROP TABLE office_hours;
DROP TABLE calendar_year_history;
DROP TABLE calendar_years;
