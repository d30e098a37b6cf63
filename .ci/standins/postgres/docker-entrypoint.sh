#!/bin/sh
# Stand-in for the official postgres image's entrypoint: the same variables, initdb on an empty volume.
set -e
PGDATA="${PGDATA:-/var/lib/postgresql/data}"
BIN=/usr/lib/postgresql/15/bin
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA" && chown postgres "$PGDATA" && chmod 700 "$PGDATA"
  pwfile=$(mktemp) && printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile" && chown postgres "$pwfile"
  su postgres -s /bin/sh -c "$BIN/initdb -D '$PGDATA' -U '${POSTGRES_USER:-postgres}' --pwfile='$pwfile' --auth-local=trust --auth-host=scram-sha-256" >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  su postgres -s /bin/sh -c "$BIN/pg_ctl -D '$PGDATA' -w -o \"-c listen_addresses=''\" start" >/dev/null
  if [ -n "$POSTGRES_DB" ] && [ "$POSTGRES_DB" != postgres ]; then
    su postgres -s /bin/sh -c "$BIN/psql -q -h /var/run/postgresql -p 5432 -U '${POSTGRES_USER:-postgres}' -d postgres -c 'CREATE DATABASE \"$POSTGRES_DB\"'"
  fi
  su postgres -s /bin/sh -c "$BIN/pg_ctl -D '$PGDATA' -w stop" >/dev/null
fi
exec su postgres -s /bin/sh -c "exec $BIN/postgres -D '$PGDATA' -c listen_addresses='*'"
