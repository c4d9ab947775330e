#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the seed corpora (tests/fuzz/corpus/<target>/seed-*) from the simulator's real replies, plus a few
# hand-made inputs for what it never sends (proxy pages, a journal's rows). Run it again when the simulator
# changes what it answers: ./tests/fuzz/make-seeds.sh BUILD_DIR (a build with app/waldur-sim).
set -euo pipefail
build=$(readlink -f "${1:?usage: make-seeds.sh BUILD_DIR}")
cd "$(dirname "$(readlink -f "$0")")"
corpus=$PWD/corpus

"$build/app/waldur-sim" --port 0 --resources 40 >sim.env &
sim=$!
trap 'kill $sim 2>/dev/null || true; rm -f sim.env' EXIT
for _ in $(seq 50); do grep -q WPC_TEST_SERVER_URL sim.env 2>/dev/null && break; sleep 0.1; done
# shellcheck disable=SC1091
source sim.env
url=${WPC_TEST_SERVER_URL%/}
auth=(-H "Authorization: Token $WPC_TEST_STAFF_TOKEN")
get() { curl -sS --fail-with-body "${auth[@]}" "$url/$1"; }
headers() { curl -sS -D - -o /dev/null "${auth[@]}" "$url/$1" | tr -d '\r'; }
seed() { mkdir -p "$corpus/$1"; cat >"$corpus/$1/seed-$2"; }
# error_reply's input: a status byte (index into its table), a content-type byte, then the body.
errseed() { { printf "\\x$(printf %02x "$2")\\x$(printf %02x "$3")"; cat; } | seed error_reply "$1"; }

rp=api/marketplace-provider-resources/
uuid=$(get "$rp?page_size=1&field=uuid" | jq -r '.[0].uuid')
sparse="field=uuid&field=name&field=state&field=offering_name&field=project_name&field=customer_name&field=created&field=end_date&field=paused"

get "$rp?page_size=3" | seed resource_page full-page
get "$rp?page_size=20&$sparse" | seed resource_page sparse-page
get "$rp$uuid/" | seed resource_page one-resource
printf '[]' | seed resource_page empty-page

h=$(headers "$rp?page=2&page_size=5")
printf '%s\n%%%%\n%s\n%%%%\n%s' "$(sed -n 's/^[Ll]ink: //p' <<<"$h")" "$(sed -n 's/^[Xx]-[Rr]esult-[Cc]ount: //p' <<<"$h")" "" |
    seed headers page-2
printf '<https://w.example/api/x/?page=1>; rel="first", <https://w.example/api/x/?a=b,c&page=3>; rel="next"\n%%%%\n12345\n%%%%\n120' |
    seed headers retry-seconds
printf '\n%%%%\n\n%%%%\nWed, 21 Oct 2026 07:28:00 GMT' | seed headers retry-date

errseed drf-fields 0 0 <<<'{"end_date": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."], "project": {"url": ["Invalid hyperlink."]}}'
errseed drf-list 0 0 <<<'["Resource is not in a valid state.", {"non_field_errors": ["x"]}]'
errseed not-found 3 0 <<<'{"detail": "Not found."}'
errseed conflict 5 0 <<<'{"detail": "Pull operation is not implemented."}'
errseed throttled 7 0 <<<'{"detail": "Request was throttled. Expected available in 12 seconds."}'
errseed bad-gateway 9 1 <<<'<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>&lt;nginx&gt; &#8212; &amp;</p></body></html>'
errseed plain-text 8 2 <<<'Internal Server Error'
errseed text-accept 1 130 <<<'Invalid token.'

offering=$(get "$rp$uuid/offering/")
printf '%s' "$offering" | seed offering offering
get "$rp$uuid/offering_for_subresources/" | seed offering subresources
get "api/marketplace-provider-offerings/?page_size=5&field=uuid&field=name&field=type&field=category_title&field=category_uuid" |
    seed offering facets

{ printf '\x00'; get "$rp$uuid/plan_periods/"; } | seed entities plan-periods
{ printf '\x01'; get "$rp$uuid/team/"; } | seed entities team
{ printf '\x02'; get api/users/me/; } | seed entities current-user
{ printf '\x03'; get "api/projects/?page_size=3"; } | seed entities projects
{ printf '\x04'; get "api/customers/?page_size=3&field=uuid&field=name"; } | seed entities customers
{ printf '\x05'; printf '{"status": "Resource paused flag has been changed."}'; } | seed entities action-status
{ printf '\x06'; printf '{"order_uuid": "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"}'; } | seed entities action-order

printf '{"cluster": "hpc-1", "nodes": 12, "gpu": true, "tags": ["a", "b"], "owner": {"id": 7}, "note": null}' |
    seed backend_metadata object
printf '{\n  "key": "value",\n  "broken": \n' | seed backend_metadata broken
printf '"quoted text"' | seed backend_metadata cell-quoted
printf '12.50' | seed backend_metadata cell-number

get "$rp$uuid/glauth_users_config/" | seed glauth users-config
printf '\xff\xfe not utf-8 \xc3' | seed glauth malformed

printf 'set_paused\n%%%%\n{"paused":true}\n%%%%\n{"paused":false}\n%%%%\nok\n%%%%\n2026-12-02T10:31:05.123Z\n%%%%\n{"paused":true,"uuid":"%s"}' "$uuid" |
    seed journal set-paused
printf 'set_end_date_by_provider\n%%%%\n{"end_date":"2027-01-31"}\n%%%%\n{"end_date":null}\n%%%%\nfailed\n%%%%\n2026-12-02T10:31:05+01:00\n%%%%\n%s' "$(get "$rp$uuid/")" |
    seed journal end-date
printf 'update_limits\n%%%%\n{"limits":{"cpu":10,"ram":2048}}\n%%%%\n{"limits":{"cpu":4}}\n%%%%\nunknown\n%%%%\n\n%%%%\n{"limits":{"cpu":10}}' |
    seed journal limits
printf 'move_resource\n%%%%\n{"project":{"url":"http://127.0.0.1/api/projects/abc/"}}\n%%%%\n{"project":{"url":"http://127.0.0.1/api/projects/def/","uuid":"def","name":"P"}}\n%%%%\nsending\n%%%%\n2026-13-40T99:99:99.999Z\n%%%%\n{}' |
    seed journal move

printf 'o=-created&state=OK&state=Erred&field=uuid&field=name&offering_uuid=%s&name=hpc' "$uuid" | seed query view
printf 'paused=true&downscaled=false&created=2026-01-01T00:00:00Z&component_count=2&project_uuid=x&query=a%%2Bb' | seed query filters
echo "Seeds written to $corpus"
