#!/usr/bin/env bash
# The first downloads of a started Probity (docs/benchmarks.md, «First documents»): signs in as
# the officer ugh.officer with curl and times, in this order, the people export (XLSX), then the
# acknowledgement sheet of a distribution as DOCX and as PDF, each twice (first, then again);
# with sheets-first as the second argument the sheets come before the export.
# The act and its distribution are made beforehand through the API from a TXT version, which
# loads none of the document engines.
#
#   java -jar target/probity.jar --demo --server.port=18480 --probity.data-dir=/tmp/fresh &
#   src/bench/sh/first-documents.sh 18480 [sheets-first]   # once the log says "Started"
set -euo pipefail
port=${1:-8080}
order=${2:-xlsx-first} # or sheets-first: the DOCX is then the first POI document of the process
base="http://localhost:$port"
user=ugh.officer
password=probity-demo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

api() { curl -sS -f -u "$user:$password" "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

ugh=$(api "$base/api/v1/organizations" | json "[0]['id']") # without parentId: the officer's own
act=$(api -H 'Content-Type: application/json' \
  -d '{"kind":"LOCAL_ACT","number":"1-бенч","adoptedOn":"2026-01-15","title":"Порядок уведомления о подарках","issuer":"УГХ"}' \
  "$base/api/v1/acts" | json "['id']")
printf 'Порядок уведомления о получении подарка.\n' > "$work/act.txt"
api -F "file=@$work/act.txt;type=text/plain" "$base/api/v1/acts/$act/versions" > /dev/null
distribution=$(api -H 'Content-Type: application/json' \
  -d "{\"organizationId\":$ugh,\"dueOn\":\"2027-12-31\"}" \
  "$base/api/v1/acts/$act/distributions" | json "['id']")

# the pages' form sign-in, as a browser does it
jar="$work/cookies"
token=$(curl -sS -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -sS -b "$jar" -c "$jar" -o /dev/null -d "username=$user&password=$password&_csrf=$token" "$base/login"

time_get() { # label path
  curl -sS -f -b "$jar" -o "$work/out" -w "$1\t%{http_code}\t%{size_download} B\t%{time_total} s\n" "$base$2"
}
xlsx() {
  time_get "people export (first)" "/people/export.xlsx"
  time_get "people export (again)" "/people/export.xlsx"
}
sheets() {
  time_get "sheet DOCX (first)" "/acts/distributions/$distribution/sheet.docx"
  time_get "sheet DOCX (again)" "/acts/distributions/$distribution/sheet.docx"
  time_get "sheet PDF (first)" "/acts/distributions/$distribution/sheet.pdf"
  time_get "sheet PDF (again)" "/acts/distributions/$distribution/sheet.pdf"
}
if [ "$order" = sheets-first ]; then
  sheets
  xlsx
else
  xlsx
  sheets
fi
