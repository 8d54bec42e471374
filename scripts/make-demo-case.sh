#!/usr/bin/env bash
# Rebuilds data/demo-case from the articles in data/demo-sources, through the CLI as a
# user would. Run after `npm run build`; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
cli() { node out/node/cli.js "$@"; }
only_id() { cut -f1; }

case_dir=data/demo-case
rm -rf "$case_dir"
cli init "$case_dir" --name "Embassy protest, Port Ardent" --analyst "Demo analyst" >/dev/null
cli case "$case_dir" --methodology-file data/demo-sources/methodology.md >/dev/null

wire=$(cli import "$case_dir" data/demo-sources/wire-embassy-accusation.html | only_id)
harbour=$(cli import "$case_dir" data/demo-sources/harbour-times-what-we-know.md | only_id)
police=$(cli import "$case_dir" data/demo-sources/police-statement.txt | only_id)

attack=$(cli claim "$case_dir" --article "$wire" --quote "is orchestrating an attack on our embassy" \
  --statement "The government of Kestria is orchestrating an attack on the Valdorian embassy." \
  --claimant "Elena Marsh, Valdorian interior minister" --type attribution --verdict unproven --confidence moderate --tag embassy \
  --rationale "Neither the police nor any outlet we checked has found evidence of foreign organisation or funding. The police say their investigation continues, so the claim cannot yet be ruled out: **unproven**." | only_id)
crowd=$(cli claim "$case_dir" --article "$wire" --quote "more than 3,000 protesters had gathered outside the embassy on Monday evening" \
  --statement "More than 3,000 protesters gathered outside the embassy on Monday evening." \
  --claimant "Elena Marsh, Valdorian interior minister" --type statistic --verdict false --confidence high --tag crowd-size \
  --rationale "The police estimated *approximately 1,200* people at the peak, and the Harbour Times reports the same figure. The minister's 3,000 is more than twice that, with no source given." | only_id)
arrests=$(cli claim "$case_dir" --article "$wire" --quote "police made 40 arrests" \
  --statement "Police made 40 arrests at the protest." \
  --claimant "Elena Marsh, Valdorian interior minister" --type statistic --verdict misleading --confidence high --tag arrests \
  --rationale "Police arrested **12** people. A further 31 were stopped, searched and released without action. Counting those as arrests gives the minister's figure of about 40, but it presents stop-and-searches as arrests." | only_id)

# The explainer repeats the accusation: one claim, marked where each outlet carries it.
cli appear "$case_dir" --claim "$attack" --article "$harbour" --quote "it is orchestrating an attack on the embassy" >/dev/null

statement=$(cli source "$case_dir" --title "Statement on the demonstration on Embassy Row" \
  --publisher "Port Ardent Metropolitan Police" --kind official-statement --reliability B --date 2026-03-03 | only_id)
explainer=$(cli source "$case_dir" --title "Embassy protest: what we know so far" \
  --url "https://harbourtimes.example/news/embassy-protest-what-we-know" --publisher "The Harbour Times" \
  --author "Amal Haddad" --kind article --reliability B --date 2026-03-03 | only_id)

cli link "$case_dir" --claim "$crowd" --source "$statement" --relation refutes --credibility 2 \
  --excerpt "officers estimated that approximately 1,200 people were present" >/dev/null
cli link "$case_dir" --claim "$crowd" --source "$explainer" --relation refutes --credibility 2 \
  --excerpt "Police said about 1,200 people gathered on Embassy Row at the peak of the protest" >/dev/null
cli link "$case_dir" --claim "$arrests" --source "$statement" --relation context --credibility 1 \
  --excerpt "Twelve people were arrested ... A further 31 people were stopped and searched and released" \
  --note "12 arrests plus 31 stop-and-searches is 43 people detained, close to the minister's 40; only 12 were arrests." >/dev/null
cli link "$case_dir" --claim "$attack" --source "$statement" --relation context --credibility 3 \
  --excerpt "At this stage we have found no evidence that the demonstration was organised or funded by a foreign state." >/dev/null
cli link "$case_dir" --claim "$attack" --source "$explainer" --relation context --credibility 3 \
  --excerpt "Kestria's foreign ministry ... rejected the minister's accusation ... as \"baseless and irresponsible\"." >/dev/null
echo "Built $case_dir"
