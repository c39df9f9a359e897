#!/usr/bin/env bash
# A fuzz campaign: every cargo-fuzz target (or the ones named), one after the other, each for
# the given number of seconds, then a table of what libFuzzer printed for each. Not part of CI.
#
#   fuzz/campaign.sh SECONDS [TARGET...]
#   fuzz/campaign.sh 300                        # all targets, 5 minutes each
#   fuzz/campaign.sh 60 facts_dates ingest_feed # two targets, a minute each
#
# One fuzz process at a time (the machine may be shared), niced. Any input slower than 1 s
# counts as a failure (-timeout=1). Each run's whole output is kept in fuzz/logs/<target>.log;
# a failing input is saved by libFuzzer under fuzz/artifacts/<target>/. The table's columns:
# executions (stat::number_of_executed_units), seconds (wall time of the run), cov and ft (the
# last status line), and the run's outcome (clean, or the kind of failure and its artifact).
set -uo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SECONDS [TARGET...]" >&2
  exit 2
fi
seconds=$1
shift

cd "$(dirname "$0")"
mkdir -p logs
: >logs/build.log

if [[ $# -gt 0 ]]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo +nightly fuzz list)
fi

# Build everything first, so the build is not counted in any target's time.
for target in "${targets[@]}"; do
  nice -n 19 cargo +nightly fuzz build -s none -a "$target" >>logs/build.log 2>&1 || {
    echo "building $target failed: see fuzz/logs/build.log" >&2
    exit 1
  }
done

triple=$(rustc +nightly -vV | sed -n 's/^host: //p')

rows=()
total_execs=0
total_seconds=0
failures=0
for target in "${targets[@]}"; do
  log="logs/$target.log"
  echo "fuzzing $target for ${seconds}s (log: fuzz/$log)" >&2
  start=$(date +%s)
  mkdir -p "artifacts/$target" "corpus/$target"
  # The binary `cargo fuzz run -s none -a` would run, with the arguments it would pass, run
  # directly so that a crate edited during the campaign is not rebuilt between targets.
  nice -n 19 "target/$triple/release/$target" -artifact_prefix="$PWD/artifacts/$target/" \
    -max_total_time="$seconds" -timeout=1 -print_final_stats=1 "corpus/$target" >"$log" 2>&1
  status=$?
  elapsed=$(($(date +%s) - start))

  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  execs=${execs:-0}
  status_line=$(grep -E '^#[0-9]+' "$log" | grep 'cov: ' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' <<<"$status_line" | grep -o '[0-9]*$')
  ft=$(grep -o 'ft: [0-9]*' <<<"$status_line" | grep -o '[0-9]*$')
  if [[ $status -eq 0 ]]; then
    outcome="clean"
  else
    failures=$((failures + 1))
    kind=$(grep -oE 'ERROR: libFuzzer: [a-z0-9 -]+|panicked at [^ ]+' "$log" | head -1)
    artifact=$(grep -oE 'artifact_prefix=[^;]*; Test unit written to [^ ]+' "$log" \
      | sed 's/.*written to //' | head -1)
    outcome="FAILED (exit $status; ${kind:-see log}; ${artifact:-no artifact})"
  fi
  rows+=("| \`$target\` | $execs | $elapsed | ${cov:--} | ${ft:--} | $outcome |")
  total_execs=$((total_execs + execs))
  total_seconds=$((total_seconds + elapsed))
done

echo "| target | executions | seconds | cov | ft | outcome |"
echo "| --- | ---: | ---: | ---: | ---: | --- |"
printf '%s\n' "${rows[@]}"
echo "| **total** | $total_execs | $total_seconds | | | $failures failed |"
[[ $failures -eq 0 ]]
